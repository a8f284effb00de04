/// Groups a flat list of spans into traces, the way a tracing backend does.
public enum TraceAssembly {
    /// One ``AssembledTrace`` per distinct trace id, ordered by the trace's first start.
    public static func assemble(_ spans: [RecordedSpan]) -> [AssembledTrace] {
        assemble(spans, TraceNumbering(spans), stopping: {})
    }

    /// ``assemble(_:)``, asking `cancellation` every thousand or so traces and throwing
    /// ``ScenarioRunError/cancelled`` once it says stop.
    public static func assemble(_ spans: [RecordedSpan], cancellation: RunCancellation)
        throws(ScenarioRunError)
        -> [AssembledTrace]
    {
        try assemble(spans, TraceNumbering(spans), stopping: cancellation.stopIfCancelled)
    }

    /// The traces of `run`, grouped by its trace numbers (see ``LabRun/traceNumbering``).
    static func assemble(_ run: LabRun) -> [AssembledTrace] {
        assemble(run.spans, run.traceNumbering, stopping: {})
    }

    /// ``assemble(_:)-(LabRun)``, asking `cancellation` as ``assemble(_:cancellation:)`` does.
    static func assemble(_ run: LabRun, cancellation: RunCancellation) throws(ScenarioRunError)
        -> [AssembledTrace]
    {
        try assemble(run.spans, run.traceNumbering, stopping: cancellation.stopIfCancelled)
    }

    private static func assemble<Failure: Error>(
        _ spans: [RecordedSpan], _ numbering: TraceNumbering, stopping stop: () throws(Failure) -> Void
    ) throws(Failure) -> [AssembledTrace] {
        // The traces are numbered in order of first appearance; every trace's span positions are
        // laid out contiguously (a counting sort), so no span is ever copied.
        let traceOf = numbering.traceOf
        let traceIDs = numbering.traceIDs
        if traceIDs.count == 1 { return [AssembledTrace(traceID: traceIDs[0], spans: spans)] }
        var sizes = [Int](repeating: 0, count: traceIDs.count)
        for trace in traceOf { sizes[Int(trace)] += 1 }
        var starts = [Int](repeating: 0, count: traceIDs.count + 1)
        for number in traceIDs.indices { starts[number + 1] = starts[number] + sizes[number] }
        // Each span's sort key goes straight to its trace's stretch, so sorting a stretch moves
        // small keys and never reads a span again.
        var next = starts
        var keys = [StartKey](repeating: StartKey(start: 0, spanID: SpanID(0), index: 0), count: spans.count)
        for index in spans.indices {
            let trace = Int(traceOf[index])
            keys[next[trace]] = StartKey(
                start: spans[index].startNanos, spanID: spans[index].spanID, index: index)
            next[trace] += 1
        }
        var traces: [AssembledTrace] = []
        traces.reserveCapacity(traceIDs.count)
        // Each stretch sorted in place: sorting the array's slice would copy it first.
        try keys.withUnsafeMutableBufferPointer { keys throws(Failure) in
            for number in traceIDs.indices {
                if number % 1_024 == 1_023 { try stop() }
                keys[starts[number]..<starts[number + 1]].sort()
            }
        }
        let members = keys.map(\.index)
        // Every trace reads its spans in place through its own stretch of `members`.
        for number in traceIDs.indices {
            if number % 1_024 == 1_023 { try stop() }
            let ordered = TraceSpans(storage: spans, positions: members[starts[number]..<starts[number + 1]])
            traces.append(AssembledTrace(traceID: traceIDs[number], startOrdered: ordered))
        }
        // Sorted in place: a sorted copy would retain and release every trace's references.
        traces.sort { ($0.startNanos, $0.traceID) < ($1.startNanos, $1.traceID) }
        return traces
    }
}

/// Where a span goes in its trace's start order: by start, ties by span id.
private struct StartKey: Comparable {
    let start: UInt64
    let spanID: SpanID
    /// The span's position in the list being assembled.
    let index: Int

    static func < (lhs: StartKey, rhs: StartKey) -> Bool {
        (lhs.start, lhs.spanID) < (rhs.start, rhs.spanID)
    }

    static func == (lhs: StartKey, rhs: StartKey) -> Bool {
        (lhs.start, lhs.spanID) == (rhs.start, rhs.spanID)
    }
}
