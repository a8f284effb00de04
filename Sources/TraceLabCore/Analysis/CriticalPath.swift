/// The chain of work that decided how long a span took, found with the rule Jaeger's UI uses:
/// start at the span's end, take the child that finished last before that moment, recurse into
/// it, then step back to the moment that child started and repeat; time no child covers is the
/// span's own work.
public struct CriticalPath: Hashable, Sendable {
    /// A stretch of time charged to one span.
    public struct Segment: Hashable, Sendable {
        /// The span doing the work in this stretch.
        public let spanID: SpanID
        /// Start of the stretch, in nanoseconds.
        public let startNanos: UInt64
        /// End of the stretch, in nanoseconds.
        public let endNanos: UInt64

        /// Creates a segment.
        public init(spanID: SpanID, startNanos: UInt64, endNanos: UInt64) {
            self.spanID = spanID
            self.startNanos = startNanos
            self.endNanos = endNanos
        }

        /// Length of the stretch.
        public var durationNanos: UInt64 { endNanos - startNanos }
    }

    /// The stretches in time order; together they cover the root span from start to end.
    public let segments: [Segment]

    /// The spans that appear on the path, in the order they first appear.
    public var spanIDs: [SpanID] {
        var seen = Set<SpanID>()
        return segments.compactMap { seen.insert($0.spanID).inserted ? $0.spanID : nil }
    }

    /// Computes the critical path of `rootID` within `trace`. Children that start after the
    /// root ended (work after the response, such as a queue consumer) are never on it.
    public init(of rootID: SpanID, in trace: AssembledTrace) {
        guard let root = trace.position(of: rootID) else {
            self.segments = []
            return
        }
        var walk = CriticalPathWalk(trace: trace)
        walk.run(from: root)
        var segments = walk.takeSegments()
        segments.reverse()
        segments.removeAll { $0.durationNanos == 0 }
        self.segments = segments
    }
}
