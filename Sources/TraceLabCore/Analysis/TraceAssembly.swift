/// Groups a flat list of spans into traces, the way a tracing backend does.
public enum TraceAssembly {
    /// One ``AssembledTrace`` per distinct trace id, ordered by the trace's first start.
    public static func assemble(_ spans: [RecordedSpan]) -> [AssembledTrace] {
        if let first = spans.first?.traceID, spans.allSatisfy({ $0.traceID == first }) {
            return [AssembledTrace(traceID: first, spans: spans)]
        }
        var groups: [TraceID: [RecordedSpan]] = [:]
        for span in spans {
            groups[span.traceID, default: []].append(span)
        }
        return groups.map { AssembledTrace(traceID: $0.key, spans: $0.value) }
            .sorted { ($0.startNanos, $0.traceID) < ($1.startNanos, $1.traceID) }
    }
}
