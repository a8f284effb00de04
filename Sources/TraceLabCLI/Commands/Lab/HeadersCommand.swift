import ArgumentParser
import TraceLabCore

/// `headers`: what each hop sent and received.
public struct HeadersCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "headers", abstract: "Show the traceparent (and tracestate) each hop sent and received.")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints every crossing.
    public func execute(in context: CommandContext) throws {
        let bench = try ProgressKeeper(context: context, global: global).bench()
        context.output.write(LabViews(context: context, global: global).headers(bench))
    }
}
