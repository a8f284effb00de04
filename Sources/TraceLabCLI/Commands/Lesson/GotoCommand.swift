import ArgumentParser
import TraceLabCore

/// `goto <step>`: jumps to a step by id or number.
public struct GotoCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "goto", abstract: "Jump to a step by its id or number (see 'steps').")

    /// A step id or 1-based number; anything else (`-1` included) is answered with the valid range.
    @Argument(
        parsing: .allUnrecognized, help: ArgumentHelp("A step id or number from 'steps'.", valueName: "step"))
    public var words: [String] = []

    /// The step asked for.
    public var step: String { words.joined(separator: " ") }

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Moves to the step, or lists where to look.
    public func execute(in context: CommandContext) throws {
        var session = try LessonSession(context: context, global: global)
        guard !words.isEmpty else {
            throw CLIError.usage(
                "give the step to go to: a number from 1 to \(session.lesson.steps.count) or an id from 'steps'"
            )
        }
        guard let index = session.index(of: step) else {
            throw CLIError.usage(
                "there is no step '\(TextSafety.clean(step))'; give a number from 1 to \(session.lesson.steps.count) "
                    + "or an id from 'steps'")
        }
        try session.move(to: index, markingCurrentDone: false, now: context.environment.now())
        context.output.write(LessonViews(context: context, global: global).step(session))
    }
}
