import Foundation
import TraceLabCore
import TraceLabStore

/// The learner's place in the lesson: which lesson, which step, which steps are done; loaded
/// from and saved to the data directory on every move.
struct LessonSession {
    let lesson: Lesson
    let keeper: ProgressKeeper
    private(set) var progress: LessonProgress

    /// Loads the course's lesson and the learner's progress in it.
    init(context: CommandContext, global: GlobalOptions) throws(CLIError) {
        let library = context.library
        guard let file = library.lessonFiles.first else {
            throw CLIError.io(
                "no lesson found in \(library.originDescription); check --content-dir or TRACELAB_CONTENT_DIR"
            )
        }
        let text = try library.read(file, what: "lesson file")
        do {
            lesson = try LessonParser.parse(text: text, file: library.displayName(file))
        } catch {
            throw CLIError.data("\(error.description) (run 'tracelab check' for every problem)")
        }
        guard !lesson.steps.isEmpty else { throw CLIError.data("\(library.displayName(file)) has no steps") }
        keeper = try ProgressKeeper(context: context, global: global)
        let stored = try keeper.progress(lesson.id)
        progress = stored ?? keeper.blank(lesson.id)
        isNew = stored == nil
        if progress.currentStepID.flatMap({ lesson.index(of: $0) }) == nil {
            progress.currentStepID = lesson.steps[0].id
        }
    }

    /// True when the learner had never opened this lesson before.
    let isNew: Bool

    /// The index of the current step.
    var currentIndex: Int { progress.currentStepID.flatMap { lesson.index(of: $0) } ?? 0 }

    /// The current step.
    var current: LessonStep { lesson.steps[currentIndex] }

    /// Moves to the step at `index` (clamped) and saves.
    mutating func move(to index: Int, markingCurrentDone: Bool, now: Date) throws(CLIError) {
        if markingCurrentDone, !progress.doneStepIDs.contains(current.id) {
            progress.doneStepIDs.append(current.id)
        }
        progress.currentStepID = lesson.steps[min(max(index, 0), lesson.steps.count - 1)].id
        progress.updatedAt = now
        try keeper.save(progress)
    }

    /// Saves the progress as it is (used on the very first visit, so resuming works).
    func save() throws(CLIError) {
        try keeper.save(progress)
    }

    /// Finds a step by id or by its 1-based number.
    func index(of reference: String) -> Int? {
        if let number = Int(reference), (1...lesson.steps.count).contains(number) { return number - 1 }
        return lesson.index(of: reference)
    }

    /// Whether step `id` is done.
    func isDone(_ id: String) -> Bool { progress.doneStepIDs.contains(id) }
}
