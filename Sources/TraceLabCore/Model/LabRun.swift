/// Everything one simulated request produced: the finished spans of every service and every
/// boundary crossing, plus the facts the run itself knows (which span is the user's request).
public struct LabRun: Hashable, Sendable {
    /// The scenario's id, such as `checkout`.
    public var scenarioID: String
    /// Every finished span, in the order the services ended them.
    public var spans: [RecordedSpan]
    /// Every boundary crossing, in the order they happened.
    public var crossings: [BoundaryCrossing]
    /// The entry service's server span: the request the user is waiting on.
    public var requestSpanID: SpanID
    /// The instant the run's virtual clock started, in nanoseconds; span times are on that clock.
    public var epochNanos: UInt64

    /// Creates a run result.
    public init(
        scenarioID: String, spans: [RecordedSpan], crossings: [BoundaryCrossing], requestSpanID: SpanID,
        epochNanos: UInt64
    ) {
        self.scenarioID = scenarioID
        self.spans = spans
        self.crossings = crossings
        self.requestSpanID = requestSpanID
        self.epochNanos = epochNanos
    }

    /// The request span, if it was recorded.
    public var requestSpan: RecordedSpan? { spans.first { $0.spanID == requestSpanID } }

    /// Crossings whose callee started a new trace instead of joining the caller's.
    public var lostCrossings: [BoundaryCrossing] { crossings.filter(\.lostContext) }
}
