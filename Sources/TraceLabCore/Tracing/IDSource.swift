import Synchronization

/// Where a tracer gets fresh trace and span ids. Passed in, so a run can be deterministic.
public protocol IDSource: Sendable {
    /// A new, valid (non-zero) trace id.
    func nextTraceID() -> TraceID
    /// A new, valid (non-zero) span id.
    func nextSpanID() -> SpanID
}

/// Ids drawn from a seeded SplitMix64 generator: the same seed gives the same ids in the same order.
public final class SeededIDSource: IDSource {
    private let generator: Mutex<SplitMix64>

    /// Creates a source whose ids depend only on `seed`.
    public init(seed: UInt64) {
        generator = Mutex(SplitMix64(seed: seed))
    }

    /// A new non-zero trace id.
    public func nextTraceID() -> TraceID {
        generator.withLock { rng in
            var id = TraceID(high: rng.next(), low: rng.next())
            while !id.isValid { id = TraceID(high: rng.next(), low: rng.next()) }
            return id
        }
    }

    /// A new non-zero span id.
    public func nextSpanID() -> SpanID {
        generator.withLock { rng in
            var id = SpanID(rng.next())
            while !id.isValid { id = SpanID(rng.next()) }
            return id
        }
    }
}
