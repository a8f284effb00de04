import Testing

@testable import TraceLabCore

@Suite("Trace ids numbered in the order they came")
struct TracePositionsTests {
    /// Random ids with repeats, and ids crafted so that every one lands in the same slot.
    @Test("each id keeps the position it was first given", arguments: [false, true])
    func numbering(crafted: Bool) {
        var inverse: UInt64 = 1
        for _ in 0..<6 { inverse = inverse &* (2 &- 0x9E37_79B9_7F4A_7C15 &* inverse) }
        var generator = SplitMix64(seed: 12)
        let ids = (0..<6_000).map { number in
            crafted
                ? TraceID(high: 0, low: inverse &* UInt64(number % 2_500 + 1))
                : TraceID(high: generator.next() % 3, low: generator.next() % 3_000)
        }
        var positions = TracePositions()
        var reference: [TraceID: Int] = [:]
        for id in ids {
            let expected = reference[id] ?? reference.count
            let isNew = reference[id] == nil
            reference[id] = expected
            let given = positions.insert(id)
            #expect(given.position == expected && given.isNew == isNew)
        }
        #expect(positions.count == reference.count)
        #expect(reference.allSatisfy { positions[$0.key] == $0.value })
        #expect(positions[TraceID(high: 99, low: 99)] == nil)
    }

    @Test("equal when the same ids came in the same order")
    func equality() {
        var first = TracePositions()
        var second = TracePositions()
        for low in [5, 1, 9] as [UInt64] {
            _ = first.insert(TraceID(high: 1, low: low))
            _ = second.insert(TraceID(high: 1, low: low))
        }
        #expect(first == second && first.hashValue == second.hashValue)
        _ = second.insert(TraceID(high: 1, low: 2))
        #expect(first != second)
    }
}
