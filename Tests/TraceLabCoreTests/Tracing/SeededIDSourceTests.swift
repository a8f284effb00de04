import Testing
import TraceLabCore

@Suite("Seeded ids")
struct SeededIDSourceTests {
    @Test(
        "ids follow the seed's SplitMix64 sequence: a span id takes one draw, a trace id two",
        arguments: [0, 7, 42] as [UInt64])
    func sequence(seed: UInt64) {
        let ids = SeededIDSource(seed: seed)
        var generator = SplitMix64(seed: seed)
        for _ in 0..<100 {
            #expect(ids.nextSpanID() == SpanID(generator.next()))
            #expect(ids.nextTraceID() == TraceID(high: generator.next(), low: generator.next()))
        }
    }

    @Test("callers on several threads never get the same id")
    func concurrentDrawsAreDistinct() async {
        let ids = SeededIDSource(seed: 5)
        let drawn = await withTaskGroup(of: [SpanID].self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<5_000).map { _ in ids.nextSpanID() } }
            }
            var all: [SpanID] = []
            for await part in group { all += part }
            return all
        }
        #expect(drawn.count == 40_000)
        #expect(Set(drawn).count == 40_000)
    }
}
