import Foundation
import TraceLabCore
import TraceLabTerminal

/// The many-request lab's measurements: one core, as a learner's `run` uses.
extension Benchmarks {
    /// 10,000 checkouts arriving at 1,000/s in one run: simulated, assembled and summarised
    /// into metrics.
    func loadedRun() {
        let engine = ScenarioEngine(scenario: loadCheckout())
        var best: OneRun?
        // Best of seven: single rounds on this shared machine move by a quarter.
        for _ in 0..<7 {
            let round = oneRun(engine)
            if best == nil || round.seconds < best!.seconds { best = round }
        }
        let result = best!
        let rate = Double(result.spans) / result.seconds
        report(
            "10,000 checkouts, one run",
            "\(Stopwatch.ms(result.seconds)), \(Int(rate)) spans/s (\(result.spans) spans in \(result.traces) traces, one core)",
            target: "≤ 100 ms", met: result.seconds <= 0.1)
        print(result.phasesLine)
    }

    /// The one-run figure's work done once, with its phases: what `tracelab-bench one-run` runs
    /// under a profiler (such as `valgrind --tool=callgrind`, whose counts do not move with the
    /// machine's load as times do).
    func oneRunOnce() {
        let result = oneRun(ScenarioEngine(scenario: loadCheckout()))
        print("10,000 checkouts, one run, once: \(Stopwatch.ms(result.seconds)), \(result.spans) spans")
        print(result.phasesLine)
    }

    /// One round of the one-run figure on `engine`: simulated, analysed, summarised into
    /// metrics, freed.
    private func oneRun(_ engine: ScenarioEngine) -> OneRun {
        let options = RunOptions(seed: 7, epochNanos: 0, requests: 10_000, ratePerSecond: 1_000)
        var phases: [Double] = []
        var clock = DispatchTime.now().uptimeNanoseconds
        func lap() {
            let now = DispatchTime.now().uptimeNanoseconds
            phases.append(Double(now - clock) / 1e9)
            clock = now
        }
        var run: LabRun? = try! engine.run(options)
        lap()
        var analysis: LabAnalysis? = LabAnalysis(run: run!)
        lap()
        _ = RunMetrics(run: run!).rows.count
        lap()
        let spans = run!.spans.count
        let traces = analysis!.traceCount
        analysis = nil
        run = nil
        lap()
        return OneRun(phases: phases, spans: spans, traces: traces)
    }

    /// `metrics` and `traces` on a 10,000-request run the session already holds (the prompt
    /// keeps the last run; see `LabRunCache`): computing and drawing each view.
    func loadedViews() {
        let run = try! ScenarioEngine(scenario: loadCheckout()).run(
            RunOptions(seed: 7, epochNanos: 0, requests: 10_000, ratePerSecond: 1_000))
        let analysis = LabAnalysis(run: run)
        let style = TerminalStyle(colorEnabled: true, width: 100)
        var lines = 0
        let metrics = Stopwatch.best(rounds: 5) {
            lines =
                MetricsRenderer(style: style).render(RunMetrics(run: run), entry: "POST /checkout (gateway)")
                .split(separator: "\n").count
        }
        report(
            "metrics, 10,000 requests", "\(Stopwatch.ms(metrics)) (\(lines) lines, run already held)",
            target: "≤ 50 ms", met: metrics <= 0.05)
        let traces = Stopwatch.best(rounds: 5) {
            lines =
                TracesListRenderer(style: style).render(
                    TraceSummary.all(in: analysis), filter: TracesListRenderer.Filter(slowest: true),
                    selected: nil
                ).split(separator: "\n").count
        }
        report(
            "traces --slowest, 10,000", "\(Stopwatch.ms(traces)) (\(lines) lines, run already held)",
            target: "≤ 50 ms", met: traces <= 0.05)
    }

    /// A chain of 10,000 nested calls, built in code so the figure is the engine's and not the
    /// YAML reader's, run and analysed.
    func deepChain() {
        let depth = 10_000
        let services = (0..<depth).map { index in
            var steps: [Scenario.Step] = [.work([1_000_000])]
            if index < depth - 1 {
                steps.append(.call(Scenario.Call(service: "s\(index + 1)", operation: "op")))
            }
            return Scenario.Service(
                name: "s\(index)", operations: [Scenario.Operation(name: "op", steps: steps)])
        }
        let scenario = Scenario(
            id: "chain", title: "Chain", summary: "", entryService: "s0", entryOperation: "op",
            networkLatencyNanos: 0, jitterNanos: 0, services: services)
        let seconds = Stopwatch.best(rounds: 1) {
            let run = try! ScenarioEngine(scenario: scenario).run(RunOptions(seed: 1, epochNanos: 0))
            _ = LabAnalysis(run: run).criticalTimeByService
        }
        report("10,000-deep chain", Stopwatch.ms(seconds), target: "≤ 1 s", met: seconds <= 1)
    }
}

/// One round of the one-run figure: the seconds of each phase (simulate, analyse, metrics,
/// free) and what the run made.
private struct OneRun {
    let phases: [Double]
    let spans: Int
    let traces: Int

    var seconds: Double { phases.reduce(0, +) }

    var phasesLine: String {
        "  of which: simulate \(Stopwatch.ms(phases[0])), analyse \(Stopwatch.ms(phases[1])), "
            + "metrics \(Stopwatch.ms(phases[2])), free \(Stopwatch.ms(phases[3]))"
    }
}
