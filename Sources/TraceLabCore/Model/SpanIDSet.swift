/// A set of span ids, such as the spans a run sampled out. It answers and inserts without the
/// standard library's seeded hashing: span ids are random, so their own bits, mixed by one
/// multiplication, spread them over an open-addressed table, and a big sampled run, which asks
/// or adds one id per span, spends a few instructions on each instead of a full hash.
///
/// Ids that crowd the table (crafted to collide) make it move every member into a standard
/// `Set` and use that from then on, so no input makes it slow. Iteration order is unspecified
/// (but the same for the same insertions); equality and hashing ignore it.
public struct SpanIDSet: Hashable, Sendable, Sequence, ExpressibleByArrayLiteral {
    /// Each slot's id, or 0 (never a valid id) when empty; a power of two long. Empty once the
    /// set has fallen back to ``fallback``.
    private var slots: [UInt64] = []
    /// Whether the set holds the invalid id 0, which the table cannot.
    private var holdsZero = false
    /// Every member, once the table was crowded; nil until then.
    private var fallback: Set<SpanID>?
    /// How many ids the set holds.
    public private(set) var count = 0

    /// An empty set.
    public init() {}

    /// A set holding each id of `ids` once, filled in one pass and checked for crowding once.
    public init(_ ids: some Sequence<SpanID>) {
        let list = Array(ids)
        let zero = list.contains(SpanID(0))
        let placed = list.withUnsafeBufferPointer { list in
            list.withMemoryRebound(to: UInt64.self) { values in
                Self.table(of: values, slotCount: OpenAddressing.slotCount(for: values.count))
            }
        }
        guard let placed else {
            let members = Set(list)
            fallback = members
            count = members.count
            return
        }
        slots = placed.slots
        holdsZero = zero
        count = placed.count + (zero ? 1 : 0)
    }

    /// A set holding each listed id once.
    public init(arrayLiteral ids: SpanID...) {
        self.init(ids)
    }

    /// True when the set holds no id.
    public var isEmpty: Bool { count == 0 }

    /// Makes room for `capacity` ids without growing the table again.
    public mutating func reserveCapacity(_ capacity: Int) {
        guard fallback == nil, capacity * 2 > slots.count else { return }
        rebuild(slotCount: OpenAddressing.slotCount(for: capacity))
    }

    /// True when the set holds `id`.
    public func contains(_ id: SpanID) -> Bool {
        if let fallback { return fallback.contains(id) }
        guard id.value != 0 else { return holdsZero }
        guard !slots.isEmpty else { return false }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = OpenAddressing.slot(of: id.value, slotCount: slots.count)
            while slots[slot] != 0 {
                if slots[slot] == id.value { return true }
                slot = (slot + 1) & mask
            }
            return false
        }
    }

    /// Adds `id`; returns false when the set already held it.
    @discardableResult
    public mutating func insert(_ id: SpanID) -> Bool {
        if fallback != nil {
            let inserted = fallback!.insert(id).inserted
            if inserted { count += 1 }
            return inserted
        }
        guard id.value != 0 else {
            defer { holdsZero = true }
            if !holdsZero { count += 1 }
            return !holdsZero
        }
        if (count + 1) * 2 > slots.count { rebuild(slotCount: OpenAddressing.slotCount(for: count + 1)) }
        guard fallback == nil else { return insert(id) }
        let mask = slots.count - 1
        let home = OpenAddressing.slot(of: id.value, slotCount: slots.count)
        var slot = home
        var probed = 0
        while slots[slot] != 0 {
            if slots[slot] == id.value { return false }
            slot = (slot + 1) & mask
            probed += 1
        }
        slots[slot] = id.value
        count += 1
        let crowded = slots.withUnsafeBufferPointer { slots in
            OpenAddressing.isCrowded(
                placed: slot, home: home, probed: probed, slotCount: slots.count
            ) { slots[$0] != 0 }
        }
        if crowded { fallBack() }
        return true
    }

    /// Adds every id of `other`.
    public mutating func formUnion(_ other: SpanIDSet) {
        reserveCapacity(count + other.count)
        for id in other { insert(id) }
    }

    /// Iterates over the members in an unspecified order.
    public func makeIterator() -> AnyIterator<SpanID> {
        if let fallback { return AnyIterator(fallback.makeIterator()) }
        var zeroLeft = holdsZero
        var members = slots.lazy.filter { $0 != 0 }.map(SpanID.init).makeIterator()
        return AnyIterator {
            if zeroLeft {
                zeroLeft = false
                return SpanID(0)
            }
            return members.next()
        }
    }

    /// Two sets are equal when they hold the same ids.
    public static func == (left: SpanIDSet, right: SpanIDSet) -> Bool {
        left.count == right.count && left.allSatisfy { right.contains($0) }
    }

    /// Hashes the members without regard to order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        var mixed: UInt64 = 0
        for id in self { mixed ^= id.value &* 0x9E37_79B9_7F4A_7C15 }
        hasher.combine(mixed)
    }

    /// Moves the members into a table of `slotCount` slots, or into ``fallback`` if they crowd it.
    private mutating func rebuild(slotCount: Int) {
        let placed = slots.withUnsafeBufferPointer { Self.table(of: $0, slotCount: slotCount) }
        guard let placed else {
            fallBack()
            return
        }
        slots = placed.slots
    }

    /// A table of `slotCount` slots holding each of `values` but 0 once, and how many it holds;
    /// nil when they crowd it (an id walks past ``OpenAddressing/longestRun`` slots, or a run of
    /// occupied slots is longer than that). The values are read from plain memory, so the loop
    /// is the same whether they come from a list of ids or from an older table.
    private static func table(
        of values: UnsafeBufferPointer<UInt64>, slotCount: Int
    ) -> (slots: [UInt64], count: Int)? {
        var table = [UInt64](repeating: 0, count: slotCount)
        var count = 0
        let crowded = table.withUnsafeMutableBufferPointer { table -> Bool in
            let mask = slotCount - 1
            for value in values where value != 0 {
                var slot = OpenAddressing.slot(of: value, slotCount: slotCount)
                var probed = 0
                while table[slot] != 0, table[slot] != value {
                    slot = (slot + 1) & mask
                    probed += 1
                    if probed > OpenAddressing.longestRun { return true }
                }
                if table[slot] == 0 {
                    table[slot] = value
                    count += 1
                }
            }
            return OpenAddressing.isCrowded(slotCount: slotCount) { table[$0] != 0 }
        }
        return crowded ? nil : (table, count)
    }

    /// Moves every member into a standard `Set`, used from now on.
    private mutating func fallBack() {
        var members = Set(slots.lazy.filter { $0 != 0 }.map(SpanID.init))
        if holdsZero { members.insert(SpanID(0)) }
        fallback = members
        slots = []
    }

}
