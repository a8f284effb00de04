/// The simulation's agenda: events ordered by instant, then by rank (at one instant an answer
/// arrives before a timeout fires), then by the order they were scheduled, so equal instants
/// always resolve the same way.
///
/// Most events come a fixed delay after they are scheduled (a network hop, one call's timeout):
/// such events, scheduled in a lane of their own, arrive in the order they were scheduled, so a
/// lane is a first-in first-out ring that needs no sorting. An event that would break its lane's
/// order, and every event without a lane, goes in a min-heap with four children per entry (half
/// as many levels as two, the children side by side in memory). The heads of the lanes that hold
/// events are kept sorted, latest first (there are at most ``laneLimit``), and the next event is
/// the earlier of the last head and the heap's top, so lanes change no order. Latest first, the
/// commonest change costs nothing to make: an event for the current instant (a lane of delay 0)
/// becomes the earliest head at the end of the list and leaves it from there.
///
/// Not copyable: the lanes are memory the queue owns and frees.
struct EventQueue<Payload>: ~Copyable {
    private struct Entry: AgendaOrdered {
        let at: UInt64
        /// The rank in the top 8 bits, the scheduling order below: one comparison for both.
        let tieBreak: UInt64
        let payload: Payload
    }

    /// One lane's events in order, in a ring of `mask + 1` entries starting at `first`.
    private struct Lane {
        let delay: UInt64
        let rank: UInt8
        var entries: UnsafeMutablePointer<Entry>
        var mask: Int
        var first = 0
        var count = 0
        /// The newest event's place in the order, which a new one must follow to join the lane.
        var last = Place(at: 0, tieBreak: 0)
    }

    /// What a lane lookup found for a delay and rank: a lane number, ``LaneSlot/noLane`` when every
    /// lane holds other delays, or ``LaneSlot/empty`` for a slot never used.
    private struct LaneSlot {
        static var noLane: Int { -1 }
        static var empty: Int { -2 }
        var delay: UInt64 = 0
        var rank: UInt8 = 0
        var lane = LaneSlot.empty
    }

    /// An event's place in the order, without its payload.
    private struct Place: AgendaOrdered {
        let at: UInt64
        let tieBreak: UInt64
    }

    /// The first event of a lane that holds any: its place, copied out of the lane so that
    /// ordering the lanes reads nothing else.
    private struct LaneHead: AgendaOrdered {
        let at: UInt64
        let tieBreak: UInt64
        let lane: Int
    }

    /// At most this many lanes: a lane's new head is put in order among all of theirs.
    static var laneLimit: Int { 12 }
    /// A new lane's room, doubled whenever it fills.
    private static var laneCapacity: Int { 64 }
    private static var slotCount: Int { 64 }

    private var heap: [Entry] = []
    private let lanes: UnsafeMutablePointer<Lane>
    private var laneCount = 0
    /// The last lane lookups, by a hash of their delay and rank: most schedules find their lane,
    /// or that it has none, in one probe instead of comparing every lane's key.
    private let laneSlots: UnsafeMutablePointer<LaneSlot>
    /// The head of every lane that holds events, latest first: the earliest is the last.
    private let heads: UnsafeMutablePointer<LaneHead>
    private var headCount = 0
    private var scheduled: UInt64 = 0

    /// An empty queue.
    init() {
        lanes = .allocate(capacity: Self.laneLimit)
        laneSlots = .allocate(capacity: Self.slotCount)
        laneSlots.initialize(repeating: LaneSlot(), count: Self.slotCount)
        heads = .allocate(capacity: Self.laneLimit)
    }

    deinit {
        for index in 0..<laneCount {
            let lane = lanes[index]
            for offset in 0..<lane.count {
                (lane.entries + ((lane.first + offset) & lane.mask)).deinitialize(count: 1)
            }
            lane.entries.deallocate()
        }
        lanes.deinitialize(count: laneCount)
        lanes.deallocate()
        laneSlots.deinitialize(count: Self.slotCount)
        laneSlots.deallocate()
        heads.deallocate()
    }

    /// True when nothing is scheduled.
    var isEmpty: Bool { heap.isEmpty && headCount == 0 }

