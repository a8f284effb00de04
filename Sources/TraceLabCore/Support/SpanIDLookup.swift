/// A read-only copy of a set of span ids that answers `contains` without the standard
/// library's seeded hashing: span ids are random, so their own bits, mixed by one
/// multiplication, spread them over an open-addressed table. Asking it once per span of a big
/// run costs a few instructions instead of a full hash each time.
///
/// Ids that crowd the table (crafted to collide) make it give up and ask the original set,
/// so no input can make it slow.
struct SpanIDLookup {
    private let set: Set<SpanID>
    /// Each slot's id, or 0 (never a valid id) when empty; nil when the set itself is asked.
    private let slots: [UInt64]?
    private let shift: UInt64

    /// The longest run of occupied slots the table may have; any longer and it gives up, so no
    /// question walks further than this.
    private static let longestRun = 64

    /// A lookup answering exactly what `set.contains` answers.
    init(_ set: Set<SpanID>) {
        self.set = set
        var bits: UInt64 = 4
        while (1 << bits) < set.count * 2 { bits += 1 }
        shift = 64 - bits
        let mask = (1 << bits) - 1
        var table = [UInt64](repeating: 0, count: 1 << bits)
        var crowded = set.contains(SpanID(0))
        for id in set where !crowded {
            var slot = Self.slot(id.value, shift: shift)
            var probes = 0
            while table[slot] != 0, probes <= Self.longestRun {
                slot = (slot + 1) & mask
                probes += 1
            }
            crowded = probes > Self.longestRun
            if !crowded { table[slot] = id.value }
        }
        if !crowded { crowded = Self.longestOccupiedRun(table) > Self.longestRun }
        slots = crowded ? nil : table
    }

    /// True when the set holds `id`.
    func contains(_ id: SpanID) -> Bool {
        guard let slots else { return set.contains(id) }
        guard id.value != 0 else { return false }
        let mask = slots.count - 1
        var slot = Self.slot(id.value, shift: shift)
        while slots[slot] != 0 {
            if slots[slot] == id.value { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// The most occupied slots in a row, counting a run that wraps around the end.
    private static func longestOccupiedRun(_ table: [UInt64]) -> Int {
        var longest = 0
        var current = 0
        for value in table + table.prefix(longestRun + 1) {
            current = value == 0 ? 0 : current + 1
            longest = max(longest, current)
        }
        return longest
    }

    private static func slot(_ value: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
