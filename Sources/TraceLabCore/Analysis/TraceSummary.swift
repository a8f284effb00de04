/// One trace of a run in a line, the way a tracing backend's search page lists it: number,
/// trace id, root span, start, duration, spans, errors, and for a fragment (a trace that holds
/// no user request) how many requests it could belong to by timestamps.
public struct TraceSummary: Hashable, Sendable {
    /// 1-based position in start order: what `trace <number>` takes.
    public let number: Int
    /// The trace.
    public let traceID: TraceID
    /// The root span's service and name (the first root, or the first orphan), as the run has
    /// them: unsanitised, so a renderer must clean it before printing.
    public let root: String
    /// Start, in nanoseconds after the run began.
    public let startNanos: UInt64
    /// First start to last end.
    public let durationNanos: UInt64
    /// How many spans.
    public let spans: Int
    /// How many failed.
    public let errors: Int
    /// True when the trace holds no user request: a piece of some request's story.
    public let fragment: Bool
    /// For a fragment started by a lost crossing: the candidate callers by timestamps.
    public let candidates: Int?

    /// Creates a summary from its figures.
    public init(
        number: Int, traceID: TraceID, root: String, startNanos: UInt64, durationNanos: UInt64, spans: Int,
        errors: Int, fragment: Bool, candidates: Int?
    ) {
        self.number = number
        self.traceID = traceID
        self.root = root
        self.startNanos = startNanos
        self.durationNanos = durationNanos
        self.spans = spans
        self.errors = errors
        self.fragment = fragment
        self.candidates = candidates
    }

    /// Every trace of `analysis`'s run, numbered in start order.
    public static func all(in analysis: LabAnalysis) -> [TraceSummary] {
        let run = analysis.run
        let origin = run.requests.first?.arrivalNanos ?? run.epochNanos
        let requestSpans = Set(run.requests.isEmpty ? [run.requestSpanID] : run.requests.map(\.requestSpanID))
        var candidatesByCallee: [SpanID: Int] = [:]
        for match in analysis.timestampMatches {
            candidatesByCallee[match.crossing.calleeSpanID] = match.candidates
        }
        return analysis.traces.enumerated().map { index, trace in
            let rootID = trace.topLevel.first
            let root = rootID.flatMap { trace.span($0) }
            let fragment = !trace.spans.contains { requestSpans.contains($0.spanID) }
            return TraceSummary(
                number: index + 1, traceID: trace.traceID,
                root: root.map { "\($0.service) \($0.name)" } ?? "(no spans)",
                startNanos: trace.startNanos > origin ? trace.startNanos - origin : 0,
                durationNanos: trace.durationNanos, spans: trace.spans.count,
                errors: trace.spans.reduce(0) { $0 + ($1.status.isError ? 1 : 0) }, fragment: fragment,
                candidates: fragment ? rootID.flatMap { candidatesByCallee[$0] } : nil)
        }
    }
}
