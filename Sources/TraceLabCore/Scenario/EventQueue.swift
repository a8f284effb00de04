/// The simulation's agenda: a min-heap of events ordered by instant, then by rank (at
/// one instant an answer arrives before a timeout fires), then by the order they were scheduled,
/// so equal instants always resolve the same way. Each entry has four children rather than two:
/// half as many levels, and the children to compare sit side by side in memory.
struct EventQueue<Payload> {
    private struct Entry {
        let at: UInt64
        /// The rank in the top 8 bits, the scheduling order below: one comparison for both.
        let tieBreak: UInt64
        let payload: Payload

        func precedes(_ other: Entry) -> Bool {
            at < other.at || (at == other.at && tieBreak < other.tieBreak)
        }
    }

    private var heap: [Entry] = []
    private var scheduled: UInt64 = 0

    /// True when nothing is scheduled.
    var isEmpty: Bool { heap.isEmpty }

    /// How many events are waiting.
    var count: Int { heap.count }

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

    private mutating func insert(_ entry: Entry) {
        // Move parents down into the hole until the new entry's place is found.
        heap.append(entry)
        var hole = heap.count - 1
        while hole > 0 {
            let parent = (hole - 1) / 4
            guard entry.precedes(heap[parent]) else { break }
            heap[hole] = heap[parent]
            hole = parent
        }
        heap[hole] = entry
    }

    /// Removes and returns the earliest event with its instant.
    mutating func next() -> (at: UInt64, payload: Payload)? {
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
