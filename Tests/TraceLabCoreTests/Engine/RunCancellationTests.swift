import Synchronization
import Testing

@testable import TraceLabCore

/// A run asks its injected cancellation as it goes and, once told to stop, ends early with the
/// distinct cancellation error instead of a result.
@Suite struct RunCancellationTests {
    /// Counts the questions and says stop from the `stopAt`-th on.
    final class StopAfter: Sendable {
        let asked = Mutex(0)
        let stopAt: Int

        init(_ stopAt: Int) {
            self.stopAt = stopAt
        }

        var cancellation: RunCancellation {
            RunCancellation {
                self.asked.withLock { count in
                    count += 1
                    return count >= self.stopAt
                }
            }
        }
    }

    static func options(requests: Int) -> RunOptions {
        RunOptions(seed: 42, epochNanos: CheckoutFixture.epoch, requests: requests, ratePerSecond: 50)
    }

    @Test func aCancelledRunStopsEarlyAndThrows() throws {
        let engine = ScenarioEngine(scenario: try EngineFixture.busyCheckout())
        let stop = StopAfter(3)
        #expect(throws: ScenarioRunError.cancelled) {
            try engine.run(Self.options(requests: 2_000), cancellation: stop.cancellation)
        }
        #expect(stop.asked.withLock { $0 } == 3)
        #expect(ScenarioRunError.cancelled.isCancellation)
    }

    @Test func aRunThatIsNeverStoppedAsksOftenAndGivesTheUsualResult() throws {
        let engine = ScenarioEngine(scenario: try EngineFixture.busyCheckout())
        let never = StopAfter(Int.max)
        let asked = try engine.run(Self.options(requests: 2_000), cancellation: never.cancellation)
        #expect(never.asked.withLock { $0 } > 3)
        #expect(asked == (try engine.run(Self.options(requests: 2_000))))
    }

    @Test func theAnalysisOfABigRunStopsEarlyToo() throws {
        let run = try ScenarioEngine(scenario: try EngineFixture.busyCheckout()).run(
            Self.options(requests: 3_000))
        let stop = StopAfter(1)
        #expect(throws: ScenarioRunError.cancelled) {
            try LabAnalysis(run: run, cancellation: stop.cancellation)
        }
        #expect(stop.asked.withLock { $0 } == 1)
        #expect(try LabAnalysis(run: run, cancellation: .never) == LabAnalysis(run: run))
    }

    @Test func anOrdinaryFailureIsNotACancellation() {
        #expect(!ScenarioRunError(message: "stuck").isCancellation)
    }
}
