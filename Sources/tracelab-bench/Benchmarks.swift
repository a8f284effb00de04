import Foundation
import Synchronization
import TraceLabCore

/// The measurements the README reports, each against its target.
struct Benchmarks {
    let contentRoot: URL

    mutating func runAll() {
        print("TraceLab benchmarks (release build, best of rounds)")
        checkoutThroughput()
        largeTraceAnalysis()
        waterfallRendering()
        quizGrading()
        loadedRun()
        loadedViews()
        shellViews()
        deepChain()
        samplingOverhead()
        collectorIngest()
        liveOverhead()
    }

    /// Spans simulated and recorded per second over 10,000 checkouts, spread over every core
    /// (each checkout is an independent run with its own seed).
    func checkoutThroughput() {
        let engine = ScenarioEngine(scenario: loadCheckout())
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let spans = Mutex(0)
        let seconds = Stopwatch.best(rounds: 7) {
            spans.withLock { $0 = 0 }
            DispatchQueue.concurrentPerform(iterations: cores) { core in
                var count = 0
                for seed in stride(from: core + 1, through: 10_000, by: cores) {
                    count += try! engine.run(RunOptions(seed: UInt64(seed), epochNanos: 0)).spans.count
                }
                spans.withLock { $0 += count }
            }
        }
        let total = spans.withLock { $0 }
        let rate = Double(total) / seconds
        report(
            "checkout simulation",
            "\(Int(rate)) spans/s (\(total) spans, 10,000 checkouts on \(cores) cores, \(Stopwatch.ms(seconds)))",
            target: "≥ 1,000,000 spans/s", met: rate >= 1_000_000)
    }

    /// Assembling one 100,000-span trace and finding its critical path.
    func largeTraceAnalysis() {
        let spans = SyntheticTrace.spans(count: 100_000)
        var pathLength = 0
        let seconds = Stopwatch.best(rounds: 3) {
            let traces = TraceAssembly.assemble(spans)
            let trace = traces[0]
            pathLength = CriticalPath(of: trace.roots[0], in: trace).segments.count
        }
        report(
            "assemble + critical path",
            "\(Stopwatch.ms(seconds)) for 100,000 spans (path of \(pathLength) segments)",
            target: "≤ 200 ms", met: seconds <= 0.2)
    }

    func loadCheckout() -> Scenario {
        let url = contentRoot.appendingPathComponent("lessons/checkout.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
            let scenario = try? ScenarioLoader.load(text: text, file: "checkout.yaml")
        else {
            FileHandle.standardError.write(
                Data("tracelab-bench: cannot load \(url.path); pass the repository root\n".utf8))
            exit(66)
        }
        return scenario
    }

    func report(_ name: String, _ figure: String, target: String, met: Bool) {
        print(
            "\(name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(figure)  [target \(target): \(met ? "met" : "MISSED")]"
        )
    }
}
