import ArgumentParser
import TraceLabCore

/// `critical`: the request's critical path.
public struct CriticalCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "critical",
        abstract: "Show the critical path of the user's request and who dominates it.")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the path.
    public func execute(in context: CommandContext) throws {
        let bench = try ProgressKeeper(context: context, global: global).bench()
        context.output.write(LabViews(context: context, global: global).critical(bench))
    }
}
