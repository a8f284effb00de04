/// The simulation's agenda: events ordered by instant, then by rank (at one instant an answer
/// arrives before a timeout fires), then by the order they were scheduled, so equal instants
/// always resolve the same way.
///
/// Most events come a fixed delay after they are scheduled (a network hop, one call's timeout):
/// such events, scheduled in a lane of their own, arrive in the order they were scheduled, so a
/// lane is a first-in first-out list that needs no sorting. An event that would break its
/// lane's order, and every event without a lane, goes in a min-heap with four children per
/// entry (half as many levels as two, the children side by side in memory). The lanes that hold
/// events are themselves kept in a small binary heap by their heads, and the next event is the
/// earlier of the two heaps' tops, so lanes change no order.
struct EventQueue<Payload> {
    private struct Entry: AgendaOrdered {
        let at: UInt64
        /// The rank in the top 8 bits, the scheduling order below: one comparison for both.
        let tieBreak: UInt64
        let payload: Payload
    }

    /// One lane's events in order; those before `head` have been taken.
    private struct Lane {
        var entries: [Entry] = []
        var head = 0
    }

    /// The first event of a lane that holds any: its instant and tie-break, copied out of the
    /// lane so that ordering the lanes reads nothing else.
    private struct LaneHead: AgendaOrdered {
        let at: UInt64
        let tieBreak: UInt64
        let lane: Int
    }

    private var heap: [Entry] = []
    private var lanes: [Lane] = []
    /// The delay and rank of each lane's events.
    private var laneKeys: [(delay: UInt64, rank: UInt8)] = []
    /// Lane numbers plus one by a hash of their delay and rank, 0 for none: most schedules find
    /// their lane here in one probe instead of comparing every lane's key.
    private var laneSlots = [Int](repeating: 0, count: 32)
    /// The head of every lane that holds events, as a binary min-heap.
    private var laneOrder: [LaneHead] = []
    private var scheduled: UInt64 = 0

    /// True when nothing is scheduled.
    var isEmpty: Bool { heap.isEmpty && laneOrder.isEmpty }

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
        let entry = Entry(at: at, tieBreak: UInt64(rank) << 56 | scheduled, payload: payload)
        scheduled += 1
        guard at != .max, let lane = lane(delay: delay, rank: rank) else {
            insert(entry)
            return
        }
        if lanes[lane].head < lanes[lane].entries.count, let last = lanes[lane].entries.last,
            entry.precedes(last)
        {
            insert(entry)
            return
        }
        if lanes[lane].head == lanes[lane].entries.count {
            pushLane(LaneHead(at: at, tieBreak: entry.tieBreak, lane: lane))
        }
        lanes[lane].entries.append(entry)
    }

    /// At most this many lanes: the search for the next event reads every lane's head.
    static var laneLimit: Int { 12 }

    /// The lane of events `delay` after their scheduling with `rank`, made on first use; nil
    /// once ``laneLimit`` lanes hold other delays.
    private mutating func lane(delay: UInt64, rank: UInt8) -> Int? {
        let slot = Int(truncatingIfNeeded: ((delay ^ UInt64(rank) << 56) &* 0x9E37_79B9_7F4A_7C15) >> 59)
        let cached = laneSlots[slot] - 1
        if cached >= 0, laneKeys[cached].delay == delay, laneKeys[cached].rank == rank { return cached }
        for lane in laneKeys.indices where laneKeys[lane].delay == delay && laneKeys[lane].rank == rank {
            laneSlots[slot] = lane + 1
            return lane
        }
        guard laneKeys.count < Self.laneLimit else { return nil }
        laneKeys.append((delay, rank))
        lanes.append(Lane())
        laneSlots[slot] = lanes.count
        return lanes.count - 1
    }

    private mutating func insert(_ entry: Entry) {
        Self.push(entry, onto: &heap, children: 4) { $0.precedes($1) }
    }

    /// Adds `element` to `heap`, a min-heap where each entry has `children` children: parents
    /// move down into the hole until the new element's place is found.
    private static func push<Element>(
        _ element: Element, onto heap: inout [Element], children: Int, precedes: (Element, Element) -> Bool
    ) {
        heap.append(element)
        heap.withUnsafeMutableBufferPointer { heap in
            var hole = heap.count - 1
            while hole > 0 {
                let parent = (hole - 1) / children
                guard precedes(element, heap[parent]) else { break }
                heap[hole] = heap[parent]
                hole = parent
            }
            heap[hole] = element
        }
    }

    /// Removes and returns the earliest event with its instant.
    mutating func next() -> (at: UInt64, payload: Payload)? {
        guard let first = laneOrder.first else { return popHeap() }
        if let top = heap.first, top.precedes(first) { return popHeap() }
        let lane = first.lane
        let payload = lanes[lane].entries[lanes[lane].head].payload
        lanes[lane].head += 1
        if lanes[lane].head == lanes[lane].entries.count {
            lanes[lane].entries.removeAll(keepingCapacity: true)
            lanes[lane].head = 0
            let last = laneOrder.removeLast()
            if !laneOrder.isEmpty { siftLaneDown(last) }
        } else {
            if lanes[lane].head >= 4096, lanes[lane].head * 2 >= lanes[lane].entries.count {
                lanes[lane].entries.removeFirst(lanes[lane].head)
                lanes[lane].head = 0
            }
            let head = lanes[lane].entries[lanes[lane].head]
            siftLaneDown(LaneHead(at: head.at, tieBreak: head.tieBreak, lane: lane))
        }
        return (first.at, payload)
    }

    /// Adds the head of a lane that has just received its first event to the lanes' heap.
    private mutating func pushLane(_ head: LaneHead) {
        Self.push(head, onto: &laneOrder, children: 2) { $0.precedes($1) }
    }

    /// Puts `head` at the top of the lanes' heap, in place of the top, and moves it down to its place.
    private mutating func siftLaneDown(_ head: LaneHead) {
        laneOrder.withUnsafeMutableBufferPointer { order in
            var hole = 0
            while true {
                var child = 2 * hole + 1
                guard child < order.count else { break }
                if child + 1 < order.count, order[child + 1].precedes(order[child]) { child += 1 }
                guard order[child].precedes(head) else { break }
                order[hole] = order[child]
                hole = child
            }
            order[hole] = head
        }
    }

    /// Removes and returns the heap's earliest event.
    private mutating func popHeap() -> (at: UInt64, payload: Payload)? {
        guard let last = heap.popLast() else { return nil }
        guard !heap.isEmpty else { return (last.at, last.payload) }
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
