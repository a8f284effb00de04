/// Groups a flat list of spans into traces, the way a tracing backend does.
public enum TraceAssembly {
    /// One ``AssembledTrace`` per distinct trace id, ordered by the trace's first start.
    public static func assemble(_ spans: [RecordedSpan]) -> [AssembledTrace] {
        assemble(spans, stopping: {})
    }

    /// ``assemble(_:)``, asking `cancellation` every thousand or so traces and throwing
    /// ``ScenarioRunError/cancelled`` once it says stop.
    public static func assemble(_ spans: [RecordedSpan], cancellation: RunCancellation)
        throws(ScenarioRunError)
        -> [AssembledTrace]
    {
        try assemble(spans, stopping: cancellation.stopIfCancelled)
    }

    private static func assemble<Failure: Error>(
        _ spans: [RecordedSpan], stopping stop: () throws(Failure) -> Void
    ) throws(Failure) -> [AssembledTrace] {
        if let first = spans.first?.traceID, spans.allSatisfy({ $0.traceID == first }) {
            return [AssembledTrace(traceID: first, spans: spans)]
        }
        var groups: [TraceID: [RecordedSpan]] = [:]
        for span in spans {
            groups[span.traceID, default: []].append(span)
        }
        var traces: [AssembledTrace] = []
        traces.reserveCapacity(groups.count)
        for (traceID, members) in groups {
            if traces.count % 1_024 == 1_023 { try stop() }
            traces.append(AssembledTrace(traceID: traceID, spans: members))
        }
        return traces.sorted { ($0.startNanos, $0.traceID) < ($1.startNanos, $1.traceID) }
    }
}
