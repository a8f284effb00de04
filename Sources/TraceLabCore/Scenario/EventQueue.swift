/// The simulation's agenda: a binary min-heap of events ordered by instant, then by rank (at
/// one instant an answer arrives before a timeout fires), then by the order they were scheduled,
/// so equal instants always resolve the same way.
struct EventQueue<Payload> {
    private struct Entry {
        let at: UInt64
        let rank: UInt8
        let order: UInt64
        let payload: Payload

        func precedes(_ other: Entry) -> Bool {
            (at, rank, order) < (other.at, other.rank, other.order)
        }
    }

    private var heap: [Entry] = []
    private var scheduled: UInt64 = 0

    /// True when nothing is scheduled.
    var isEmpty: Bool { heap.isEmpty }

    /// How many events are waiting.
    var count: Int { heap.count }

    /// Schedules `payload` at `at`; a lower `rank` goes first among events at the same instant.
    mutating func schedule(_ payload: Payload, at: UInt64, rank: UInt8 = 1) {
        heap.append(Entry(at: at, rank: rank, order: scheduled, payload: payload))
        scheduled += 1
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the earliest event with its instant.
    mutating func next() -> (at: UInt64, payload: Payload)? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let first = heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            guard left < heap.count else { break }
            var smallest = left
            if left + 1 < heap.count, heap[left + 1].precedes(heap[left]) { smallest = left + 1 }
            guard heap[smallest].precedes(heap[parent]) else { break }
            heap.swapAt(smallest, parent)
            parent = smallest
        }
        return (first.at, first.payload)
    }
}
