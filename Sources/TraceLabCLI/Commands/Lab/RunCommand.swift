import ArgumentParser
import Foundation
import TraceLabCore

/// `run [scenario]`: simulates one request and shows its trace.
public struct RunCommand: LabCommand {
    /// How the run is printed.
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// Summary, tree and critical path for a person.
        case text
        /// The project's JSON report (see README).
        case json
        /// An OTLP/JSON ExportTraceServiceRequest.
        case otlp
        /// The JSON Jaeger UI's "Upload" tab loads.
        case jaeger
    }

    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario's request and show the trace it produced.",
        discussion: """
            Without propagation options the run uses your lab settings (see 'propagation'; on \
            everywhere until you change them). With --propagation or --off the options decide, \
            and become your lab settings for 'trace', 'waterfall', 'critical' and 'headers'.
            """)

    /// The scenario id or a path to a scenario file.
    @Argument(
        help: ArgumentHelp("Scenario id (see 'scenarios') or path to a scenario file.", valueName: "scenario")
    )
    public var scenario: String?

    /// Propagation on or off everywhere.
    @Option(
        help: ArgumentHelp("Propagate trace context everywhere (on) or nowhere (off).", valueName: "on|off"))
    public var propagation: Switch?

    /// Boundaries where propagation is off.
    @Option(
        name: .customLong("off"),
        help: ArgumentHelp("Turn propagation off at one boundary (repeatable).", valueName: "boundary"))
    public var off: [String] = []

    /// Output format.
    @Option(help: "Output format: text, json, otlp or jaeger.")
    public var format: Format = .text

    /// Where to send the spans as well.
    @OptionGroup public var export: SpanExportOptions

    /// Seed for ids and jitter.
    @Option(help: ArgumentHelp("Seed for ids and jitter: the same seed gives the same run.", valueName: "n"))
    public var seed: UInt64?

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command with defaults.
    public init() {}

    /// Runs the scenario, saves the settings as the lab bench, and prints the result.
    public func execute(in context: CommandContext) throws {
        let progress = try ProgressKeeper(context: context, global: global)
        var state = progress.labState()
        if let scenario {
            state.scenarioID =
                ContentLibrary.isPath(scenario) ? ContentLibrary.absolutePath(scenario) : scenario
        }
        if propagation != nil || !off.isEmpty {
            state.propagation = PropagationSettings(
                enabledByDefault: propagation != .off, disabledBoundaries: Set(off))
        }
        if let seed { state.seed = seed }
        let endpoint = try export.endpoint()
        let bench = try LabBench(state: state, library: context.library, epoch: context.environment.now())
        progress.saveLabState(state)
        switch format {
        case .text:
            context.output.write(LabViews(context: context, global: global).runReport(bench))
        case .json:
            context.output.line(
                JSONText.encode(
                    RunReport(analysis: bench.analysis, seed: state.seed, propagation: state.propagation)))
        case .otlp:
            context.output.line(JSONText.encode(OTLPExport(run: bench.run)))
        case .jaeger:
            context.output.line(JSONText.encode(JaegerExport(analysis: bench.analysis)))
        }
        if let endpoint {
            try export.send(bench.run, resources: [:], to: endpoint)
        }
    }
}
