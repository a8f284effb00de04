import Testing
import TraceLabCore

@Suite("The checkout scenario on the virtual clock")
struct CheckoutRunTests {
    @Test("with propagation on, one trace holds all five services")
    func oneTrace() throws {
        let analysis = LabAnalysis(run: try CheckoutFixture.run())
        #expect(analysis.traceCount == 1)
        #expect(
            Set(analysis.run.spans.map(\.service)) == [
                "gateway", "billing", "payment-provider", "enrollment", "notification-worker",
            ])
        #expect(analysis.lostCrossings.isEmpty)
        #expect(analysis.requestTrace?.orphans.isEmpty == true)
    }

    @Test("the user waits exactly 2.8 s and the whole trace lasts 3.72 s")
    func latencies() throws {
        let analysis = LabAnalysis(run: try CheckoutFixture.run())
        #expect(analysis.userVisibleLatencyNanos == 2_800_000_000)
        #expect(analysis.wholeTraceNanos == 3_720_000_000)
    }

    @Test("every span starts and ends on the reference timeline")
    func timeline() throws {
        let run = try CheckoutFixture.run()
        let observed = run.spans.map { span in
            "\(span.service)|\(span.name)|\(CheckoutFixture.millis(span.startNanos - CheckoutFixture.epoch))|\(CheckoutFixture.millis(span.endNanos - CheckoutFixture.epoch))"
        }
        let expected = [
            "gateway|POST /checkout|0|2800",
            "gateway|POST billing /charges|40|1960",
            "billing|POST /charges|50|1950",
            "billing|POST payment-provider /authorize|150|950",
            "payment-provider|POST /authorize|160|1400",
            "billing|POST payment-provider /authorize|1050|1650",
            "payment-provider|POST /authorize|1060|1640",
            "gateway|POST enrollment /enrollments|1970|2750",
            "enrollment|POST /enrollments|1980|2740",
            "enrollment|publish purchase.completed|2600|2620",
            "notification-worker|process purchase.completed|3520|3720",
        ]
        #expect(Set(observed) == Set(expected))
        #expect(observed.count == expected.count)
    }

    @Test("the first payment attempt times out and is marked as an error; the retry succeeds")
    func hiddenRetry() throws {
        let run = try CheckoutFixture.run()
        let attempts = run.spans.filter { $0.name == "POST payment-provider /authorize" }.sorted {
            $0.startNanos < $1.startNanos
        }
        try #require(attempts.count == 2)
        #expect(attempts[0].status.isError)
        #expect(attempts[0].status.message?.contains("timed out after 800 ms") == true)
        #expect(attempts[1].status == .ok)
        #expect(attempts[1].attributes["http.request.resend_count"] == .int(1))
    }

    @Test("billing dominates the critical path and the worker is not on it")
    func criticalPath() throws {
        let analysis = LabAnalysis(run: try CheckoutFixture.run())
        #expect(analysis.dominantService == "billing")
        let services = analysis.criticalPath.spanIDs.compactMap { id in
            analysis.run.spans.first { $0.spanID == id }?.service
        }
        #expect(services.contains("billing"))
        #expect(services.contains("payment-provider"))
        #expect(!services.contains("notification-worker"))
        let covered = analysis.criticalPath.segments.reduce(0) { $0 + $1.durationNanos }
        #expect(covered == 2_800_000_000)
        let worker = try #require(analysis.run.spans.first { $0.service == "notification-worker" })
        #expect(analysis.afterResponse.contains(worker.spanID))
    }

    @Test("purchase.completed waits 900 ms in the queue")
    func queueWait() throws {
        let analysis = LabAnalysis(run: try CheckoutFixture.run())
        try #require(analysis.queueWaits.count == 1)
        #expect(analysis.queueWaits[0].waitNanos == 900_000_000)
        #expect(analysis.queueWaits[0].boundary == "enrollment:notification-worker")
    }

    @Test("the same seed gives the same run; another seed gives other ids but the same times")
    func determinism() throws {
        let first = try CheckoutFixture.run(seed: 7)
        #expect(try CheckoutFixture.run(seed: 7) == first)
        let other = try CheckoutFixture.run(seed: 8)
        #expect(other.spans.map(\.traceID) != first.spans.map(\.traceID))
        #expect(other.spans.map(\.startNanos) == first.spans.map(\.startNanos))
    }
}
