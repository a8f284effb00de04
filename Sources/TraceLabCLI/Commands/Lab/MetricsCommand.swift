import ArgumentParser
import TraceLabCore

/// `metrics`: rate, errors and duration per service and operation, and a latency histogram.
public struct MetricsCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Show rate, errors and p50/p90/p99/max duration per service and operation.",
        discussion: """
            Computed from the run's spans, as Jaeger's monitor tab does. The histogram of the \
            users' requests gives each bucket an exemplar: a trace id to open with 'trace <id>'.
            """)

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the metrics.
    public func execute(in context: CommandContext) throws {
        let listing = try ProgressKeeper(context: context, global: global).listing()
        context.output.write(LabViews(context: context, global: global).metrics(listing))
    }
}
