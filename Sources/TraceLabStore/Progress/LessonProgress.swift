import Foundation

/// Where a learner is in one lesson: the step they are on, the steps they have done and the lab's
/// settings.
public struct LessonProgress: Hashable, Sendable, Codable {
    /// The learner.
    public var learner: String
    /// The lesson.
    public var lessonID: String
    /// The step to resume at; `nil` when the lesson has not started a step yet.
    public var currentStepID: String?
    /// Steps done, in the order they were done.
    public var doneStepIDs: [String]
    /// The lab as the learner left it.
    public var labSettings: LabSettings
    /// When this progress was saved (passed in by the caller).
    public var updatedAt: Date

    /// Creates a progress record.
    public init(
        learner: String, lessonID: String, currentStepID: String?, doneStepIDs: [String],
        labSettings: LabSettings, updatedAt: Date
    ) {
        self.learner = learner
        self.lessonID = lessonID
        self.currentStepID = currentStepID
        self.doneStepIDs = doneStepIDs
        self.labSettings = labSettings
        self.updatedAt = updatedAt
    }
}
