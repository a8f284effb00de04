import ArgumentParser
import TraceLabCore

/// `waterfall`: the current lab run on a time axis.
public struct WaterfallCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "waterfall", abstract: "Show the lab's run as a waterfall of spans on a time axis.")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the waterfall.
    public func execute(in context: CommandContext) throws {
        let bench = try ProgressKeeper(context: context, global: global).bench()
        context.output.write(LabViews(context: context, global: global).waterfall(bench))
    }
}