    /// True when an event is scheduled at `instant`, which must not be after the earliest one.
    func hasEvent(at instant: UInt64) -> Bool {
        if headCount > 0, heads[headCount - 1].at == instant { return true }
        return heap.first?.at == instant
    }

    /// Makes room for `count` events at once without growing the heap again.
    mutating func reserveCapacity(_ count: Int) {
        heap.reserveCapacity(count)
    }

    /// Sets aside the first `count` places in the scheduling order, for events scheduled later
    /// with ``schedule(_:at:reservedPlace:)`` that must tie-break as if scheduled now.
    mutating func reservePlaces(_ count: Int) {
        scheduled += UInt64(count)
    }

    /// Schedules `payload` at `at` with rank 1, taking place `place` of those set aside.
    mutating func schedule(_ payload: Payload, at: UInt64, reservedPlace place: Int) {
        insert(Entry(at: at, tieBreak: 1 << 56 | UInt64(place), payload: payload))
    }

    /// Schedules `payload` at `at`; a lower `rank` goes first among events at the same instant.
    mutating func schedule(_ payload: Payload, at: UInt64, rank: UInt8 = 1) {
        insert(Entry(at: at, tieBreak: UInt64(rank) << 56 | scheduled, payload: payload))
        scheduled += 1
    }

    /// Schedules `payload` at `at`, which is `delay` after the instant it is scheduled at, as
    /// ``schedule(_:at:rank:)`` does: events with the same delay and rank share a lane (up to
    /// ``laneLimit`` lanes), and any that would break their lane's order go in the heap.
    mutating func schedule(_ payload: Payload, at: UInt64, rank: UInt8 = 1, afterDelay delay: UInt64) {
        let place = Place(at: at, tieBreak: UInt64(rank) << 56 | scheduled)
        scheduled += 1
        guard at != .max, let index = lane(delay: delay, rank: rank) else {
            insert(Entry(at: place.at, tieBreak: place.tieBreak, payload: payload))
            return
        }
        let lane = lanes + index
        if lane.pointee.count > 0, place.precedes(lane.pointee.last) {
            insert(Entry(at: place.at, tieBreak: place.tieBreak, payload: payload))
            return
        }
        if lane.pointee.count > lane.pointee.mask { grow(lane) }
        let end = (lane.pointee.first + lane.pointee.count) & lane.pointee.mask
        (lane.pointee.entries + end).initialize(
            to: Entry(at: place.at, tieBreak: place.tieBreak, payload: payload))
        lane.pointee.count += 1
        lane.pointee.last = place
        if lane.pointee.count == 1 { addHead(LaneHead(at: place.at, tieBreak: place.tieBreak, lane: index)) }
    }

    /// The lane of events `delay` after their scheduling with `rank`, made on first use; nil
    /// once ``laneLimit`` lanes hold other delays.
    @inline(__always)
    private mutating func lane(delay: UInt64, rank: UInt8) -> Int? {
        let slot =
            laneSlots + Int(truncatingIfNeeded: ((delay ^ UInt64(rank) << 56) &* 0x9E37_79B9_7F4A_7C15) >> 58)
        if slot.pointee.lane != LaneSlot.empty, slot.pointee.delay == delay, slot.pointee.rank == rank {
            return slot.pointee.lane == LaneSlot.noLane ? nil : slot.pointee.lane
        }
        let found = findOrMakeLane(delay: delay, rank: rank)
        slot.pointee = LaneSlot(delay: delay, rank: rank, lane: found ?? LaneSlot.noLane)
        return found
    }

    /// The lane of `delay` and `rank` among all of them, made when there is room.
    private mutating func findOrMakeLane(delay: UInt64, rank: UInt8) -> Int? {
        for index in 0..<laneCount where lanes[index].delay == delay && lanes[index].rank == rank {
            return index
        }
        guard laneCount < Self.laneLimit else { return nil }
        (lanes + laneCount).initialize(
            to: Lane(
                delay: delay, rank: rank, entries: .allocate(capacity: Self.laneCapacity),
                mask: Self.laneCapacity - 1))
        laneCount += 1
        return laneCount - 1
    }

