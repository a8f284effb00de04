import ArgumentParser
import TraceLabCore

/// `steps`: the table of contents with done and current marks.
public struct StepsCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "steps", abstract: "List the lesson's steps, marking those done and the one you are on.")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the table of contents.
    public func execute(in context: CommandContext) throws {
        let session = try LessonSession(context: context, global: global)
        context.output.write(LessonViews(context: context, global: global).contents(session))
    }
}
