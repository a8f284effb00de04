/// The spans of one trace id put back together: who is whose child, which spans are roots, and
/// which spans name a parent that never arrived (orphans).
public struct AssembledTrace: Hashable, Sendable {
    /// The trace's id.
    public let traceID: TraceID
    /// Every span of the trace, ordered by start time (ties by span id).
    public let spans: [RecordedSpan]
    /// Spans with no parent: normally exactly one.
    public let roots: [SpanID]
    /// Spans whose parent id names a span that is not in this trace.
    public let orphans: [SpanID]
    /// Each span's children, ordered by start time.
    public let children: [SpanID: [SpanID]]
    private let indexByID: [SpanID: Int]

    /// Builds the structure for `spans`, which must all share `traceID`.
    public init(traceID: TraceID, spans: [RecordedSpan]) {
        let ordered = spans.sorted { ($0.startNanos, $0.spanID) < ($1.startNanos, $1.spanID) }
        var index: [SpanID: Int] = [:]
        index.reserveCapacity(ordered.count)
        for (position, span) in ordered.enumerated() where index[span.spanID] == nil {
            index[span.spanID] = position
        }
        var roots: [SpanID] = []
        var orphans: [SpanID] = []
        var children: [SpanID: [SpanID]] = [:]
        for span in ordered {
            guard let parent = span.parentSpanID else {
                roots.append(span.spanID)
                continue
            }
            if index[parent] == nil {
                orphans.append(span.spanID)
            } else {
                children[parent, default: []].append(span.spanID)
            }
        }
        self.traceID = traceID
        self.spans = ordered
        self.roots = roots
        self.orphans = orphans
        self.children = children
        self.indexByID = index
    }

    /// The span with `id`, if it belongs to this trace.
    public func span(_ id: SpanID) -> RecordedSpan? {
        indexByID[id].map { spans[$0] }
    }

    /// The top-level spans to draw: roots first, then orphans, each in start order.
    public var topLevel: [SpanID] { roots + orphans }

    /// The earliest start of any span in the trace.
    public var startNanos: UInt64 { spans.first?.startNanos ?? 0 }

    /// The latest end of any span in the trace.
    public var endNanos: UInt64 { spans.map(\.endNanos).max() ?? 0 }

    /// From the first start to the last end.
    public var durationNanos: UInt64 { endNanos - startNanos }

    /// Depth-first order from the top-level spans, each with its depth (0 for top level).
    /// Spans caught in a parent cycle, which real data can contain, are appended at depth 0.
    public func depthFirst() -> [(span: RecordedSpan, depth: Int)] {
        var result: [(span: RecordedSpan, depth: Int)] = []
        result.reserveCapacity(spans.count)
        var visited = Set<SpanID>(minimumCapacity: spans.count)
        var stack: [(SpanID, Int)] = topLevel.reversed().map { ($0, 0) }
        while let (id, depth) = stack.popLast() {
            guard visited.insert(id).inserted, let span = span(id) else { continue }
            result.append((span, depth))
            for child in (children[id] ?? []).reversed() {
                stack.append((child, depth + 1))
            }
        }
        if result.count < spans.count {
            for span in spans where !visited.contains(span.spanID) {
                result.append((span, 0))
            }
        }
        return result
    }
}
