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

    /// Computes the metrics of `run`.
    public init(run: LabRun) {
        var first = UInt64.max
        var last: UInt64 = 0
        var order: [String] = []
        var groups:
            [String: (service: String, operation: String, durations: [UInt64], errors: Int, first: UInt64)] =
                [:]
        for span in run.spans {
            first = min(first, span.startNanos)
            last = max(last, span.endNanos)
            guard span.kind == .server || span.kind == .consumer else { continue }
            let key = span.service + "\u{0}" + span.name
            if groups[key] == nil {
                order.append(key)
                groups[key] = (span.service, span.name, [], 0, span.startNanos)
            }
            if span.startNanos < groups[key]!.first { groups[key]?.first = span.startNanos }
            groups[key]?.durations.append(span.durationNanos)
            if span.status.isError { groups[key]?.errors += 1 }
        }
        let window = last > first ? last - first : 0
        let seconds = Double(window) / 1e9
        let started = order.compactMap { groups[$0] }.sorted {
            ($0.first, $0.service, $0.operation) < ($1.first, $1.service, $1.operation)
        }
        rows = started.map { group in
            let sorted = group.durations.sorted()
            return Row(
                service: group.service, operation: group.operation, count: sorted.count, errors: group.errors,
                ratePerSecond: seconds > 0 ? Double(sorted.count) / seconds : 0,
                p50Nanos: Percentile.of(50, sorted: sorted), p90Nanos: Percentile.of(90, sorted: sorted),
                p99Nanos: Percentile.of(99, sorted: sorted), maxNanos: sorted.last ?? 0)
        }
        windowNanos = window
        let requestIDs = Set(run.requests.map(\.requestSpanID))
        let requests = run.spans.filter {
            requestIDs.isEmpty ? $0.spanID == run.requestSpanID : requestIDs.contains($0.spanID)
        }
        histogram = LatencyHistogram(requests.map { ($0.durationNanos, $0.traceID) })
    }

    /// The row of `service`'s `operation`, if it ran.
    public func row(service: String, operation: String) -> Row? {
        rows.first { $0.service == service && $0.operation == operation }
    }
}
