/// Each span's children as positions in its trace's start-ordered span array, kept in one flat
/// buffer so walks over a large trace follow integers instead of hashing span ids.
struct ChildPositions: Hashable, Sendable {
    /// The first `spanCount` entries: where each span's children end in the rest (they start
    /// where the previous span's end); then every span's children, grouped by parent. One list,
    /// so a trace costs one allocation for it.
    private let storage: [Int]
    private let spanCount: Int

    /// Groups `childParents`, pairs of (child position, parent position) listed in start order,
    /// by parent; each parent's children keep that order.
    init(spanCount: Int, childParents: UnsafeBufferPointer<(child: Int, parent: Int)>) {
        self.spanCount = spanCount
        storage = [Int](unsafeUninitializedCapacity: spanCount + childParents.count) { buffer, initialized in
            let ends = UnsafeMutableBufferPointer(rebasing: buffer[0..<spanCount])
            ends.initialize(repeating: 0)
            for pair in childParents {
                ends[pair.parent] += 1
            }
            // Each parent's count becomes where its children start...
            var start = spanCount
            for parent in 0..<spanCount {
                let count = ends[parent]
                ends[parent] = start
                start += count
            }
            // ...and, once they are placed, where they end.
            for pair in childParents {
                (buffer.baseAddress! + ends[pair.parent]).initialize(to: pair.child)
                ends[pair.parent] += 1
            }
            initialized = spanCount + childParents.count
        }
    }

    /// The children of the span at `parent`, in start order.
    subscript(parent: Int) -> ArraySlice<Int> {
        storage[(parent == 0 ? spanCount : storage[parent - 1])..<storage[parent]]
    }
}
