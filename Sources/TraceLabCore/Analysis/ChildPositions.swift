/// Each span's children as positions in its trace's start-ordered span array, kept in one flat
/// buffer so walks over a large trace follow integers instead of hashing span ids.
struct ChildPositions: Hashable, Sendable {
    /// `positions[starts[p]..<starts[p + 1]]` are the children of the span at position `p`.
    private let starts: [Int]
    private let positions: [Int]

    /// Groups `childParents`, pairs of (child position, parent position) listed in start order,
    /// by parent; each parent's children keep that order.
    init(spanCount: Int, childParents: [(child: Int, parent: Int)]) {
        var starts = [Int](repeating: 0, count: spanCount + 1)
        for pair in childParents {
            starts[pair.parent + 1] += 1
        }
        for position in 0..<spanCount {
            starts[position + 1] += starts[position]
        }
        var next = starts
        var positions = [Int](repeating: 0, count: childParents.count)
        for pair in childParents {
            positions[next[pair.parent]] = pair.child
            next[pair.parent] += 1
        }
        self.starts = starts
        self.positions = positions
    }

    /// The children of the span at `parent`, in start order.
    subscript(parent: Int) -> ArraySlice<Int> {
        positions[starts[parent]..<starts[parent + 1]]
    }
}
