import ArgumentParser
import Foundation
import TraceLabCore
import TraceLabLive

/// `live [scenario]`: the scenario as real processes over real HTTP, shown with the lab's views.
public struct LiveCommand: LabCommand {
    /// How the run is printed.
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// A view for a person (see --view).
        case text
        /// The project's JSON report, as `run --format json`.
        case json
        /// OTLP/JSON, with each process's resource (`process.pid`).
        case otlp
        /// The JSON Jaeger UI's "Upload" tab loads.
        case jaeger
    }

    /// Which view `--format text` prints.
    public enum View: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// Summary, tree and critical path.
        case report
        /// The tree.
        case trace
        /// The waterfall.
        case waterfall
        /// The critical path.
        case critical
        /// The traceparent/tracestate each process sent and received on the wire.
        case headers
    }

    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "live",
        abstract: "Run a scenario for real: one process per service, real HTTP, real waits.",
        discussion: """
            Each service runs as its own 'tracelab serve' process (Hummingbird on 127.0.0.1, a \
            free port); calls are AsyncHTTPClient requests, spans come from Hummingbird's and \
            AsyncHTTPClient's own tracing and are exported over OTLP/HTTP to a collector this \
            command runs. Work steps wait for real, times --time-scale. No process outlives \
            this one. Propagation options work as in 'run' but do not change your lab settings.
            """)

    /// The scenario id or a path to a scenario file.
    @Argument(
        help: ArgumentHelp(
            "Scenario id or path to a scenario file (default: your lab's).", valueName: "scenario"))
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

    /// How many requests.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("How many user requests to send (1...1000).", valueName: "n"))
    public var requests = 1

    /// Requests per second.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Requests per second when sending several.", valueName: "r"))
    public var rate = 10.0

    /// Real time per unit of scenario time.
    @Option(
        name: .customLong("time-scale"), parsing: .unconditional,
        help: ArgumentHelp("Multiply every wait by this (0.01 = 100 times faster).", valueName: "f"))
    public var timeScale = 1.0

    /// Output format.
    @Option(help: "Output format: text, json, otlp or jaeger.")
    public var format: Format = .text

    /// Which view text prints.
    @Option(help: "With --format text: report, trace, waterfall, critical or headers.")
    public var view: View = .report

    /// Seed for ids.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Seed for the processes' ids (default: a fresh one).", valueName: "n"))
    public var seed: UInt64?

    /// Where to send the spans as well.
    @OptionGroup public var export: SpanExportOptions

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command with defaults.
    public init() {}

    /// Starts the processes, sends the requests, prints what they exported.
    public func execute(in context: CommandContext) throws {
        guard (1...1000).contains(requests) else {
            throw CLIError.usage("--requests must be 1...1000, not \(requests)")
        }
        guard rate > 0, rate <= 10000 else {
            throw CLIError.usage("--rate must be above 0 and at most 10000")
        }
        guard timeScale > 0, timeScale <= 100 else {
            throw CLIError.usage("--time-scale must be above 0 and at most 100")
        }
        guard let executable = context.environment.executablePath else {
            throw CLIError.io("cannot find the tracelab executable to start the services from")
        }
        let endpoint = try export.endpoint()
        var state = try ProgressKeeper(context: context, global: global).labState()
        if let scenario {
            state.scenarioID =
                ContentLibrary.isPath(scenario) ? ContentLibrary.absolutePath(scenario) : scenario
        }
        if propagation != nil || !off.isEmpty {
            state.propagation = PropagationSettings(
                enabledByDefault: propagation != .off, disabledBoundaries: Set(off))
        }
        state.seed = seed ?? context.environment.makeSeed()
        // The views describe this run, not the lab's last simulated one: its load, no sampling.
        state.load = LoadSettings(requests: requests, ratePerSecond: rate, arrivals: .even)
        state.sampling = SamplingSettings(policy: .all)
        state.selectedTrace = nil
        let scenario = try context.library.scenario(state.scenarioID)
        try LabBench.checkBoundaries(state.propagation.disabledBoundaries, in: scenario)
        let settings = LiveLabSettings(
            scenario: scenario, scenarioReference: state.scenarioID, executable: executable,
            environment: context.environment.contentRoot.map { ["TRACELAB_CONTENT_DIR": $0.path] } ?? [:],
            propagation: state.propagation, requests: requests, rate: rate, timeScale: timeScale,
            seed: state.seed,
            spanLimit: 1_000_000)
        let lab = LiveLab(settings: settings, now: context.environment.nowNanos)
        let result: LiveLabResult
        do {
            result = try AsyncBridge.wait { () async throws(LiveError) in try await lab.run() }
        } catch {
            throw CLIError(error.message, exitCode: CLIError.unavailableExitCode)
        }
        let bench = LabBench(scenario: scenario, state: state, run: result.run)
        show(bench, result: result, context: context)
        if let endpoint, !result.run.spans.isEmpty {
            try export.send(result.run, resources: result.resources, to: endpoint)
        }
        if let failure = result.failures.first {
            for other in result.failures.dropFirst() { context.errors.line("tracelab: " + other) }
            throw CLIError(failure, exitCode: CLIError.unavailableExitCode)
        }
    }

    private func show(_ bench: LabBench, result: LiveLabResult, context: CommandContext) {
        switch format {
        case .json:
            context.output.line(
                JSONText.encode(
                    RunReport(
                        analysis: bench.analysis, seed: bench.state.seed,
                        propagation: bench.state.propagation,
                        load: bench.state.load)))
        case .otlp:
            context.output.line(JSONText.encode(OTLPExport(run: bench.run, resources: result.resources)))
        case .jaeger:
            context.output.line(
                JSONText.encode(JaegerExport(analysis: bench.analysis, resources: result.resources)))
        case .text:
            let views = LabViews(context: context, global: global)
            let text: String
            switch view {
            case .report: text = views.runReport(bench)
            case .trace: text = views.tree(bench)
            case .waterfall: text = views.waterfall(bench)
            case .critical: text = views.critical(bench)
            case .headers: text = views.headers(bench)
            }
            context.output.write(text)
            context.say(LiveSummary.line(result), global)
            if let note = LiveSummary.tightScaleNote(result, timeScale: timeScale) {
                context.say(note, global)
            }
        }
    }
}
