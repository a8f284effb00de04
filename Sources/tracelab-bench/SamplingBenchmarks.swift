import Foundation
import TraceLabCore

/// What a sampling policy adds to a 10,000-request run: the run with the policy (head, or tail
/// with its collector) and its sampling report, against the same run keeping everything. The
/// two are timed in turn, nine pairs, each side first in every other pair; the figure is the
/// median of the pairs' differences, which a shared machine's drift moves least.
extension Benchmarks {
    func samplingOverhead() {
        let engine = ScenarioEngine(scenario: loadCheckout())
        let options = Self.samplingOptions
        for (name, policy) in Self.samplingPolicies {
            var kept = 0
            var added: [Double] = []
            var plain: [Double] = []
            var sampled: [Double] = []
            func timePlain() {
                plain.append(Stopwatch.best(rounds: 1) { _ = try! engine.run(options(.all)) })
            }
            func timeSampled() {
                sampled.append(
                    Stopwatch.best(rounds: 1) {
                        let run = try! engine.run(options(policy))
                        kept = SamplingReport(run: run, ratePerSecond: 1_000).keptTraces
                    })
            }
            for pair in 0..<Self.samplingPairs {
                // Each side goes first in every other pair, so neither always runs on the heap
                // the other just freed.
                if pair.isMultiple(of: 2) {
                    timePlain()
                    timeSampled()
                } else {
                    timeSampled()
                    timePlain()
                }
                added.append((sampled[sampled.count - 1] - plain[plain.count - 1]) / plain[plain.count - 1])
            }
            let median = added.sorted()[added.count / 2]
            func percent(_ value: Double) -> String {
                "\(value < 0 ? "" : "+")\(Int((value * 100).rounded()))%"
            }
            report(
                "sampling \(name), 10,000 requests",
                "median \(percent(median)) (\(percent(added.min()!)) to \(percent(added.max()!)) over \(Self.samplingPairs) pairs; "
                    + "best \(Stopwatch.ms(sampled.min()!)) against \(Stopwatch.ms(plain.min()!)) keeping "
                    + "everything; \(kept) traces kept, report included)",
                target: "≤ +20 %", met: median <= 0.2)
        }
    }

    /// How many pairs of runs the sampling figure times.
    static let samplingPairs = 9

    /// The two policies the sampling figure measures, by the name the command line gives them.
    static let samplingPolicies: KeyValuePairs<String, SamplingPolicy> = [
        "head:10%": .head(ratio: 0.1),
        "tail:slow=3s,rest=10%": try! SamplingPolicy.parse("tail:slow=3s,rest=10%").get(),
    ]

    /// The sampling figure's run: 10,000 checkouts at 1,000/s, sampled by `policy`.
    static func samplingOptions(_ policy: SamplingPolicy) -> RunOptions {
        RunOptions(
            seed: 7, epochNanos: 0, requests: 10_000, ratePerSecond: 1_000,
            sampling: SamplingSettings(policy: policy))
    }

    /// One side of the sampling figure done once, for a profiler: the sampled side (the run and
    /// its report) with `head:10%` or, with `side` `.tail`, the tail policy; with `.plain`, the
    /// same run keeping everything, as the figure times it. What
    /// `tracelab-bench one-run-sampled [tail|plain]` runs.
    func sampledRunOnce(side: SampledSide) {
        let engine = ScenarioEngine(scenario: loadCheckout())
        var kept = 0
        if side == .plain {
            let seconds = Stopwatch.best(rounds: 1) { _ = try! engine.run(Self.samplingOptions(.all)) }
            print("keeping everything, 10,000 requests, once: \(Stopwatch.ms(seconds))")
            return
        }
        let (name, policy) = Self.samplingPolicies[side == .tail ? 1 : 0]
        let seconds = Stopwatch.best(rounds: 1) {
            let run = try! engine.run(Self.samplingOptions(policy))
            kept = SamplingReport(run: run, ratePerSecond: 1_000).keptTraces
        }
        print("\(name), 10,000 requests, once: \(Stopwatch.ms(seconds)), \(kept) traces kept")
    }

    /// Which side of the sampling figure ``sampledRunOnce(side:)`` runs.
    enum SampledSide: String {
        case head, tail, plain
    }
}
