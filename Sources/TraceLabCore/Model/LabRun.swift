/// Everything a simulated run produced: the finished spans of every service, every boundary
/// crossing and log line, plus the facts only the run itself knows (which span is each user's
/// request, and which request every span and crossing belongs to).
public struct LabRun: Hashable, Sendable {
    /// The scenario's id, such as `checkout`.
    public var scenarioID: String
    /// Every finished span, in the order the services ended them. Changing them forgets what the
    /// simulator measured of them (``spanBytes`` and ``spanTraces``).
    public var spans: [RecordedSpan] {
        didSet {
            spanBytes = []
            spanTraces = []
            traceIDsByNumber = []
            spanKept = []
            traceTallies = []
        }
    }
    /// Every boundary crossing, in the order they happened.
    public var crossings: [BoundaryCrossing]
    /// The entry service's server span of the first request: the request the user is waiting on.
    public var requestSpanID: SpanID
    /// The instant the run's virtual clock started, in nanoseconds; span times are on that clock.
    public var epochNanos: UInt64

    /// Every user request, in arrival order (one for a single-request run).
    public var requests: [SimulatedRequest]
    /// The number (``SimulatedRequest/number``) of the request each span belongs to, parallel to
    /// ``spans``; empty when unknown (a run not made by the simulator).
    public var spanRequests: [Int]
    /// The number of the request each crossing belongs to, parallel to ``crossings``; empty when unknown.
    public var crossingRequests: [Int]
    /// Every log line the services wrote, in time order.
    public var logs: [LogRecord]

    /// How the run sampled.
    public var sampling: SamplingSettings = .keepAll
    /// Spans that were timed but never exported: not sampled by their service's head decision,
    /// or in a trace the tail-sampling collector dropped. Empty when everything was kept.
    public var sampledOutSpanIDs: SpanIDSet {
        get { droppedSpans.set }
        set { droppedSpans = DroppedSpans(newValue) }
    }
    /// True when at least one span was sampled out; unlike asking ``sampledOutSpanIDs``, never
    /// builds the set of them.
    public var hasSampledOutSpans: Bool { droppedSpans.count > 0 }
    /// What ``sampledOutSpanIDs`` answers from. Changing it forgets the simulator's flags and
    /// totals.
    var droppedSpans = DroppedSpans() {
        didSet {
            spanKept = []
            traceTallies = []
        }
    }
    /// What holding whole traces cost the collector, for a tail policy.
    public var tailBuffering: TailBuffering?
    /// The OTLP/protobuf size of each span (see ``OTLPSpanSize``), parallel to ``spans``, as the
    /// simulator measured them; empty when not measured (a live run, or a part of a run).
    /// Changing them forgets the totals counted from them (``traceTallies``).
    public var spanBytes: [Int] = [] {
        didSet { traceTallies = [] }
    }
    /// Which trace each span is in, parallel to ``spans``: the position of its trace id among the
    /// run's trace ids in the order each first appears in ``spans``, as the simulator numbered
    /// them so that grouping spans by trace needs no lookups; empty when not numbered, and
    /// emptied when the spans change.
    public internal(set) var spanTraces: [Int32] = [] {
        didSet { traceIDsByNumber = [] }
    }
    /// Each trace's id at its number in ``spanTraces``, as the simulator noted them when the
    /// traces started, so that grouping need not look up each trace's first span; empty when
    /// not known, and emptied when the spans or their numbers change.
    var traceIDsByNumber: [TraceID] = []
    /// Whether each span reached the backend, parallel to ``spans``, as the simulator decided it
    /// (the same answer as ``isKept(_:)``, without a lookup); empty when the run kept everything
    /// or was not sampled by the simulator, and emptied when the spans or the dropped ones change.
    var spanKept: [Bool] = []
    /// Each trace's totals for the sampling report (spans and OTLP bytes, all and kept, errors,
    /// duration) at the trace's number (see ``spanTraces``), when the tail-sampling collector
    /// counted them as it read the spans; empty otherwise, and emptied when the spans or the
    /// dropped ones change.
    var traceTallies: [TraceTally] = []

    /// Creates a run result.
    public init(
        scenarioID: String, spans: [RecordedSpan], crossings: [BoundaryCrossing], requestSpanID: SpanID,
        epochNanos: UInt64, requests: [SimulatedRequest] = [], spanRequests: [Int] = [],
        crossingRequests: [Int] = [], logs: [LogRecord] = []
    ) {
        self.scenarioID = scenarioID
        self.spans = spans
        self.crossings = crossings
        self.requestSpanID = requestSpanID
        self.epochNanos = epochNanos
        self.requests = requests
        self.spanRequests = spanRequests
        self.crossingRequests = crossingRequests
        self.logs = logs
    }

