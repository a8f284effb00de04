import Foundation
import Testing
import TraceLabCore
import TraceLabStore

@Suite struct ProgressStoreTests {
    private let saved = LessonProgress(
        learner: "ada", lessonID: "checkout-tracing", currentStepID: "turn-off-billing",
        doneStepIDs: ["welcome", "first-run"],
        labSettings: LabSettings(
            propagation: PropagationSettings(
                enabledByDefault: true, disabledBoundaries: ["gateway:billing", "billing:payment-provider"]),
            scenarioID: "checkout", seed: UInt64.max - 7),
        updatedAt: Instant.at(120))

    @Test func progressRoundTripsThroughANewConnection() throws {
        let directory = try TemporaryDirectory()
        try directory.open().saveProgress(saved)
        #expect(try directory.open().loadProgress(learner: "ada", lessonID: "checkout-tracing") == saved)
    }

    @Test func savingAgainReplacesTheEarlierSave() throws {
        let database = try TemporaryDirectory().open()
        try database.saveProgress(saved)
        var later = saved
        later.currentStepID = nil
        later.doneStepIDs.append("turn-off-billing")
        later.labSettings = LabSettings(propagation: .allOff)
        later.updatedAt = Instant.at(300)
        try database.saveProgress(later)
        #expect(try database.loadProgress(learner: "ada", lessonID: "checkout-tracing") == later)
    }

    @Test func samplingSettingsRoundTrip() throws {
        let directory = try TemporaryDirectory()
        var sampled = saved
        sampled.labSettings.sampling = SamplingSettings(
            policy: .tail(.init(errors: true, slowerThanNanos: 2_000_000_000, rest: 0.05)),
            samplers: ["billing": .head(ratio: 0.5)])
        try directory.open().saveProgress(sampled)
        #expect(try directory.open().loadProgress(learner: "ada", lessonID: "checkout-tracing") == sampled)
    }

    @Test func progressIsKeptPerLearnerAndLesson() throws {
        let database = try TemporaryDirectory().open()
        try database.saveProgress(saved)
        var otherLesson = saved
        otherLesson.lessonID = "queues"
        otherLesson.doneStepIDs = []
        try database.saveProgress(otherLesson)
        #expect(try database.loadProgress(learner: "ada", lessonID: "checkout-tracing") == saved)
        #expect(try database.loadProgress(learner: "ada", lessonID: "queues") == otherLesson)
        #expect(try database.loadProgress(learner: "bo", lessonID: "checkout-tracing") == nil)
    }

    @Test func progressWithoutLessonIDIsRejected() throws {
        let database = try TemporaryDirectory().open()
        var nameless = saved
        nameless.lessonID = ""
        #expect(
            throws: StoreError.invalidValue(
                "the lesson id is empty; give a lesson id with at least one character")
        ) {
            try database.saveProgress(nameless)
        }
    }
}
