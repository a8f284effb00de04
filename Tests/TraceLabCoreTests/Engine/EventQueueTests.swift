import Testing

@testable import TraceLabCore

@Suite("The event queue orders by instant, then rank, then scheduling order")
struct EventQueueTests {
    @Test("earlier instants first; ties by rank, then first scheduled first")
    func ordering() {
        var queue = EventQueue<String>()
        queue.schedule("timeout at 10", at: 10, rank: 2)
        queue.schedule("late", at: 30)
        queue.schedule("first at 10", at: 10)
        queue.schedule("answer at 10", at: 10, rank: 0)
        queue.schedule("second at 10", at: 10)
        queue.schedule("early", at: 5)
        var order: [String] = []
        while let next = queue.next() { order.append(next.payload) }
        #expect(order == ["early", "answer at 10", "first at 10", "second at 10", "timeout at 10", "late"])
    }

    @Test("a thousand shuffled events come out sorted")
    func heapProperty() {
        var generator = SplitMix64(seed: 3)
        var queue = EventQueue<Int>()
        for index in 0..<1000 { queue.schedule(index, at: generator.next() % 100) }
        var previous: (UInt64, Int) = (0, -1)
        var count = 0
        while let next = queue.next() {
            #expect((next.at, next.payload) > previous || next.at > previous.0)
            previous = (next.at, next.payload)
            count += 1
        }
        #expect(count == 1000)
    }
}
