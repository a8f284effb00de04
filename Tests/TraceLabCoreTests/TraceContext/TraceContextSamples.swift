/// Values the trace-context tests share: the spec's own example ids.
enum TraceContextSamples {
    /// A valid trace-id.
    static let traceID = "4bf92f3577b34da6a3ce929d0e0e4736"
    /// A valid parent-id.
    static let parentID = "00f067aa0ba902b7"
    /// A valid version-00 traceparent with the sampled flag.
    static let traceparent = "00-\(traceID)-\(parentID)-01"

    /// A version-00 traceparent with `field` replacing the trace-id.
    static func withTraceID(_ field: String) -> String { "00-\(field)-\(parentID)-01" }
    /// A version-00 traceparent with `field` replacing the parent-id.
    static func withParentID(_ field: String) -> String { "00-\(traceID)-\(field)-01" }
    /// A version-00 traceparent with `field` replacing the flags.
    static func withFlags(_ field: String) -> String { "00-\(traceID)-\(parentID)-\(field)" }

    /// Members `mNN=N` for every number in `range` (keys zero-padded to two digits), joined with commas.
    static func members(_ range: ClosedRange<Int>) -> String {
        range.map { number in
            let key = number < 10 ? "m0\(number)" : "m\(number)"
            return "\(key)=\(number)"
        }.joined(separator: ",")
    }
}
