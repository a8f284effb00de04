/// Request latencies in equal-width buckets of a round width (1, 2 or 5 times a power of ten
/// milliseconds, about ten buckets), each with an exemplar: the trace of the slowest request in
/// it, so a learner can go from an outlier in the metric to the trace that explains it.
public struct LatencyHistogram: Hashable, Sendable {
    /// One bucket: latencies above `lowerNanos` up to and including `upperNanos`.
    public struct Bucket: Hashable, Sendable {
        /// Exclusive lower bound, in nanoseconds (inclusive for the first bucket).
        public let lowerNanos: UInt64
        /// Inclusive upper bound.
        public let upperNanos: UInt64
        /// How many requests fell in it.
        public let count: Int
        /// The trace of the slowest request in the bucket, if any.
        public let exemplar: TraceID?
        /// That request's latency.
        public let exemplarNanos: UInt64

        /// Creates a bucket from its figures.
        public init(
            lowerNanos: UInt64, upperNanos: UInt64, count: Int, exemplar: TraceID?, exemplarNanos: UInt64
        ) {
            self.lowerNanos = lowerNanos
            self.upperNanos = upperNanos
            self.count = count
            self.exemplar = exemplar
            self.exemplarNanos = exemplarNanos
        }
    }

    /// The buckets from fastest to slowest; empty when there were no requests.
    public let buckets: [Bucket]
    /// How many requests in all.
    public let total: Int

    /// Creates a histogram from buckets made before (such as a saved overview's); `total` is
    /// their counts' sum.
    public init(buckets: [Bucket]) {
        self.buckets = buckets
        total = buckets.reduce(0) { $0 + $1.count }
    }

    /// Buckets `samples` (latency, trace id).
    public init(_ samples: [(nanos: UInt64, traceID: TraceID)]) {
        total = samples.count
        guard let low = samples.map(\.nanos).min(), let high = samples.map(\.nanos).max() else {
            buckets = []
            return
        }
        let width = Self.roundWidth(above: (high - low) / 10)
        let start = low / width * width
        let count = Int((high - start) / width) + 1
        var counts = [Int](repeating: 0, count: count)
        var exemplars = [(nanos: UInt64, traceID: TraceID)?](repeating: nil, count: count)
        for sample in samples {
            // Bucket i holds (start + i·width, start + (i+1)·width]; the very lowest value goes in bucket 0.
            let offset = sample.nanos - start
            let index = min(count - 1, offset == 0 ? 0 : Int((offset - 1) / width))
            counts[index] += 1
            if let current = exemplars[index],
                (current.nanos, current.traceID) >= (sample.nanos, sample.traceID)
            {
                continue
            }
            exemplars[index] = sample
        }
        buckets = (0..<count).map { index in
            Bucket(
                lowerNanos: start + UInt64(index) * width, upperNanos: start + UInt64(index + 1) * width,
                count: counts[index], exemplar: exemplars[index]?.traceID,
                exemplarNanos: exemplars[index]?.nanos ?? 0)
        }
    }

    /// The smallest of 1, 2, 5 × 10ⁿ ms (at least 1 ms) not below `nanos`.
    static func roundWidth(above nanos: UInt64) -> UInt64 {
        var unit: UInt64 = 1_000_000
        while true {
            for factor: UInt64 in [1, 2, 5] where unit * factor >= nanos {
                return unit * factor
            }
            unit *= 10
        }
    }
}
