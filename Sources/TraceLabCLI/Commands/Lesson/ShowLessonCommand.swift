import ArgumentParser
import TraceLabCore

/// `lesson`: shows the step you are on (the REPL also uses it to greet you).
public struct ShowLessonCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "lesson", abstract: "Show the lesson step you are on.")

    /// Greets a new or returning learner before showing the step.
    @Flag(help: .hidden) public var welcome = false

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the greeting (when asked) and the current step.
    public func execute(in context: CommandContext) throws {
        let session = try LessonSession(context: context, global: global)
        let views = LessonViews(context: context, global: global)
        if welcome {
            context.output.write(views.welcome(session))
            if session.isNew { try session.save() }
        }
        context.output.write(views.step(session))
    }
}
