import ArgumentParser
import TraceLabCore

/// `goto <step>`: jumps to a step by id or number.
public struct GotoCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "goto", abstract: "Jump to a step by its id or number (see 'steps').")

    /// A step id or 1-based number.
    @Argument(help: ArgumentHelp("A step id or number from 'steps'.", valueName: "step"))
    public var step: String

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Moves to the step, or lists where to look.
    public func execute(in context: CommandContext) throws {
        var session = try LessonSession(context: context, global: global)
        guard let index = session.index(of: step) else {
            throw CLIError.usage(
                "there is no step '\(TextSafety.clean(step))'; give a number from 1 to \(session.lesson.steps.count) "
                    + "or an id from 'steps'")
        }
        try session.move(to: index, markingCurrentDone: false, now: context.environment.now())
        context.output.write(LessonViews(context: context, global: global).step(session))
    }
}
