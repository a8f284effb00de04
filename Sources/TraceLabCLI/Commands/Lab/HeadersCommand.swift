import ArgumentParser
import TraceLabCore

/// `headers`: what each hop sent and received.
public struct HeadersCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "headers", abstract: "Show the traceparent (and tracestate) each hop sent and received.")

    /// Only this boundary's crossings.
    @Argument(
        help: ArgumentHelp("Show only this boundary's crossings (see 'boundaries').", valueName: "boundary"))
    public var boundary: String?

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints every crossing, or those of one boundary.
    public func execute(in context: CommandContext) throws {
        let bench = try ProgressKeeper(context: context, global: global).bench()
        if let boundary { try LabBench.checkBoundaries([boundary], in: bench.scenario) }
        context.output.write(LabViews(context: context, global: global).headers(bench, boundary: boundary))
    }
}
