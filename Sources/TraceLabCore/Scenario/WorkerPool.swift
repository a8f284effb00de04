/// A service's workers: at most `capacity` invocations at once (nil: no limit), and a
/// first-in, first-out line of what waits for one.
struct WorkerPool {
    /// Something waiting for a worker.
    enum Waiting {
        /// A server invocation whose span has started.
        case invocation(Int)
        /// A delivered message whose consumer has not started.
        case message(Int)
    }

    let capacity: Int?
    private(set) var busy = 0
    private var line: [Waiting] = []
    private var head = 0

    init(capacity: Int?) {
        self.capacity = capacity
    }

    /// Takes a worker if one is free.
    mutating func acquire() -> Bool {
        if let capacity, busy >= capacity { return false }
        busy += 1
        return true
    }

    /// Joins the end of the line.
    mutating func wait(_ waiting: Waiting) {
        line.append(waiting)
    }

    /// Gives a worker back; returns what was first in line, now holding that worker, if anything waited.
    mutating func release() -> Waiting? {
        guard head < line.count else {
            busy -= 1
            return nil
        }
        let next = line[head]
        head += 1
        if head > 1024, head * 2 > line.count {
            line.removeFirst(head)
            head = 0
        }
        return next
    }

    /// How many wait in line.
    var waiting: Int { line.count - head }
}
