import Testing
import TraceLabCore

@Suite("The trace-id ratio decision and parent-based following")
struct TraceIDRatioTests {
    /// At 10 %, the bound is 0.1 × 2⁶³ rounded to a Double, 922337203685477632 (as Go computes it),
    /// so the last eight bytes keep the trace below 0x1999999999999A00.
    @Test(
        "known trace ids at 10 %",
        arguments: [
            (UInt64(0), true), (0x1999_9999_9999_99FF, true), (0x1999_9999_9999_9A00, false),
            (0x8000_0000_0000_0000, false), (UInt64.max, false),
        ])
    func tenPercent(low: UInt64, kept: Bool) {
        let id = TraceID(high: 0xFFFF_FFFF_FFFF_FFFF, low: low)
        #expect(TraceIDRatio.keeps(id, ratio: 0.1) == kept)
    }

    @Test("only the last eight bytes count, 0 % keeps nothing and 100 % everything")
    func bounds() {
        let low = TraceID(high: 0, low: 5)
        #expect(
            TraceIDRatio.keeps(TraceID(high: 123, low: 5), ratio: 0.01)
                == TraceIDRatio.keeps(low, ratio: 0.01))
        #expect(!TraceIDRatio.keeps(low, ratio: 0))
        #expect(TraceIDRatio.keeps(TraceID(high: 1, low: .max), ratio: 1))
    }

    @Test("a trace kept at a lower ratio is kept at every higher one")
    func consistent() {
        var generator = SplitMix64(seed: 9)
        for _ in 0..<2000 {
            let id = TraceID(high: generator.next(), low: generator.next())
            if TraceIDRatio.keeps(id, ratio: 0.1) { #expect(TraceIDRatio.keeps(id, ratio: 0.5)) }
        }
    }

    @Test("a service follows its parent's flag unless it has a policy of its own")
    func parentBased() {
        let id = TraceID(high: 1, low: 0x1999_9999_9999_9A00)  // dropped at 10 %, kept at 50 %
        let follower = HeadSampler(root: .head(ratio: 0.1))
        #expect(follower.decide(traceID: id, parentSampled: true))
        #expect(!follower.decide(traceID: id, parentSampled: false))
        #expect(!follower.decide(traceID: id, parentSampled: nil))
        let ownMind = HeadSampler(root: .head(ratio: 0.1), own: .head(ratio: 0.5))
        #expect(ownMind.decide(traceID: id, parentSampled: false))
        #expect(!HeadSampler(root: .all, own: SamplingPolicy.none).decide(traceID: id, parentSampled: true))
        #expect(HeadSampler(root: .tail(.init(errors: true))).decide(traceID: id, parentSampled: nil))
    }
}
