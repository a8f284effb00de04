import ArgumentParser
import Foundation
import TraceLabCore

/// `run [scenario]`: simulates the scenario's requests and shows what they produced.
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
        abstract: "Run a scenario's request (or many) and show the trace it produced.",
        discussion: """
            A run that names its scenario starts from that scenario's defaults (propagation on \
            everywhere, one request, a fresh seed) plus its own options, whatever earlier commands \
            changed. A bare 'run' uses your lab settings (see 'propagation'), and --propagation, \
            --off, --requests, --rate, --arrivals, --sample and --sampler replace only those parts \
            of them ('--requests 1' goes back to one request). Either way the run becomes your lab \
            settings for 'trace', 'waterfall', 'critical', 'headers' and 'span'; 'traces', \
            'metrics' and 'logs' show a many-request run; 'sampling' shows what sampling kept.
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

    /// Only the summary and the trace tree.
    @Flag(help: "Print the summary and the trace tree without the critical path ('critical' shows it).")
    public var brief = false

    /// Output format.
    @Option(help: "Output format: text, json, otlp or jaeger.")
    public var format: Format = .text

    /// How many user requests arrive.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("How many user requests arrive (1 to 100000).", valueName: "n"))
    public var requests: Int?

    /// Requests per second.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Requests per second on average.", valueName: "per-second"))
    public var rate: Double?

    /// How arrivals are spread.
    @Option(
        help: ArgumentHelp("How requests arrive: poisson (random gaps) or even.", valueName: "poisson|even"))
    public var arrivals: ArrivalPattern?
    /// The sampling policy.
    @Option(
        name: .customLong("sample"),
        help: ArgumentHelp(
            "Which traces to keep: all, none, head:10% or tail:errors,slow=2s,rest=5%.", valueName: "policy"),
        transform: SamplingChoice.policy(from:))
    public var sample: SamplingPolicy?

    /// Services that decide on their own.
    @Option(
        name: .customLong("sampler"),
        help: ArgumentHelp(
            "Make a service ignore its caller's decision and sample on its own, such as billing=head:50% "
                + "(repeatable; SERVICE=parent undoes it).",
            valueName: "service=policy"),
        transform: SamplingChoice.serviceChoice(from:))
    var samplers: [SamplingChoice.ServiceChoice] = []

    /// Where to send the spans as well.
    @OptionGroup public var export: SpanExportOptions

    /// Seed for ids and jitter.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Seed for ids and jitter: the same seed gives the same run.", valueName: "n"),
        transform: RunCommand.seed(from:))
    public var seed: UInt64?

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command with defaults.
    public init() {}

    /// A seed as typed: a whole number from 0 up.
    static func seed(from text: String) throws -> UInt64 {
        guard let seed = UInt64(text) else {
            throw ValidationError("the seed must be a whole number from 0 up, such as 42, not '\(text)'")
        }
        return seed
    }

    /// Runs the scenario, saves the settings as the lab bench, and prints the result. A named
    /// scenario starts from its defaults; a bare `run` from the saved lab bench.
    public func execute(in context: CommandContext) throws {
        let progress = try ProgressKeeper(context: context, global: global)
        var state: LabState
        var reset: String?
        if let scenario {
            reset = Self.resetNote(
                saved: progress.labState(), keepsPropagation: propagation != nil || !off.isEmpty,
                keepsSampling: sample != nil || !samplers.isEmpty)
            state = LabState(
                scenarioID: ContentLibrary.isPath(scenario)
                    ? ContentLibrary.absolutePath(scenario) : scenario,
                propagation: .allOn, seed: seed ?? context.environment.makeSeed())
        } else {
            state = progress.labState()
        }
        if propagation != nil || !off.isEmpty {
            state.propagation = PropagationSettings(
                enabledByDefault: propagation != .off, disabledBoundaries: Set(off))
        }
        if let seed { state.seed = seed }
        state.load = try load(from: state.load)
        state = try SamplingChoice.apply(
            policy: sample, services: samplers, to: state, library: context.library)
        let endpoint = try export.endpoint()
        state.selectedTrace = nil
        let bench = try progress.bench(state: state, source: nil)
        progress.saveLabState(state)
        switch format {
        case .text:
            if let reset { context.say(reset, global) }
            context.output.write(LabViews(context: context, global: global).runReport(bench, brief: brief))
        case .json:
            context.output.line(
                JSONText.encode(
                    RunReport(
                        analysis: bench.analysis, seed: state.seed, propagation: state.propagation,
                        load: state.load, sampling: bench.sampling)))
        case .otlp:
            context.output.line(JSONText.encode(OTLPExport(run: bench.run.keptOnly())))
        case .jaeger:
            context.output.line(
                JSONText.encode(JaegerExport(analysis: LabAnalysis(run: bench.run.keptOnly()))))
        }
        if let endpoint {
            try export.send(bench.run.keptOnly(), resources: [:], to: endpoint)
        }
    }

    /// What naming a scenario undid of the `saved` bench (its propagation and sampling), said so
    /// a learner who set them a moment ago is not left wondering; nil when nothing was undone.
    static func resetNote(saved: LabState, keepsPropagation: Bool, keepsSampling: Bool) -> String? {
        var undone: [String] = []
        if !keepsPropagation, saved.propagation != .allOn {
            undone.append("propagation (\(saved.propagationSummary))")
        }
        if !keepsSampling, let sampling = saved.sampling, !sampling.keepsEverything {
            undone.append("sampling (\(sampling.policy))")
        }
        guard !undone.isEmpty else { return nil }
        return "Note: naming a scenario starts from its defaults, so your "
            + undone.joined(separator: " and ") + (undone.count > 1 ? " were" : " was")
            + " reset. To keep your lab settings, type 'run' without a scenario."
    }

    /// The load options applied to `current`, checked.
    private func load(from current: LoadSettings) throws(CLIError) -> LoadSettings {
        var load = current
        if let requests {
            guard (1...ScenarioLimits.maxRequests).contains(requests) else {
                throw .usage("--requests must be from 1 to \(ScenarioLimits.maxRequests), not \(requests)")
            }
            load.requests = requests
        }
        if let rate {
            guard rate.isFinite, rate > 0, rate <= 1_000_000 else {
                throw .usage("--rate must be a number of requests per second above 0 and at most 1000000")
            }
            load.ratePerSecond = rate
        }
        if let arrivals { load.arrivals = arrivals }
        return load
    }
}

extension ArrivalPattern: ExpressibleByArgument {}
