/// Which trace each span of a list is in: a position among the list's trace ids, numbered in the
/// order each id first appears. Trace assembly, the tail-sampling collector and the sampling
/// report group spans by it.
struct TraceNumbering {
    /// Each span's trace, a position in ``traceIDs``; parallel to the spans.
    let traceOf: [Int32]
    /// Every trace id, at its number.
    let traceIDs: [TraceID]

    /// Numbers the traces of `spans` by looking every span's trace id up.
    init(_ spans: [RecordedSpan]) {
        var positions = TracePositions()
        traceOf = [Int32](unsafeUninitializedCapacity: spans.count) { traceOf, count in
            for index in spans.indices {
                traceOf[index] = Int32(truncatingIfNeeded: positions.insert(spans[index].traceID).position)
            }
            count = spans.count
        }
        traceIDs = positions.ids
    }

    /// Numbers spans as `numbers` does, whose traces have the ids `traceIDs` (each at its
    /// number); both must be right, as the simulator leaves them (see ``LabRun/spanTraces`` and
    /// ``LabRun/traceIDsByNumber``): no span is read.
    init(numbers: [Int32], traceIDs: [TraceID]) {
        traceOf = numbers
        self.traceIDs = traceIDs
    }
}

extension LabRun {
    /// Which trace each span is in: the simulator's numbers and trace ids when the run has them
    /// (they are forgotten whenever ``spans`` change), else found by looking every trace id up.
    var traceNumbering: TraceNumbering {
        spanTraces.isEmpty || traceIDsByNumber.isEmpty
            ? TraceNumbering(spans) : TraceNumbering(numbers: spanTraces, traceIDs: traceIDsByNumber)
    }
}
