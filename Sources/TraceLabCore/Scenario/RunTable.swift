/// A list a simulation appends to and reads or changes in place, in memory it alone owns. It
/// cannot be copied, so unlike an array it never asks whether its storage is shared before an
/// append or a change: the simulation makes about a million of those in a run of 10,000
/// checkouts. Positions are checked as an array's are.
struct RunTable<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// How many elements the table holds.
    private(set) var count = 0

    /// An empty table.
    init() {
        capacity = 16
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Makes room for `minimum` elements in all.
    mutating func reserveCapacity(_ minimum: Int) {
        if minimum > capacity { reallocate(minimum) }
    }

    /// Adds `element` at the end.
    @inline(__always)
    mutating func append(_ element: Element) {
        makeRoom(for: 1)
        (base + count).initialize(to: element)
        count += 1
    }

    /// Adds `repeats` copies of `element` at the end.
    mutating func append(_ element: Element, repeats: Int) {
        makeRoom(for: repeats)
        (base + count).initialize(repeating: element, count: repeats)
        count += repeats
    }

    /// Grows, to twice the room or to what is needed if more, when `more` elements do not fit.
    @inline(__always)
    private mutating func makeRoom(for more: Int) {
        if count + more > capacity { reallocate(Swift.max(count + more, 2 * capacity)) }
    }

    /// Every element, moved into an array in order; the table is left empty.
    mutating func takeArray() -> [Element] {
        let moved = count
        let elements = [Element](unsafeUninitializedCapacity: moved) { buffer, initialized in
            if moved > 0 { buffer.baseAddress!.moveInitialize(from: base, count: moved) }
            initialized = moved
        }
        count = 0
        return elements
    }

    /// The element at `position`, which must be below ``count``.
    subscript(position: Int) -> Element {
        _read {
            precondition(position >= 0 && position < count, "position \(position) is out of range")
            yield base[position]
        }
        _modify {
            precondition(position >= 0 && position < count, "position \(position) is out of range")
            yield &base[position]
        }
    }

    private mutating func reallocate(_ newCapacity: Int) {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        HugePages.advise(larger + count, byteCount: (newCapacity - count) * MemoryLayout<Element>.stride)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity = newCapacity
    }
}
