import Testing
import TraceLabCore

/// A run's overview survives being written as bytes and read back, and damaged bytes are
/// refused instead of read as something else.
@Suite struct RunOverviewBytesTests {
    /// A sampled busy checkout with propagation lost at one boundary: fragments with candidate
    /// counts, dropped and broken traces, partly kept traces, errors and a default trace.
    static func sampledOverview() throws -> RunOverview {
        let options = RunOptions(
            propagation: PropagationSettings(disabledBoundaries: ["billing:payment-provider"]), seed: 5,
            epochNanos: CheckoutFixture.epoch, requests: 120, ratePerSecond: 30,
            sampling: SamplingSettings(policy: .head(ratio: 0.4), samplers: ["billing": .head(ratio: 0.7)]))
        let run = try ScenarioEngine(scenario: EngineFixture.busyCheckout()).run(options)
        let analysis = LabAnalysis(run: run)
        return RunOverview(
            analysis: analysis, sampling: SamplingReport(run: run, ratePerSecond: 30),
            defaultTrace: analysis.traces.last?.traceID)
    }

    @Test func readsBackEqualFromItsBytes() throws {
        let overview = try Self.sampledOverview()
        try #require(overview.traces.contains { $0.fragment && $0.candidates != nil })
        try #require(!overview.dropped.isEmpty && !overview.keptSpans.isEmpty)
        try #require(overview.traces.contains { $0.errors > 0 })
        #expect(RunOverview(bytes: overview.bytes()) == overview)
    }

    @Test func theSameOverviewGivesTheSameBytes() throws {
        #expect(try Self.sampledOverview().bytes() == Self.sampledOverview().bytes())
    }

    @Test func bytesCutShortOrWithMoreAfterThemAreRefused() throws {
        let bytes = try Self.sampledOverview().bytes()
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 500)) {
            #expect(RunOverview(bytes: Array(bytes.prefix(length))) == nil, "cut to \(length) bytes")
        }
        #expect(RunOverview(bytes: bytes + [0]) == nil)
    }

    @Test(arguments: [0, 4, 5, 6])
    func aDamagedHeaderOrCountIsRefused(position: Int) throws {
        var bytes = try Self.sampledOverview().bytes()
        bytes[position] ^= 0xff
        #expect(RunOverview(bytes: bytes) == nil)
    }

    @Test func aHugeCountIsRefusedWithoutAllocatingForIt() {
        let header = Array("TLRO".utf8) + [1]
        let count: [UInt8] = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]
        #expect(RunOverview(bytes: header + count) == nil)
        #expect(
            RunOverview(bytes: header + [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01])
                == nil)
    }

    @Test func theShownTraceIsTheChosenOneWhenTheRunHasIt() throws {
        let overview = try Self.sampledOverview()
        let third = overview.traces[2].traceID
        #expect(overview.shownTrace(selected: third.hex) == third)
        #expect(overview.shownTrace(selected: nil) == overview.defaultTrace)
        #expect(overview.shownTrace(selected: String(repeating: "a", count: 32)) == overview.defaultTrace)
        #expect(overview.shownTrace(selected: "not hex") == overview.defaultTrace)
    }
}
