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

    /// Schedules events as a simulation does (an advancing clock, fixed and random delays, three
    /// ranks) through lanes and through the heap alike, and expects the order of a sort by
    /// instant, rank and scheduling order.
    @Test("lanes change no order", arguments: [1, 5, 40])
    func lanesKeepTheOrder(distinctDelays: Int) {
        var generator = SplitMix64(seed: UInt64(distinctDelays))
        var queue = EventQueue<Int>()
        var expected: [(at: UInt64, rank: UInt8, order: Int)] = []
        var now: UInt64 = 0
        var taken: [Int] = []
        for order in 0..<5000 {
            let delay = generator.next() % UInt64(distinctDelays) * 3
            let rank = UInt8(generator.next() % 3)
            let way = generator.next() % 4
            // Way 1 schedules in a lane an event later than its delay says: it must still come in order.
            let at = now + delay + (way == 1 ? generator.next() % 7 : 0)
            switch way {
            case 0: queue.schedule(order, at: at, rank: rank)
            default: queue.schedule(order, at: at, rank: rank, afterDelay: delay)
            }
            expected.append((at, rank, order))
            if generator.next() % 3 == 0, let next = queue.next() {
                now = next.at
                taken.append(next.payload)
            }
        }
        while let next = queue.next() { taken.append(next.payload) }
        #expect(taken.count == expected.count)
        // Popping while scheduling: each taken event must be the earliest of those then waiting,
        // so replaying the pops against a sorted reference gives the same sequence.
        var waiting: [(at: UInt64, rank: UInt8, order: Int)] = []
        var replayed: [Int] = []
        var scheduledSoFar = 0
        var generatorAgain = SplitMix64(seed: UInt64(distinctDelays))
        for order in 0..<5000 {
            _ = generatorAgain.next()
            _ = generatorAgain.next()
            let lane = generatorAgain.next() % 4
            if lane == 1 { _ = generatorAgain.next() }
            waiting.append(expected[order])
            scheduledSoFar += 1
            if generatorAgain.next() % 3 == 0, !waiting.isEmpty {
                let earliest = waiting.indices.min {
                    (waiting[$0].at, waiting[$0].rank, waiting[$0].order) < (
                        waiting[$1].at, waiting[$1].rank, waiting[$1].order
                    )
                }!
                replayed.append(waiting.remove(at: earliest).order)
            }
        }
        replayed += waiting.sorted { ($0.at, $0.rank, $0.order) < ($1.at, $1.rank, $1.order) }.map(\.order)
        #expect(taken == replayed)
        let emptied = queue.isEmpty
        #expect(emptied)
    }

    @Test("a lane that wraps around its ring and grows keeps first-in first-out order")
    func laneWrapsAndGrows() {
        var queue = EventQueue<Int>()
        var now: UInt64 = 0
        var taken: [Int] = []
        for order in 0..<100 { queue.schedule(order, at: now + 5, afterDelay: 5) }
        for _ in 0..<50 {
            let next = queue.next()!
            now = next.at
            taken.append(next.payload)
        }
        for order in 100..<400 {
            now += 1
            queue.schedule(order, at: now + 5, afterDelay: 5)
        }
        while let next = queue.next() { taken.append(next.payload) }
        #expect(taken == Array(0..<400))
        let emptied = queue.isEmpty
        #expect(emptied)
    }

    /// A payload that says when it is freed.
    final class Payload {
        let freed: () -> Void
        init(freed: @escaping () -> Void) { self.freed = freed }
        deinit { freed() }
    }

    @Test("events still waiting are freed with the queue, in lanes and in the heap alike")
    func waitingEventsAreFreed() {
        var freed = 0
        do {
            var queue = EventQueue<Payload>()
            for index in 0..<200 {
                let payload = Payload { freed += 1 }
                if index % 2 == 0 {
                    queue.schedule(payload, at: UInt64(index) + 3, afterDelay: 3)
                } else {
                    queue.schedule(payload, at: UInt64(index) * 7 % 50)
                }
            }
            for _ in 0..<30 { _ = queue.next() }
            #expect(freed == 30)
        }
        #expect(freed == 200)
    }

    @Test("an event due at an instant is seen whether it waits in a lane or in the heap")
    func hasEventAtAnInstant() {
        var queue = EventQueue<Int>()
        var seen: [Bool] = [queue.hasEvent(at: 0)]
        queue.schedule(1, at: 20, afterDelay: 20)
        seen += [queue.hasEvent(at: 20), queue.hasEvent(at: 10)]
        queue.schedule(2, at: 10)
        seen.append(queue.hasEvent(at: 10))
        _ = queue.next()
        seen += [queue.hasEvent(at: 10), queue.hasEvent(at: 20)]
        queue.schedule(3, at: 20, rank: 0, afterDelay: 0)
        seen.append(queue.hasEvent(at: 20))
        while queue.next() != nil {}
        seen.append(queue.hasEvent(at: 20))
        #expect(seen == [false, true, false, true, false, true, true, false])
    }
}
