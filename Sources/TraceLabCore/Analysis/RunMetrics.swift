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
    }

    /// One row per service and operation, ordered by when each first started (ties by name).
    public let rows: [Row]
    /// The users' request latencies.
    public let histogram: LatencyHistogram
    /// From the first span's start to the last span's end, in nanoseconds.
    public let windowNanos: UInt64

    /// Computes the metrics of `run`, in one pass over its spans.
    public init(run: LabRun) {
        var first = UInt64.max
        var last: UInt64 = 0
        var positions: [OperationKey: Int] = [:]
        var groups: [Group] = []
        let requestIDs = Set(run.requests.map(\.requestSpanID))
        var requests: [(nanos: UInt64, traceID: TraceID)] = []
        requests.reserveCapacity(max(1, run.requests.count))
        for index in run.spans.indices {
            let start = run.spans[index].startNanos
            let end = run.spans[index].endNanos
            first = min(first, start)
            last = max(last, end)
            let spanID = run.spans[index].spanID
            if requestIDs.isEmpty ? spanID == run.requestSpanID : requestIDs.contains(spanID) {
                requests.append((end - start, run.spans[index].traceID))
            }
            let kind = run.spans[index].kind
            guard kind == .server || kind == .consumer else { continue }
            let key = OperationKey(service: run.spans[index].service, operation: run.spans[index].name)
            let position: Int
            if let known = positions[key] {
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

    private struct OperationKey: Hashable {
        let service: String
        let operation: String
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