    /// True when `span` reached the backend.
    public func isKept(_ span: RecordedSpan) -> Bool {
        !hasSampledOutSpans || !sampledOutSpanIDs.contains(span.spanID)
    }

    /// The spans a tracing backend received: every span, less those sampled out.
    public var keptSpans: [RecordedSpan] {
        guard hasSampledOutSpans else { return spans }
        let dropped = sampledOutSpanIDs
        return spans.filter { !dropped.contains($0.spanID) }
    }

    /// The run as a tracing backend received it: the sampled-out spans removed (crossings and
    /// log lines stay, as the services still made and wrote them).
    public func keptOnly() -> LabRun {
        guard hasSampledOutSpans else { return self }
        let dropped = sampledOutSpanIDs
        var part = self
        var kept: [RecordedSpan] = []
        part.spanRequests = []
        for (index, span) in spans.enumerated() where !dropped.contains(span.spanID) {
            kept.append(span)
            if index < spanRequests.count { part.spanRequests.append(spanRequests[index]) }
        }
        part.spans = kept
        part.sampledOutSpanIDs = []
        return part
    }

    /// The request span, if it was recorded.
    public var requestSpan: RecordedSpan? { spans.first { $0.spanID == requestSpanID } }

    /// Crossings whose callee started a new trace instead of joining the caller's.
    public var lostCrossings: [BoundaryCrossing] { crossings.filter(\.lostContext) }

    /// The part of the run that belongs to request `number`: its spans, crossings and log lines,
    /// with that request as the run's request. The run itself when it has only that request.
    public func request(_ number: Int) -> LabRun {
        guard requests.count > 1, let request = requests.first(where: { $0.number == number }) else {
            return self
        }
        var spans: [RecordedSpan] = []
        for (index, span) in self.spans.enumerated() where spanRequests[index] == number {
            spans.append(span)
        }
        var crossings: [BoundaryCrossing] = []
        for (index, crossing) in self.crossings.enumerated() where crossingRequests[index] == number {
            crossings.append(crossing)
        }
        return carryingSampling(
            LabRun(
                scenarioID: scenarioID, spans: spans, crossings: crossings,
                requestSpanID: request.requestSpanID,
                epochNanos: epochNanos, requests: [request], spanRequests: spans.map { _ in number },
                crossingRequests: crossings.map { _ in number },
                logs: logs.filter { $0.correlationID == request.correlationID }))
    }

    /// The part of the run a tracing backend shows for one trace id: its spans, the crossings
    /// that start or end in it, and the log lines stamped with it. The request span stays the one
    /// of the request that trace belongs to (absent from a fragment).
    public func trace(_ traceID: TraceID) -> LabRun {
        var spans: [RecordedSpan] = []
        var owner: Int?
        for (index, span) in self.spans.enumerated() where span.traceID == traceID {
            spans.append(span)
            if owner == nil, index < spanRequests.count { owner = spanRequests[index] }
        }
        var crossings: [BoundaryCrossing] = []
        var crossingOwners: [Int] = []
        for (index, crossing) in self.crossings.enumerated()
        where crossing.callerTraceID == traceID || crossing.calleeTraceID == traceID {
            crossings.append(crossing)
            crossingOwners.append(index < crossingRequests.count ? crossingRequests[index] : 1)
        }
        let request = requests.first { $0.number == owner }
        return carryingSampling(
            LabRun(
                scenarioID: scenarioID, spans: spans, crossings: crossings,
                requestSpanID: request?.requestSpanID ?? requestSpanID, epochNanos: epochNanos,
                requests: request.map { [$0] } ?? [], spanRequests: spans.map { _ in owner ?? 1 },
                crossingRequests: crossingOwners, logs: logs.filter { $0.traceID == traceID }))
    }

    /// `part` with this run's sampling settings and the sampled-out spans among its own.
    private func carryingSampling(_ part: LabRun) -> LabRun {
        var part = part
        part.sampling = sampling
        part.tailBuffering = tailBuffering
        if hasSampledOutSpans {
            let dropped = sampledOutSpanIDs
            part.sampledOutSpanIDs = SpanIDSet(part.spans.lazy.map(\.spanID).filter { dropped.contains($0) })
        }
        return part
    }
}
