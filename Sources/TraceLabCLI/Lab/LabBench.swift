import Foundation
import TraceLabCore

/// Runs the learner's current lab configuration and keeps the result for the views: the whole
/// run with its analysis, and the part the trace views show (the selected trace, or by default
/// the whole single request, or the first trace of a many-request run).
struct LabBench {
    let scenario: Scenario
    let state: LabState
    /// The whole run, every request.
    let run: LabRun
    /// The analysis of the whole run (its request fields describe the first request).
    let analysis: LabAnalysis
    /// The part of the run the trace views show.
    let view: LabRun
    /// The analysis of ``view``.
    let viewAnalysis: LabAnalysis
    /// The trace the views show, when one is (nil: the whole single request).
    let shownTrace: AssembledTrace?
    /// True when the learner chose ``shownTrace`` with `trace <n>`; false for the default.
    let chosen: Bool
    /// What sampling kept and lost, when the run sampled (nil when it kept everything).
    let sampling: SamplingReport?
    /// True when the shown trace never reached a backend: the views show the simulator's copy.
    let shownTraceDropped: Bool
    /// The trace the views show when the learner chose none (nil for a single request).
    let defaultTrace: TraceID?
    /// The scenario file's text, when the bench loaded it (empty for a live run's bench).
    private(set) var scenarioText = ""
    /// True when this bench simulated its run; false when it came from the process's cache or
    /// happened elsewhere (a live run).
    private(set) var simulatedNow = false

    /// Loads the scenario named by `state` and runs it with the state's settings and seed, on
    /// the fixed epoch so every timestamp repeats from one run to the next; `cache` hands back
    /// the process's last run when it was made with the same scenario and options. Once
    /// `cancellation` says stop, the run and its analysis end early with ``CLIError/stopped``.
    init(
        state: LabState, library: ContentLibrary, cancellation: RunCancellation = .never,
        cache: LabRunCache = LabRunCache()
    ) throws(CLIError) {
        try self.init(
            state: state, source: try library.scenarioSource(state.scenarioID), cancellation: cancellation,
            cache: cache)
    }

    /// Runs `source`'s scenario, the one `state` names, as ``init(state:library:cancellation:cache:)`` does.
    init(
        state: LabState, source: (scenario: Scenario, text: String), cancellation: RunCancellation,
        cache: LabRunCache
    ) throws(CLIError) {
        let scenario = source.scenario
        let options = try Self.options(state, scenario)
        let made = try cache.runAndAnalysis(of: scenario, options: options) { () throws(CLIError) in
            let run: LabRun
            do throws(ScenarioRunError) {
                run = try ScenarioEngine(scenario: scenario).run(options, cancellation: cancellation)
            } catch {
                throw error.isCancellation ? .stopped : .data(error.message)
            }
            do throws(ScenarioRunError) {
                return (run, try LabAnalysis(run: run, cancellation: cancellation))
            } catch {
                throw .stopped
            }
        }
        do {
            try self.init(scenario: scenario, state: state, run: made.run, analysis: made.analysis) {
                (run) throws(ScenarioRunError) in
                try LabAnalysis(run: run, cancellation: cancellation)
            }
        } catch {
            throw .stopped
        }
        scenarioText = source.text
        simulatedNow = made.made
    }

    /// The options a run of `scenario` with `state`'s settings uses, on the fixed epoch; fails
    /// when the state names a boundary or service the scenario does not have.
    static func options(_ state: LabState, _ scenario: Scenario) throws(CLIError) -> RunOptions {
        try checkBoundaries(state.propagation.disabledBoundaries, in: scenario)
        try checkServices(state.sampling.map { Array($0.samplers.keys) } ?? [], in: scenario)
        return RunOptions(
            propagation: state.propagation, seed: state.seed, epochNanos: RunOptions.fixedEpochNanos,
            requests: state.load.requests, ratePerSecond: state.load.ratePerSecond,
            arrivals: state.load.arrivals, sampling: state.effectiveSampling(for: scenario))
    }

    /// A bench showing `run`, which already happened (simulated here, or a live run), so the
    /// lab's views can draw it: the selected trace, or the first of many requests, or the whole.
    init(scenario: Scenario, state: LabState, run: LabRun) {
        self.init(scenario: scenario, state: state, run: run, analysis: nil, analyse: LabAnalysis.init(run:))
    }

    /// `analysis` is the whole run's when already made; `analyse` makes the others.
    private init<Failure: Error>(
        scenario: Scenario, state: LabState, run: LabRun, analysis whole: LabAnalysis?,
        analyse: (LabRun) throws(Failure) -> LabAnalysis
    ) throws(Failure) {
        self.scenario = scenario
        self.state = state
        self.run = run
        let analysis: LabAnalysis
        if let whole { analysis = whole } else { analysis = try analyse(run) }
        self.analysis = analysis
        let sampling =
            run.sampling.keepsEverything && !run.hasSampledOutSpans
            ? nil : SamplingReport(run: run, ratePerSecond: state.load.ratePerSecond)
        self.sampling = sampling
        // After sampling, the first trace a backend received; else the first to start.
        let first =
            run.requests.count > 1
            ? analysis.traces.first(where: { sampling?.outcome($0.traceID)?.kept ?? true })
                ?? analysis.traces.first
            : nil
        defaultTrace = first?.traceID
        let selected = state.selectedTrace.flatMap { id in analysis.traces.first { $0.traceID.hex == id } }
        shownTrace = selected ?? first
        chosen = selected != nil
        let dropped = shownTrace.map { sampling?.outcome($0.traceID)?.kept == false } ?? false
        if let shownTrace, run.requests.count > 1 || chosen {
            shownTraceDropped = dropped
            // A kept trace is shown as the backend has it, holes and orphans included.
            let whole = run.trace(shownTrace.traceID)
            view = dropped ? whole : whole.keptOnly()
            viewAnalysis = try analyse(view)
        } else if sampling != nil, run.hasSampledOutSpans, run.requests.count == 1 {
            let kept = run.keptOnly()
            shownTraceDropped = kept.spans.isEmpty
            view = kept.spans.isEmpty ? run : kept
            viewAnalysis = kept.spans.isEmpty ? analysis : try analyse(kept)
        } else {
            shownTraceDropped = false
            view = run
            viewAnalysis = analysis
        }
    }

    /// True when the run sent more than one request.
    var isMany: Bool { run.requests.count > 1 }

    /// The 1-based number of `trace` in the `traces` list.
    func number(of trace: AssembledTrace) -> Int {
        (analysis.traces.firstIndex { $0.traceID == trace.traceID } ?? 0) + 1
    }

    /// Fails with the list of the scenario's services when one of `names` is not among them.
    static func checkServices(_ names: some Sequence<String>, in scenario: Scenario) throws(CLIError) {
        let known = scenario.services.map(\.name)
        for name in names where !known.contains(name) {
            throw .usage(
                "'\(TextSafety.clean(name))' is not a service of \(scenario.id); "
                    + "choose one of: \(known.joined(separator: ", "))")
        }
    }

    /// Fails with the list of real boundaries when one of `names` is not a boundary of `scenario`.
    static func checkBoundaries(_ names: some Sequence<String>, in scenario: Scenario) throws(CLIError) {
        let known = scenario.boundaries.map(\.name)
        for name in names where !known.contains(name) {
            throw .usage(
                "'\(name)' is not a boundary of \(scenario.id); choose one of: \(known.joined(separator: ", "))"
            )
        }
    }
}
