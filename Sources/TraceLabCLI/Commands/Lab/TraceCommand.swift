import ArgumentParser
import TraceLabCore

/// `trace`: the current lab run as a tree of spans, one tree per trace.
public struct TraceCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "trace", abstract: "Show the lab's run as a tree of spans (one tree per trace).")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the tree.
    public func execute(in context: CommandContext) throws {
        let bench = try ProgressKeeper(context: context, global: global).bench()
        context.output.write(LabViews(context: context, global: global).tree(bench))
    }
}
