/// The spans of one trace id put back together: who is whose child, which spans are roots, and
/// which spans name a parent that never arrived (orphans).
public struct AssembledTrace: Hashable, Sendable {
    /// The trace's id.
    public let traceID: TraceID
    /// Every span of the trace, ordered by start time (ties by span id).
    public let spans: TraceSpans
    /// Spans with no parent: normally exactly one.
    public let roots: [SpanID]
    /// Spans whose parent id names a span that is not in this trace.
    public let orphans: [SpanID]
    /// The latest end of any span in the trace.
    public let endNanos: UInt64
    /// Each span id's position, for a trace too long to search; empty for a short one.
    private let indexByID: [SpanID: Int]
    /// Each span's children (see ``children(of:)``), by position in ``spans``: a span id shared by several
    /// spans stands for the first of them, as in ``span(_:)``.
    let childPositions: ChildPositions

    /// Builds the structure for `spans`, which must all share `traceID`.
    public init(traceID: TraceID, spans: [RecordedSpan]) {
        self.init(traceID: traceID, startOrdered: TraceSpans(Self.startOrdered(spans)))
    }

    /// Builds the structure for `ordered`, which must share `traceID` and be ordered by start
    /// time, ties by span id.
    init(traceID: TraceID, startOrdered ordered: TraceSpans) {
        let count = ordered.count
        let searched = count <= Self.longestSearched
        var index: [SpanID: Int] = [:]
        if !searched { index.reserveCapacity(count) }
        var endNanos: UInt64 = 0
        var roots: [SpanID] = []
        var orphans: [SpanID] = []
        var childPositions: ChildPositions?
        // The working lists live only here: on the stack for a trace of usual size.
        withUnsafeTemporaryAllocation(of: SpanID.self, capacity: count) { ids in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { firstPositions in
                withUnsafeTemporaryAllocation(of: (child: Int, parent: Int).self, capacity: count) { links in
                    // The ids side by side, so a short trace's searches read 8 bytes a span, not
                    // whole spans.
                    for position in 0..<count {
                        (ids.baseAddress! + position).initialize(to: ordered[position].spanID)
                        endNanos = max(endNanos, ordered[position].endNanos)
                    }
                    let ids = UnsafeBufferPointer(ids)
                    for position in 0..<count {
                        // The first span with an id keeps it; later duplicates resolve to that
                        // first one.
                        let first =
                            searched
                            ? (Self.search(ids[position], in: ids) ?? position)
                            : Self.existingValue(&index[ids[position], default: position])
                        (firstPositions.baseAddress! + position).initialize(to: first)
                    }
                    var linked = 0
                    for position in 0..<count {
                        guard let parent = ordered[position].parentSpanID else {
                            roots.append(ids[position])
                            continue
                        }
                        if let parentPosition = searched ? Self.search(parent, in: ids) : index[parent] {
                            (links.baseAddress! + linked).initialize(
                                to: (firstPositions[position], parentPosition))
                            linked += 1
                        } else {
                            orphans.append(ids[position])
                        }
                    }
                    childPositions = ChildPositions(
                        spanCount: count, childParents: UnsafeBufferPointer(rebasing: links[0..<linked]))
                }
            }
        }
        self.traceID = traceID
        self.spans = ordered
        self.roots = roots
        self.orphans = orphans
        self.endNanos = endNanos
        self.indexByID = index
        self.childPositions = childPositions!
    }

    /// The longest trace whose spans are found by searching rather than through a dictionary:
    /// a handful of comparisons beat hashing, and most traces are this short.
    private static let longestSearched = 24

    /// The span with `id`, if it belongs to this trace.
    public func span(_ id: SpanID) -> RecordedSpan? {
        position(of: id).map { spans[$0] }
    }

    /// The position in ``spans`` of the (first) span with `id`, if it belongs to this trace.
    func position(of id: SpanID) -> Int? {
        spans.count <= Self.longestSearched ? Self.search(id, in: spans) : indexByID[id]
    }

    private static func search(_ id: SpanID, in spans: TraceSpans) -> Int? {
        spans.indices.first { spans[$0].spanID == id }
    }

    private static func search(_ id: SpanID, in ids: UnsafeBufferPointer<SpanID>) -> Int? {
        ids.firstIndex(of: id)
    }

    /// The children of the span with `id`, ordered by start time; empty when it has none or is
    /// not in this trace.
    public func children(of id: SpanID) -> [SpanID] {
        guard let position = position(of: id) else { return [] }
        return childPositions[position].map { spans[$0].spanID }
    }

    /// The top-level spans to draw: roots first, then orphans, each in start order.
    public var topLevel: [SpanID] { roots + orphans }

    /// The earliest start of any span in the trace.
    public var startNanos: UInt64 { spans.first?.startNanos ?? 0 }

    /// From the first start to the last end.
    public var durationNanos: UInt64 { endNanos - startNanos }

    /// Depth-first order from the top-level spans, each with its depth (0 for top level).
    /// Spans caught in a parent cycle, and any span whose id an earlier span already has, which
    /// real data can contain, are appended at depth 0.
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
            for position in spans.indices where !visited[position] {
                result.append((spans[position], 0))
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

}
