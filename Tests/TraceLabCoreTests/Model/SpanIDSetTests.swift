import Testing
import TraceLabCore

@Suite("A set of span ids answers as the standard set does")
struct SpanIDSetTests {
    /// The multiplier's inverse: its multiples all land in one slot of the set's table.
    static let collidingStep: UInt64 = {
        var inverse: UInt64 = 1
        for _ in 0..<6 { inverse = inverse &* (2 &- 0x9E37_79B9_7F4A_7C15 &* inverse) }
        return inverse
    }()

    /// 5,000 ids of one kind: "random" (with repeats and the invalid 0), "one slot" (all share
    /// one slot of the table) or "consecutive slots" (their slots follow one another).
    static func ids(_ kind: String, seed: UInt64) -> [SpanID] {
        var generator = SplitMix64(seed: seed)
        return (0..<5_000).map { number in
            switch kind {
            case "random": SpanID(generator.next() % 7_919 == 0 ? 0 : generator.next() % 20_000)
            case "one slot": SpanID(collidingStep &* UInt64(number % 3_000 + 1))
            default: SpanID(collidingStep &* (UInt64(number % 3_000) << 50))
            }
        }
    }

    /// Random ids (with repeats and the invalid 0), ids that share one slot, and ids whose slots
    /// follow one another, inserted into both sets; every answer must agree.
    @Test(
        "inserting, asking, counting and iterating agree with Set",
        arguments: ["random", "one slot", "consecutive slots"])
    func agreesWithSet(kind: String) {
        let ids = Self.ids(kind, seed: 9)
        var custom = SpanIDSet()
        var reference = Set<SpanID>()
        for id in ids {
            #expect(custom.insert(id) == reference.insert(id).inserted)
        }
        #expect(custom.count == reference.count)
        #expect(Set(custom) == reference)
        for probe in ids.prefix(500) + (0..<500).map({ SpanID($0 &* 0x1234_5678_9ABC_DEF1) }) {
            #expect(custom.contains(probe) == reference.contains(probe))
        }
    }

    /// The same ids given all at once: the set is filled in one pass, and must still agree with
    /// Set, then and after more insertions.
    @Test(
        "a set made from a list agrees with Set, then and after more insertions",
        arguments: ["random", "one slot", "consecutive slots"])
    func madeFromList(kind: String) {
        let ids = Self.ids(kind, seed: 11)
        var custom = SpanIDSet(ids.prefix(4_000))
        var reference = Set(ids.prefix(4_000))
        #expect(custom.count == reference.count)
        #expect(Set(custom) == reference)
        for id in ids.dropFirst(4_000) {
            #expect(custom.insert(id) == reference.insert(id).inserted)
        }
        #expect(custom.count == reference.count)
        for probe in ids.prefix(500) + (0..<500).map({ SpanID($0 &* 0x1234_5678_9ABC_DEF1) }) {
            #expect(custom.contains(probe) == reference.contains(probe))
        }
    }

    @Test("equal members make equal sets with equal hashes, whatever the order of insertion")
    func equality() {
        let ids = (1...200).map { SpanID(UInt64($0) &* 0xDEAD_BEEF) } + [SpanID(0)]
        let forward = SpanIDSet(ids)
        let backward = SpanIDSet(ids.reversed())
        #expect(forward == backward)
        #expect(forward.hashValue == backward.hashValue)
        #expect(forward != SpanIDSet(ids.dropLast()))
        var union: SpanIDSet = [SpanID(1)]
        union.formUnion(forward)
        #expect(union.count == forward.count + 1)
        #expect(SpanIDSet().isEmpty && !forward.isEmpty)
    }
}
