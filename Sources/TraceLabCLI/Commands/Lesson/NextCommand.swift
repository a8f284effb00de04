import ArgumentParser
import TraceLabCore

/// `next`: marks this step done and shows the next one (Enter on an empty line does the same).
public struct NextCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "next", abstract: "Go to the next step (Enter on an empty line does the same).")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Moves forward one step, or says the lesson is finished.
    public func execute(in context: CommandContext) throws {
        var session = try LessonSession(context: context, global: global)
        let views = LessonViews(context: context, global: global)
        let last = session.lesson.steps.count - 1
        if session.currentIndex == last {
            try session.move(to: last, markingCurrentDone: true, now: context.environment.now())
            context.output.write(views.finished(session))
            return
        }
        try session.move(
            to: session.currentIndex + 1, markingCurrentDone: true, now: context.environment.now())
        context.output.write(views.step(session))
    }
}
