/// What ``SpanIDSet`` and ``TracePositions`` share: tables of random ids, at most half full,
/// where an id's slot is picked by one multiplication and a taken slot sends it to the next
/// one. A table whose occupied slots run longer than ``longestRun`` in a row is crowded (the ids
/// were crafted to collide), and its owner falls back to a standard hashed collection.
enum OpenAddressing {
    /// The longest run of occupied slots a table may have: no lookup walks further.
    static let longestRun = 64

    /// A power of two at least twice `capacity`, and at least 16.
    static func slotCount(for capacity: Int) -> Int {
        var count = 16
        while count < capacity * 2 { count *= 2 }
        return count
    }

    /// The slot of an id whose bits are `bits`, in a table of `slotCount` (a power of two) slots.
    static func slot(of bits: UInt64, slotCount: Int) -> Int {
        // The product's top bits depend on every bit of the id.
        Int(
            truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slotCount.trailingZeroBitCount)
        )
    }

    /// True when the occupied run around `placed`, an id's new slot reached from `home` in
    /// `probed` steps, is longer than ``longestRun``: the caller must fall back.
    static func isCrowded(
        placed: Int, home: Int, probed: Int, slotCount: Int, isOccupied: (Int) -> Bool
    ) -> Bool {
        let mask = slotCount - 1
        var run = probed + 1
        var after = (placed + 1) & mask
        while isOccupied(after), run <= longestRun {
            run += 1
            after = (after + 1) & mask
        }
        var before = (home &- 1) & mask
        while isOccupied(before), run <= longestRun {
            run += 1
            before = (before &- 1) & mask
        }
        return run > longestRun
    }

    /// True when a table of `slotCount` slots has more than ``longestRun`` occupied slots in a
    /// row anywhere, counting a run that wraps around its end.
    static func isCrowded(slotCount: Int, isOccupied: (Int) -> Bool) -> Bool {
        var current = 0
        for index in 0..<(slotCount + longestRun + 1) {
            current = isOccupied(index & (slotCount - 1)) ? current + 1 : 0
            if current > longestRun { return true }
        }
        return false
    }
}
