import ArgumentParser
import TraceLabCore

/// `logs`: the log lines the services wrote, in time order.
public struct LogsCommand: LabCommand {
    /// How the lines are printed.
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// One line per record.
        case text
        /// A JSON array of records.
        case json
    }

    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "logs",
        abstract: "Show the services' log lines in time order, with correlation, trace and span ids.",
        discussion: """
            Each line carries the trace and span ids of the span its service had, as \
            OpenTelemetry links logs to traces. With propagation off, a service's lines carry the \
            ids of its own fragment: that is all a log reader would have.
            """)

    /// Only this service's lines.
    @Option(help: ArgumentHelp("Only this service's lines.", valueName: "service"))
    public var service: String?

    /// Only this trace's lines.
    @Option(
        help: ArgumentHelp("Only lines stamped with this trace (number or id start).", valueName: "trace"))
    public var trace: String?

    /// Output format.
    @Option(help: "Output format: text or json.")
    public var format: Format = .text

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the matching lines.
    public func execute(in context: CommandContext) throws {
        let bench = try ProgressKeeper(context: context, global: global).bench()
        var records = bench.run.logs
        if let service {
            guard bench.scenario.service(service) != nil else {
                let known = bench.scenario.services.map(\.name).joined(separator: ", ")
                throw CLIError.usage(
                    "'\(TextSafety.clean(service))' is not a service of \(bench.scenario.id); choose one of: \(known)"
                )
            }
            records = records.filter { $0.service == service }
        }
        if let trace {
            let chosen = try TraceSelector(traces: bench.analysis.traces).trace(trace)
            records = records.filter { $0.traceID == chosen.traceID }
        }
        switch format {
        case .text:
            context.output.write(LabViews(context: context, global: global).logs(bench, records: records))
        case .json:
            let origin = bench.run.requests.first?.arrivalNanos ?? bench.run.epochNanos
            context.output.line(JSONText.encode(LogReport(records: records, origin: origin)))
        }
    }
}
