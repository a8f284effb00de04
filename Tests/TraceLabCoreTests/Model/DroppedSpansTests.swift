import Testing

@testable import TraceLabCore

@Suite("A run's dropped spans, listed by the simulator and made a set only when asked")
struct DroppedSpansTests {
    static let ids: [SpanID] = {
        var generator = SplitMix64(seed: 11)
        return (0..<2_000).map { _ in SpanID(generator.next() | 1) }
    }()

    @Test("a listed set answers, counts and compares as the set built at once does")
    func listedAgreesWithBuilt() {
        let listed = DroppedSpans(distinct: Self.ids)
        let built = DroppedSpans(SpanIDSet(Self.ids))
        #expect(listed.count == Self.ids.count)
        #expect(listed.set == SpanIDSet(Self.ids))
        #expect(listed == built)
        #expect(listed.hashValue == built.hashValue)
        #expect(DroppedSpans(distinct: Array(Self.ids.dropLast())) != built)
        #expect(DroppedSpans(distinct: []) == DroppedSpans())
    }

    @Test("a run says whether it dropped spans without building the set, and gives the same set either way")
    func runAnswersFromTheList() throws {
        var options = RunOptions(seed: 3, epochNanos: CheckoutFixture.epoch, requests: 200, ratePerSecond: 40)
        options.sampling = SamplingSettings(policy: .head(ratio: 0.1))
        let run = try ScenarioEngine(scenario: try CheckoutFixture.scenario()).run(options)
        #expect(run.hasSampledOutSpans)
        #expect(run.sampledOutSpanIDs.count == run.spans.count { !run.isKept($0) })
        var copy = run
        copy.sampledOutSpanIDs = run.sampledOutSpanIDs
        let sameKept = copy.keptSpans == run.keptSpans && copy.droppedSpans == run.droppedSpans
        #expect(sameKept)
        copy.sampledOutSpanIDs = []
        let keepsAll = !copy.hasSampledOutSpans && copy.keptSpans == copy.spans
        #expect(keepsAll)
    }

    @Test("many tasks asking for a listed set at once all get the same set")
    func concurrentAskers() async {
        let listed = DroppedSpans(distinct: Self.ids)
        let sets = await withTaskGroup(of: SpanIDSet.self) { group in
            for _ in 0..<16 { group.addTask { listed.set } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(sets.count == 16)
        #expect(sets.allSatisfy { $0 == SpanIDSet(Self.ids) })
    }
}
