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
    /// The latest end of any span in the trace.
    public let endNanos: UInt64
    private let indexByID: [SpanID: Int]
    /// The same relation as ``children``, by position in ``spans``: a span id shared by several
    /// spans stands for the first of them, as in ``span(_:)``.
    let childPositions: ChildPositions

    /// Builds the structure for `spans`, which must all share `traceID`.
    public init(traceID: TraceID, spans: [RecordedSpan]) {
        let ordered = Self.startOrdered(spans)
        var index: [SpanID: Int] = [:]
        index.reserveCapacity(ordered.count)
        var firstPositions: [Int] = []
        firstPositions.reserveCapacity(ordered.count)
        var endNanos: UInt64 = 0
        for position in ordered.indices {
            // The first span with an id keeps it; later duplicates resolve to that first one.
            firstPositions.append(Self.existingValue(&index[ordered[position].spanID, default: position]))
            endNanos = max(endNanos, ordered[position].endNanos)
        }
        var roots: [SpanID] = []
        var orphans: [SpanID] = []
        var links: [(child: Int, parent: Int)] = []
        links.reserveCapacity(ordered.count)
        for position in ordered.indices {
            guard let parent = ordered[position].parentSpanID else {
                roots.append(ordered[position].spanID)
                continue
            }
            if let parentPosition = index[parent] {
                links.append((firstPositions[position], parentPosition))
            } else {
                orphans.append(ordered[position].spanID)
            }
        }
        let childPositions = ChildPositions(spanCount: ordered.count, childParents: links)
        self.traceID = traceID
        self.spans = ordered
        self.roots = roots
        self.orphans = orphans
        self.children = Self.childIDs(childPositions, in: ordered)
        self.endNanos = endNanos
        self.indexByID = index
        self.childPositions = childPositions
    }

    /// The span with `id`, if it belongs to this trace.
    public func span(_ id: SpanID) -> RecordedSpan? {
        indexByID[id].map { spans[$0] }
    }

    /// The position in ``spans`` of the (first) span with `id`, if it belongs to this trace.
    func position(of id: SpanID) -> Int? {
        indexByID[id]
    }

    /// The top-level spans to draw: roots first, then orphans, each in start order.
    public var topLevel: [SpanID] { roots + orphans }

    /// The earliest start of any span in the trace.
    public var startNanos: UInt64 { spans.first?.startNanos ?? 0 }

    /// From the first start to the last end.
    public var durationNanos: UInt64 { endNanos - startNanos }

    /// Depth-first order from the top-level spans, each with its depth (0 for top level).
    /// Spans caught in a parent cycle, which real data can contain, are appended at depth 0.
    public func depthFirst() -> [(span: RecordedSpan, depth: Int)] {
        var result: [(span: RecordedSpan, depth: Int)] = []
        result.reserveCapacity(spans.count)
        var visited = [Bool](repeating: false, count: spans.count)
        var stack: [(position: Int, depth: Int)] = topLevel.reversed().compactMap { id in
            position(of: id).map { ($0, 0) }
        }
        while let (position, depth) = stack.popLast() {
            guard !visited[position] else { continue }
            visited[position] = true
            result.append((spans[position], depth))
            for child in childPositions[position].reversed() {
                stack.append((child, depth + 1))
            }
        }
        if result.count < spans.count {
            for span in spans where !visited[indexByID[span.spanID] ?? 0] {
                result.append((span, 0))
            }
        }
        return result
    }

    /// `spans` by start time, ties by span id; the order is the one sorting the spans themselves
    /// gives, found by sorting small keys instead of moving whole spans.
    private static func startOrdered(_ spans: [RecordedSpan]) -> [RecordedSpan] {
        var keys = spans.indices.map { (start: spans[$0].startNanos, id: spans[$0].spanID, index: $0) }
        keys.sort { ($0.start, $0.id) < ($1.start, $1.id) }
        return keys.map { spans[$0.index] }
    }

    /// Reads a dictionary entry through `&dictionary[key, default: value]`, which stores the
    /// default only when the key is missing, with a single lookup.
    private static func existingValue(_ value: inout Int) -> Int {
        value
    }

    private static func childIDs(_ links: ChildPositions, in spans: [RecordedSpan]) -> [SpanID: [SpanID]] {
        let parents = spans.indices.filter { !links[$0].isEmpty }
        var children: [SpanID: [SpanID]] = [:]
        children.reserveCapacity(parents.count)
        for parent in parents {
            children[spans[parent].spanID] = links[parent].map { spans[$0].spanID }
        }
        return children
    }
}
