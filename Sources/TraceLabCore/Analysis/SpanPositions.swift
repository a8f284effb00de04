/// Where each span id sits in a run's span list (the first span, when an id repeats), built
/// in one pass over the spans that matter: looking spans up through it copies none of them.
struct SpanPositions {
    private let positions: [SpanID: Int]

    /// The positions in `spans` of every span whose id is in `wanted`.
    init(_ spans: [RecordedSpan], wanted: Set<SpanID>) {
        var positions: [SpanID: Int] = [:]
        positions.reserveCapacity(wanted.count)
        guard !wanted.isEmpty else {
            self.positions = positions
            return
        }
        // A few ids (one request's message crossings) are found faster by comparing than by hashing.
        let few = wanted.count <= Self.mostCompared ? Array(wanted) : []
        for index in spans.indices {
            let id = spans[index].spanID
            guard few.isEmpty ? wanted.contains(id) : few.contains(id) else { continue }
            if positions[id] == nil { positions[id] = index }
        }
        self.positions = positions
    }

    /// Up to this many wanted ids, each span's id is compared with them rather than hashed.
    private static let mostCompared = 8

    /// The position of the span with `id`, if it was wanted and is in the run.
    subscript(id: SpanID) -> Int? { positions[id] }
}
