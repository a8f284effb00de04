/// Trace ids numbered in the order they were first added, found again through an open-addressed
/// table hashed by one multiplication of the id's bits: trace ids are random, so a run's
/// hundred thousand lookups cost a few instructions each instead of a seeded hash.
///
/// Ids that crowd the table (crafted to collide) make it move every id into a dictionary and use
/// that from then on, so no input makes it slow. Two values are equal when they numbered the
/// same ids in the same order.
struct TracePositions: Hashable, Sendable {
    private struct Slot: Sendable {
        var id: TraceID
        /// The id's position, or -1 in an empty slot.
        var position: Int
    }

    /// Every id, at its position.
    private(set) var ids: [TraceID] = []
    /// A power of two long, at most half full; empty once ``fallback`` is used.
    private var slots: [Slot] = []
    /// Every id's position, once the table was crowded; nil until then.
    private var fallback: [TraceID: Int]?

    /// An empty numbering.
    init() {}

    /// Room for `capacity` ids without growing.
    mutating func reserveCapacity(_ capacity: Int) {
        ids.reserveCapacity(capacity)
        if fallback == nil, capacity * 2 > slots.count {
            rebuild(slotCount: OpenAddressing.slotCount(for: capacity))
        }
    }

    /// How many ids are numbered.
    var count: Int { ids.count }

    /// The position of `id`, if it was added.
    subscript(id: TraceID) -> Int? {
        if let fallback { return fallback[id] }
        guard !slots.isEmpty else { return nil }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Self.slot(id, slotCount: slots.count)
            while slots[slot].position >= 0 {
                if slots[slot].id == id { return slots[slot].position }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// The position of `id`, numbered next if it is new; `isNew` says which.
    mutating func insert(_ id: TraceID) -> (position: Int, isNew: Bool) {
        if fallback != nil { return insertIntoFallback(id) }
        if (ids.count + 1) * 2 > slots.count {
            rebuild(slotCount: OpenAddressing.slotCount(for: ids.count + 1))
            if fallback != nil { return insertIntoFallback(id) }
        }
        let mask = slots.count - 1
        let home = Self.slot(id, slotCount: slots.count)
        var slot = home
        var probed = 0
        while slots[slot].position >= 0 {
            if slots[slot].id == id { return (slots[slot].position, false) }
            slot = (slot + 1) & mask
            probed += 1
        }
        let position = ids.count
        slots[slot] = Slot(id: id, position: position)
        ids.append(id)
        let crowded = slots.withUnsafeBufferPointer { slots in
            OpenAddressing.isCrowded(
                placed: slot, home: home, probed: probed, slotCount: slots.count
            ) { slots[$0].position >= 0 }
        }
        if crowded { fallBack() }
        return (position, true)
    }

    static func == (left: TracePositions, right: TracePositions) -> Bool {
        left.ids == right.ids
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(ids)
    }

    private mutating func insertIntoFallback(_ id: TraceID) -> (position: Int, isNew: Bool) {
        if let known = fallback![id] { return (known, false) }
        fallback![id] = ids.count
        ids.append(id)
        return (ids.count - 1, true)
    }

    /// Numbers every id again in a table of `slotCount` slots, or in ``fallback`` if they crowd it.
    private mutating func rebuild(slotCount: Int) {
        var table = [Slot](repeating: Slot(id: TraceID(high: 0, low: 0), position: -1), count: slotCount)
        let mask = slotCount - 1
        for (position, id) in ids.enumerated() {
            var slot = Self.slot(id, slotCount: slotCount)
            while table[slot].position >= 0 { slot = (slot + 1) & mask }
            table[slot] = Slot(id: id, position: position)
        }
        guard !OpenAddressing.isCrowded(slotCount: slotCount, isOccupied: { table[$0].position >= 0 }) else {
            fallBack()
            return
        }
        slots = table
    }

    /// Moves every id into a dictionary, used from now on.
    private mutating func fallBack() {
        fallback = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        slots = []
    }

    private static func slot(_ id: TraceID, slotCount: Int) -> Int {
        OpenAddressing.slot(of: id.high &* 0xC2B2_AE3D_27D4_EB4F ^ id.low, slotCount: slotCount)
    }
}
