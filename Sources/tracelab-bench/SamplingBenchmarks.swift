import Foundation
import TraceLabCore

/// What a sampling policy adds to a 10,000-request run: the run with the policy (head, or tail
/// with its collector) and its sampling report, against the same run keeping everything. The
/// two are timed in turn, six rounds each, and the best of each is compared.
extension Benchmarks {
    func samplingOverhead() {
        let engine = ScenarioEngine(scenario: loadCheckout())
        func options(_ policy: SamplingPolicy) -> RunOptions {
            RunOptions(
                seed: 7, epochNanos: 0, requests: 10_000, ratePerSecond: 1_000,
                sampling: SamplingSettings(policy: policy))
        }
        for (name, policy) in [
            ("head:10%", SamplingPolicy.head(ratio: 0.1)),
            ("tail:slow=3s,rest=10%", try! SamplingPolicy.parse("tail:slow=3s,rest=10%").get()),
        ] {
            var kept = 0
            var plain = Double.infinity
            var sampled = Double.infinity
            for _ in 0..<6 {
                plain = min(plain, Stopwatch.best(rounds: 1) { _ = try! engine.run(options(.all)) })
                sampled = min(
                    sampled,
                    Stopwatch.best(rounds: 1) {
                        let run = try! engine.run(options(policy))
                        kept = SamplingReport(run: run, ratePerSecond: 1_000).keptTraces
                    })
            }
            let added = (sampled - plain) / plain
            report(
                "sampling \(name), 10,000 requests",
                "\(Stopwatch.ms(sampled)) against \(Stopwatch.ms(plain)) keeping everything: "
                    + "\(added < 0 ? "" : "+")\(Int((added * 100).rounded()))% (\(kept) traces kept, report included)",
                target: "≤ +20 %", met: added <= 0.2)
        }
    }
}
