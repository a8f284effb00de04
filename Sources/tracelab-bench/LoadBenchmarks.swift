import Foundation
import TraceLabCore

/// The many-request lab's measurements: one core, as a learner's `run` uses.
extension Benchmarks {
    /// 10,000 checkouts arriving at 1,000/s in one run: simulated, assembled and summarised
    /// into metrics.
    func loadedRun() {
        let engine = ScenarioEngine(scenario: loadCheckout())
        let options = RunOptions(seed: 7, epochNanos: 0, requests: 10_000, ratePerSecond: 1_000)
        var spans = 0
        var traces = 0
        let seconds = Stopwatch.best(rounds: 3) {
            let run = try! engine.run(options)
            spans = run.spans.count
            traces = LabAnalysis(run: run).traceCount
            _ = RunMetrics(run: run).rows.count
        }
        let rate = Double(spans) / seconds
        report(
            "10,000 checkouts, one run",
            "\(Stopwatch.ms(seconds)), \(Int(rate)) spans/s (\(spans) spans in \(traces) traces, one core)",
            target: "≤ 100 ms", met: seconds <= 0.1)
    }

    /// A chain of 10,000 nested calls: loaded, checked, run and analysed.
    func deepChain() {
        var lines = [
            "id: chain", "title: Chain", "request:", "  service: s0", "  operation: op", "services:",
        ]
        for index in 0..<10_000 {
            lines.append("  s\(index):\n    op:\n      - work: 1ms")
            if index < 9_999 { lines.append("      - call: s\(index + 1) op") }
        }
        let text = lines.joined(separator: "\n") + "\n"
        let seconds = Stopwatch.best(rounds: 1) {
            let scenario = try! ScenarioLoader.load(text: text, file: "chain.yaml")
            let run = try! ScenarioEngine(scenario: scenario).run(RunOptions(seed: 1, epochNanos: 0))
            _ = LabAnalysis(run: run).criticalTimeByService
        }
        report("10,000-deep chain", Stopwatch.ms(seconds), target: "≤ 1 s", met: seconds <= 1)
    }
}
