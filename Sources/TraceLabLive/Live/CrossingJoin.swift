import TraceLabCore

/// Puts the two halves of each crossing back together: the caller's (what it sent, its client
/// or producer span) and the callee's (what it received, its server or consumer span), matched
/// by call id. A call whose request never arrived has no crossing.
enum CrossingJoin {
    static func crossings(from halves: [CrossingHalf], spans: [RecordedSpan]) -> [BoundaryCrossing] {
        var callers: [String: CrossingHalf] = [:]
        var callees: [String: CrossingHalf] = [:]
        for half in halves {
            switch half.side {
            case .caller: callers[half.callID] = half
            case .callee: callees[half.callID] = half
            }
        }
        let starts = Dictionary(spans.map { ($0.spanID, $0.startNanos) }, uniquingKeysWith: min)
        var joined: [(start: UInt64, crossing: BoundaryCrossing)] = []
        for (callID, caller) in callers {
            guard let callee = callees[callID], let callerSpan = SpanID(hex: caller.spanID),
                let callerTrace = TraceID(hex: caller.traceID), let calleeSpan = SpanID(hex: callee.spanID),
                let calleeTrace = TraceID(hex: callee.traceID)
            else { continue }
            let parts = caller.boundary.split(separator: ":", maxSplits: 1).map(String.init)
            let crossing = BoundaryCrossing(
                boundary: caller.boundary, from: parts.first ?? "", to: parts.count > 1 ? parts[1] : "",
                carrier: caller.carrier == "message" ? .message : .http, attempt: caller.attempt,
                propagationEnabled: caller.propagation, sent: caller.fields, received: callee.fields,
                callerSpanID: callerSpan, callerTraceID: callerTrace, calleeSpanID: calleeSpan,
                calleeTraceID: calleeTrace)
            joined.append((starts[callerSpan] ?? .max, crossing))
        }
        return joined.sorted {
            ($0.start, $0.crossing.boundary, $0.crossing.attempt) < (
                $1.start, $1.crossing.boundary, $1.crossing.attempt
            )
        }.map(\.crossing)
    }
}
