import ArgumentParser
import TraceLabCore

/// `back`: shows the previous step.
public struct BackCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(commandName: "back", abstract: "Go back one step.")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Moves back one step, or says this is the first.
    public func execute(in context: CommandContext) throws {
        var session = try LessonSession(context: context, global: global)
        guard session.currentIndex > 0 else {
            throw CLIError.usage("this is the first step; type 'next' or press Enter to go on")
        }
        try session.move(
            to: session.currentIndex - 1, markingCurrentDone: false, now: context.environment.now())
        context.output.write(LessonViews(context: context, global: global).step(session))
    }
}
