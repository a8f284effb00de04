import ArgumentParser
import TraceLabCore
import TraceLabTerminal

/// `traces`: one line per trace of the lab's run.
public struct TracesCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "traces",
        abstract: "List the run's traces: id, root, start, duration, spans, errors, fragments.",
        discussion: """
            A fragment is a trace that holds no user request: a piece of some request's story that \
            lost its context on the way. Its 'candidates by time' say how many requests were \
            calling that service at that moment: the ones you would have to choose between if you \
            matched logs by timestamps.
            """)

    /// Longest first.
    @Flag(help: "List the longest traces first.")
    public var slowest = false

    /// Only failing traces.
    @Flag(help: "List only traces with a failed span.")
    public var errors = false

    /// Sampled-out traces too.
    @Flag(help: "After sampling, list the dropped traces too, marked as such.")
    public var dropped = false

    /// How many lines.
    @Option(parsing: .unconditional, help: ArgumentHelp("List at most this many traces.", valueName: "n"))
    public var limit = 20

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the list.
    public func execute(in context: CommandContext) throws {
        guard limit >= 1 else { throw CLIError.usage("--limit must be at least 1, not \(limit)") }
        let listing = try ProgressKeeper(context: context, global: global).listing()
        context.output.write(
            LabViews(context: context, global: global).traces(
                listing,
                filter: TracesListRenderer.Filter(
                    slowest: slowest, errorsOnly: errors, limit: limit, showDropped: dropped)))
    }
}
