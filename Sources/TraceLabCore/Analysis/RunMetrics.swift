/// Request rate, errors and duration per service and operation, computed from the spans the
/// way Jaeger's monitor tab does (server and consumer spans: the work each service was asked to
/// do), plus a latency histogram of the users' requests with an exemplar trace per bucket.
public struct RunMetrics: Hashable, Sendable {
    /// The figures of one service's operation.
    public struct Row: Hashable, Sendable {
        /// The service.
        public let service: String
        /// The operation (span name).
        public let operation: String
        /// How many spans.
        public let count: Int
        /// How many of them failed.
        public let errors: Int
        /// Spans per second over the run's window.
        public let ratePerSecond: Double
        /// Median duration, in nanoseconds.
        public let p50Nanos: UInt64
        /// 90th percentile duration.
        public let p90Nanos: UInt64
        /// 99th percentile duration.
        public let p99Nanos: UInt64
        /// Longest duration.
        public let maxNanos: UInt64

        /// Creates a row from its figures.
        public init(
            service: String, operation: String, count: Int, errors: Int, ratePerSecond: Double,
            p50Nanos: UInt64,
            p90Nanos: UInt64, p99Nanos: UInt64, maxNanos: UInt64
        ) {
            self.service = service
            self.operation = operation
            self.count = count
            self.errors = errors
            self.ratePerSecond = ratePerSecond
            self.p50Nanos = p50Nanos
            self.p90Nanos = p90Nanos
            self.p99Nanos = p99Nanos
            self.maxNanos = maxNanos
        }
    }

    /// One row per service and operation, ordered by when each first started (ties by name).
    public let rows: [Row]
    /// The users' request latencies.
    public let histogram: LatencyHistogram
    /// From the first span's start to the last span's end, in nanoseconds.
    public let windowNanos: UInt64

    /// Creates metrics from figures computed before (such as a saved overview's).
    public init(rows: [Row], histogram: LatencyHistogram, windowNanos: UInt64) {
        self.rows = rows
        self.histogram = histogram
        self.windowNanos = windowNanos
    }

    /// Computes the metrics of `run`, in one pass over its spans.
    public init(run: LabRun) {
        var first = UInt64.max
        var last: UInt64 = 0
        var groups: [Group] = []
        var positions: [OperationKey: Int] = [:]
        let isRequest = RequestSpans(run)
        var requests: [(nanos: UInt64, traceID: TraceID)] = []
        requests.reserveCapacity(max(1, run.requests.count))
        for index in run.spans.indices {
            let start = run.spans[index].startNanos
            let end = run.spans[index].endNanos
            first = min(first, start)
            last = max(last, end)
            if isRequest(index) {
                requests.append((end - start, run.spans[index].traceID))
            }
            let kind = run.spans[index].kind
            guard kind == .server || kind == .consumer else { continue }
            let service = run.spans[index].service
            let operation = run.spans[index].name
            // Most runs have a handful of operations: comparing names finds the group faster
            // than hashing them, and since spans of one operation share their strings, the
            // group is nearly always found by identity before any text is compared.
            let key = OperationKey(service: service, operation: operation)
            let searched = groups.count <= Self.searchedGroups
            let position: Int
            if searched,
                let seen = groups.firstIndex(where: { $0.key.isIdentical(to: key) })
                    ?? groups.firstIndex(where: { $0.key == key })
            {
                position = seen
            } else if !searched, let known = positions[key] {
                position = known
            } else {
                position = groups.count
                positions[key] = position
                groups.append(Group(key: key, first: start))
            }
            groups[position].first = min(groups[position].first, start)
            groups[position].durations.append(end - start)
            if run.spans[index].status.isError { groups[position].errors += 1 }
        }
        let window = last > first ? last - first : 0
        let seconds = Double(window) / 1e9
        let started = groups.sorted {
            ($0.first, $0.key.service, $0.key.operation) < ($1.first, $1.key.service, $1.key.operation)
        }
        rows = started.map { group in
            let sorted = group.durations.sorted()
            return Row(
                service: group.key.service, operation: group.key.operation, count: sorted.count,
                errors: group.errors, ratePerSecond: seconds > 0 ? Double(sorted.count) / seconds : 0,
                p50Nanos: Percentile.of(50, sorted: sorted), p90Nanos: Percentile.of(90, sorted: sorted),
                p99Nanos: Percentile.of(99, sorted: sorted), maxNanos: sorted.last ?? 0)
        }
        windowNanos = window
        histogram = LatencyHistogram(requests)
    }

    /// Up to this many operations, a span's group is found by comparing names.
    private static let searchedGroups = 16

    /// Which spans are users' requests: through the request each span belongs to when the run
    /// says (no hashing), else through the set of request span ids.
    private struct RequestSpans {
        let run: LabRun
        let numbered: Bool
        let ids: Set<SpanID>

        init(_ run: LabRun) {
            self.run = run
            numbered =
                !run.requests.isEmpty && run.spanRequests.count == run.spans.count
                && run.requests.indices.allSatisfy { run.requests[$0].number == $0 + 1 }
            ids = numbered ? [] : Set(run.requests.map(\.requestSpanID))
        }

        func callAsFunction(_ index: Int) -> Bool {
            let spanID = run.spans[index].spanID
            guard numbered else { return ids.isEmpty ? spanID == run.requestSpanID : ids.contains(spanID) }
            let number = run.spanRequests[index]
            return number >= 1 && number <= run.requests.count
                && run.requests[number - 1].requestSpanID == spanID
        }
    }

    private struct OperationKey: Hashable {
        let service: String
        let operation: String

        /// True when both keys hold the very same strings (the same bits: the same storage,
        /// or the same short text held inline), which makes them equal without reading text;
        /// false says nothing.
        func isIdentical(to other: OperationKey) -> Bool {
            Self.bits(service) == Self.bits(other.service)
                && Self.bits(operation) == Self.bits(other.operation)
        }

        private static func bits(_ string: String) -> (UInt64, UInt64) {
            unsafeBitCast(string, to: (UInt64, UInt64).self)
        }
    }

    /// The spans of one service's operation while they are counted.
    private struct Group {
        let key: OperationKey
        var first: UInt64
        var durations: [UInt64] = []
        var errors = 0
    }

    /// The row of `service`'s `operation`, if it ran.
    public func row(service: String, operation: String) -> Row? {
        rows.first { $0.service == service && $0.operation == operation }
    }
}
