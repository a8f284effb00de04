/// Critical-path time by the request's direct dependencies, found in one pass down the request's
/// trace (no walk up the ancestry per stretch, so a deep trace costs linear time).
struct DownstreamBreakdown: Hashable, Sendable {
    /// Time per owning service.
    let totals: [String: UInt64]
    /// Services whose time came only from the entry service's client spans with no callee in the trace.
    let seenOnlyFromCaller: Set<String>

    /// The attribute naming the service a client span called.
    static let calleeAttribute = "server.address"

    init(criticalPath: CriticalPath, trace: AssembledTrace?, requestSpanID: SpanID) {
        guard let trace, let root = trace.position(of: requestSpanID) else {
            totals = [:]
            seenOnlyFromCaller = []
            return
        }
        let entry = trace.spans[root].service
        var owners = [String?](repeating: nil, count: trace.spans.count)
        var throughCaller = [Bool](repeating: false, count: trace.spans.count)
        owners[root] = entry
        var stack = [root]
        while let position = stack.popLast() {
            let owner = owners[position] ?? entry
            for child in trace.childPositions[position] where owners[child] == nil {
                let span = trace.spans[child]
                if owner != entry {
                    owners[child] = owner
                } else if span.service != entry {
                    owners[child] = span.service
                } else if span.kind == .client, trace.childPositions[child].isEmpty,
                    case .string(let callee)? = span.attribute(Self.calleeAttribute), callee != entry
                {
                    owners[child] = callee
                    throughCaller[child] = true
                } else {
                    owners[child] = entry
                }
                stack.append(child)
            }
        }
        var totals: [String: UInt64] = [:]
        var direct = Set<String>()
        var fromCaller = Set<String>()
        for segment in criticalPath.segments {
            guard let position = trace.position(of: segment.spanID) else { continue }
            let owner = owners[position] ?? entry
            totals[owner, default: 0] += segment.durationNanos
            if throughCaller[position] { fromCaller.insert(owner) } else { direct.insert(owner) }
        }
        self.totals = totals
        seenOnlyFromCaller = fromCaller.subtracting(direct)
    }
}
