import TraceLabCore

/// Which user request each span and crossing of a live run belongs to, recovered from what the
/// processes exported: the entry service's server span of each request (found by its call id),
/// the `correlation.id` the services stamp on their server and consumer spans, and for the
/// spans without one (client and producer spans) their parent, else their trace.
struct LiveRequests {
    let requests: [SimulatedRequest]
    let spanRequests: [Int]
    let crossingRequests: [Int]

    /// `entrySpanIDs[i]` is the entry span of request `i + 1`, when it answered.
    init(entrySpanIDs: [SpanID?], spans: [RecordedSpan], crossings: [BoundaryCrossing]) {
        var position: [SpanID: Int] = [:]
        for (index, span) in spans.enumerated() { position[span.spanID] = index }
        var requests: [SimulatedRequest] = []
        var byCorrelation: [String: Int] = [:]
        for (index, spanID) in entrySpanIDs.enumerated() {
            guard let spanID, let at = position[spanID] else { continue }
            let correlationID = Self.correlationID(of: spans[at]) ?? ""
            requests.append(
                SimulatedRequest(
                    number: index + 1, arrivalNanos: spans[at].startNanos, correlationID: correlationID,
                    requestSpanID: spanID))
            if !correlationID.isEmpty { byCorrelation[correlationID] = index + 1 }
        }
        var owner: [Int?] = spans.map { span in Self.correlationID(of: span).flatMap { byCorrelation[$0] } }
        // Spans end before their parents, so one backward pass reaches most; repeat until stable.
        var changed = true
        while changed {
            changed = false
            for index in spans.indices where owner[index] == nil {
                if let parent = spans[index].parentSpanID, let at = position[parent], let number = owner[at] {
                    owner[index] = number
                    changed = true
                }
            }
        }
        var byTrace: [TraceID: Int] = [:]
        for (index, span) in spans.enumerated() {
            if let number = owner[index], byTrace[span.traceID] == nil { byTrace[span.traceID] = number }
        }
        let first = requests.first?.number ?? 1
        let spanRequests = spans.indices.map { owner[$0] ?? byTrace[spans[$0].traceID] ?? first }
        self.requests = requests
        self.spanRequests = spanRequests
        crossingRequests = crossings.map { crossing in
            (position[crossing.callerSpanID] ?? position[crossing.calleeSpanID]).map { spanRequests[$0] }
                ?? first
        }
    }

    private static func correlationID(of span: RecordedSpan) -> String? {
        guard case .string(let text) = span.attribute("correlation.id"), !text.isEmpty else { return nil }
        return text
    }
}
