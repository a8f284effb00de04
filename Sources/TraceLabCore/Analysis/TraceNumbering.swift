/// Which trace each span of a list is in: a position among the list's trace ids, numbered in the
/// order each id first appears. Trace assembly, the tail-sampling collector and the sampling
/// report group spans by it.
///
/// The simulator numbers traces as it runs (``LabRun/spanTraces``); numbers given that way are
/// checked against the spans' ids in one pass and used as they are. Without them, or when they
/// disagree with the spans (a list changed after the run), every span's trace id is looked up.
struct TraceNumbering {
    /// Each span's trace, a position in ``traceIDs``; parallel to the spans.
    let traceOf: [Int32]
    /// Every trace id, in the order its first span appears.
    let traceIDs: [TraceID]

    /// Numbers the traces of `spans`, using `given` (parallel to `spans`) when it is right.
    init(_ spans: [RecordedSpan], given: [Int32] = []) {
        if let checked = Self.traceIDs(of: spans, numberedAs: given) {
            traceOf = given
            traceIDs = checked
            return
        }
        var positions = TracePositions()
        var traceOf = [Int32](repeating: 0, count: spans.count)
        for index in spans.indices {
            traceOf[index] = Int32(truncatingIfNeeded: positions.insert(spans[index].traceID).position)
        }
        self.traceOf = traceOf
        traceIDs = positions.ids
    }

    /// How many traces there are.
    var count: Int { traceIDs.count }

    /// The trace ids `numbers` gives `spans`, in number order, when each span's number is its
    /// trace id's position in order of first appearance; nil otherwise.
    private static func traceIDs(of spans: [RecordedSpan], numberedAs numbers: [Int32]) -> [TraceID]? {
        guard numbers.count == spans.count, !spans.isEmpty else { return nil }
        var ids: [TraceID] = []
        for index in spans.indices {
            let number = Int(numbers[index])
            if number == ids.count {
                ids.append(spans[index].traceID)
            } else if number < 0 || number > ids.count || ids[number] != spans[index].traceID {
                return nil
            }
        }
        return ids
    }
}