    /// Moves a full lane's events, in order, into a ring twice as large.
    private mutating func grow(_ lane: UnsafeMutablePointer<Lane>) {
        let capacity = 2 * (lane.pointee.mask + 1)
        let larger = UnsafeMutablePointer<Entry>.allocate(capacity: capacity)
        for offset in 0..<lane.pointee.count {
            (larger + offset).moveInitialize(
                from: lane.pointee.entries + ((lane.pointee.first + offset) & lane.pointee.mask), count: 1)
        }
        lane.pointee.entries.deallocate()
        lane.pointee.entries = larger
        lane.pointee.mask = capacity - 1
        lane.pointee.first = 0
    }

    private mutating func insert(_ entry: Entry) {
        heap.append(entry)
        heap.withUnsafeMutableBufferPointer { heap in
            var hole = heap.count - 1
            while hole > 0 {
                let parent = (hole - 1) / 4
                guard entry.precedes(heap[parent]) else { break }
                heap[hole] = heap[parent]
                hole = parent
            }
            heap[hole] = entry
        }
    }

    /// Removes and returns the earliest event with its instant.
    mutating func next() -> (at: UInt64, payload: Payload)? {
        guard headCount > 0 else { return popHeap() }
        let first = heads[headCount - 1]
        if let top = heap.first, top.precedes(first) { return popHeap() }
        let lane = lanes + first.lane
        let entry = (lane.pointee.entries + lane.pointee.first).move()
        lane.pointee.first = (lane.pointee.first + 1) & lane.pointee.mask
        lane.pointee.count -= 1
        if lane.pointee.count == 0 {
            dropFirstHead()
        } else {
            let head = lane.pointee.entries + lane.pointee.first
            replaceFirstHead(LaneHead(at: head.pointee.at, tieBreak: head.pointee.tieBreak, lane: first.lane))
        }
        return (entry.at, entry.payload)
    }

    /// Puts the head of a lane that has just received its first event in its place among the heads,
    /// searching from the earliest end.
    private mutating func addHead(_ head: LaneHead) {
        var hole = headCount
        headCount += 1
        while hole > 0, heads[hole - 1].precedes(head) {
            heads[hole] = heads[hole - 1]
            hole -= 1
        }
        heads[hole] = head
    }

    /// Puts `head` in place of the earliest head, moving it toward the latest to its place.
    @inline(__always)
    private mutating func replaceFirstHead(_ head: LaneHead) {
        var hole = headCount - 1
        while hole > 0, heads[hole - 1].precedes(head) {
            heads[hole] = heads[hole - 1]
            hole -= 1
        }
        heads[hole] = head
    }

    /// Removes the earliest head: its lane has no more events.
    private mutating func dropFirstHead() {
        headCount -= 1
    }

    /// Removes and returns the heap's earliest event.
    private mutating func popHeap() -> (at: UInt64, payload: Payload)? {
        guard let last = heap.popLast() else { return nil }
        guard !heap.isEmpty else { return (last.at, last.payload) }
        return heap.withUnsafeMutableBufferPointer { heap in
            let earliest = heap[0]
            // Move the smallest child up into the hole until `last` fits there.
            let count = heap.count
            var hole = 0
            while true {
                let eldest = 4 * hole + 1
                guard eldest < count else { break }
                var child = eldest
                for other in (eldest + 1)..<min(eldest + 4, count) where heap[other].precedes(heap[child]) {
                    child = other
                }
                guard heap[child].precedes(last) else { break }
                heap[hole] = heap[child]
                hole = child
            }
            heap[hole] = last
            return (earliest.at, earliest.payload)
        }
    }
}

/// A place in the agenda's order: by instant, then by tie-break.
private protocol AgendaOrdered {
    var at: UInt64 { get }
    var tieBreak: UInt64 { get }
}

extension AgendaOrdered {
    /// True when this comes before `other`.
    func precedes(_ other: some AgendaOrdered) -> Bool {
        at < other.at || (at == other.at && tieBreak < other.tieBreak)
    }
}
