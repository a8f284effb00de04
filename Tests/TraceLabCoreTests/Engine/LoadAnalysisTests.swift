import Testing
import TraceLabCore

@Suite("Analysis that tells the truth about one checkout and many")
struct LoadAnalysisTests {
    @Test(
        "nearest-rank percentiles match hand-computed values",
        arguments: [
            ([UInt64](1...10), 50.0, UInt64(5)), ([UInt64](1...10), 90.0, 9), ([UInt64](1...10), 99.0, 10),
            ([UInt64](1...100), 99.0, 99), ([UInt64](1...100), 50.0, 50), ([7], 50.0, 7), ([3, 9], 50.0, 3),
            ([3, 9], 51.0, 9), ([], 50.0, 0),
        ])
    func percentiles(values: [UInt64], percent: Double, expected: UInt64) {
        #expect(Percentile.of(percent, sorted: values) == expected)
    }

    @Test("critical-path time goes to the service whose span each stretch is: payment-provider 1.37 s")
    func ownService() throws {
        let analysis = LabAnalysis(run: try CheckoutFixture.run())
        let byService = Dictionary(
            uniqueKeysWithValues: analysis.criticalTimeByService.map { ($0.service, $0.nanos) })
        #expect(byService["payment-provider"] == 1_370_000_000)
        #expect(byService["billing"] == 530_000_000)
        #expect(analysis.criticalTimeByService.reduce(0) { $0 + $1.nanos } == 2_800_000_000)
        let byDependency = Dictionary(
            uniqueKeysWithValues: analysis.criticalTimeByDownstreamService.map { ($0.service, $0.nanos) })
        #expect(byDependency["billing"] == 1_900_000_000)
        #expect(analysis.dominantService == "billing")
        #expect(!analysis.dominantServiceSpansElsewhere)
    }

    @Test("with gateway:billing lost, the gateway's wait on billing still makes billing dominant")
    func lostBoundaryDominant() throws {
        let analysis = LabAnalysis(
            run: try CheckoutFixture.run(PropagationSettings(disabledBoundaries: ["gateway:billing"])))
        #expect(analysis.dominantService == "billing")
        #expect(analysis.dominantServiceSpansElsewhere)
        let billing = analysis.criticalTimeByDownstreamService.first { $0.service == "billing" }
        #expect(billing?.nanos == 1_920_000_000)
    }

    @Test("a queue wait across a lost message context is marked as known only to the simulator")
    func simulatorOnlyQueueWait() throws {
        let on = LabAnalysis(run: try CheckoutFixture.run())
        #expect(on.queueWaits.map(\.knownOnlyToSimulator) == [false])
        let off = LabAnalysis(
            run: try CheckoutFixture.run(
                PropagationSettings(disabledBoundaries: ["enrollment:notification-worker"])))
        #expect(off.queueWaits.map(\.knownOnlyToSimulator) == [true])
        #expect(off.queueWaits.first?.waitNanos == 900_000_000)
    }

    @Test("one request: every lost crossing has exactly one candidate caller")
    func oneCandidate() throws {
        let analysis = LabAnalysis(run: try CheckoutFixture.run(.allOff))
        #expect(analysis.timestampMatches.count == 5)
        #expect(analysis.timestampMatches.allSatisfy { $0.candidates == 1 })
    }

    @Test("many requests: matching gateway:billing by time leaves several candidates")
    func manyCandidates() throws {
        let run = try EngineFixture.run(
            try CheckoutFixture.scenario(), requests: 50, rate: 25,
            propagation: PropagationSettings(disabledBoundaries: ["gateway:billing"]), seed: 7)
        let matches = LabAnalysis(run: run).timestampMatches
        #expect(matches.count == 50)
        #expect(matches.contains { $0.candidates > 1 })
        #expect(matches.allSatisfy { $0.candidates >= 1 })
        // The first request's billing call starts while no other is in flight.
        #expect(matches.first?.candidates == 1)
    }

    @Test("the latency histogram counts every request and names its slowest as the exemplar")
    func histogram() throws {
        let ids = (1...4).map { TraceID(high: 0, low: UInt64($0)) }
        let histogram = LatencyHistogram([
            (10_000_000, ids[0]), (12_000_000, ids[1]), (30_000_000, ids[2]), (31_000_000, ids[3]),
        ])
        #expect(histogram.total == 4)
        #expect(histogram.buckets.reduce(0) { $0 + $1.count } == 4)
        let last = try #require(histogram.buckets.last)
        #expect(last.exemplar == ids[3])
        #expect(histogram.buckets.first?.exemplar == ids[1])
    }
}
