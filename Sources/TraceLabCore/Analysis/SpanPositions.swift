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
        for index in spans.indices where wanted.contains(spans[index].spanID) {
            if positions[spans[index].spanID] == nil { positions[spans[index].spanID] = index }
        }
        self.positions = positions
    }

    /// The position of the span with `id`, if it was wanted and is in the run.
    subscript(id: SpanID) -> Int? { positions[id] }
}
