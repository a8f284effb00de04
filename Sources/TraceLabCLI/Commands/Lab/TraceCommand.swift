import ArgumentParser
import TraceLabCore

/// `trace [number or id]`: the selected trace as a tree of spans; with an argument, selects the
/// trace that `waterfall`, `critical`, `headers` and `span` show too.
public struct TraceCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Show the lab's run as a tree of spans, or select one trace of a many-request run.",
        discussion: """
            With one request, shows every trace it became. With many, shows the first trace \
            unless you select another: 'trace 7' (its number in 'traces') or 'trace 4bf92f35' \
            (the start of its id, as 'traces', 'metrics' and 'logs' print it). The selection \
            holds for 'waterfall', 'critical', 'headers' and 'span' until the next 'run'.
            """)

    /// The trace to select.
    @Argument(
        help: ArgumentHelp("A trace's number in 'traces' or the start of its id.", valueName: "number or id"))
    public var selection: String?

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Selects the trace, if one is named, and prints the tree.
    public func execute(in context: CommandContext) throws {
        let progress = try ProgressKeeper(context: context, global: global)
        var state = progress.labState()
        if let selection {
            let current = try LabBench(
                state: state, library: context.library, cancellation: context.cancellation,
                cache: context.runs)
            let trace = try TraceSelector(traces: current.analysis.traces).trace(selection)
            state.selectedTrace = trace.traceID.hex
            progress.saveLabState(state)
        }
        let bench = try LabBench(
            state: state, library: context.library, cancellation: context.cancellation,
            cache: context.runs)
        context.output.write(LabViews(context: context, global: global).tree(bench))
    }
}
