import Synchronization

/// Where a tracer gets fresh trace and span ids. Passed in, so a run can be deterministic.
public protocol IDSource: Sendable {
    /// A new, valid (non-zero) trace id.
    func nextTraceID() -> TraceID
    /// A new, valid (non-zero) span id.
    func nextSpanID() -> SpanID
}

/// Ids drawn from a seeded SplitMix64 generator: the same seed gives the same ids in the same order.
///
/// The generator's state moves on by one atomic addition per id, so callers on several threads
/// never draw the same number, and a single-threaded run (every simulation) pays no lock.
public final class SeededIDSource: IDSource {
    private let state: Atomic<UInt64>

    /// Creates a source whose ids depend only on `seed`.
    public init(seed: UInt64) {
        state = Atomic(seed)
    }

    /// The state after `count` more draws, the earlier ones being this minus multiples of
    /// ``SplitMix64/increment``.
    @inline(__always)
    private func advance(by count: UInt64) -> UInt64 {
        state.wrappingAdd(SplitMix64.increment &* count, ordering: .relaxed).newValue
    }

    /// A new non-zero trace id: two draws, the first for the high half.
    public func nextTraceID() -> TraceID {
        while true {
            let low = advance(by: 2)
            let id = TraceID(high: SplitMix64.mix(low &- SplitMix64.increment), low: SplitMix64.mix(low))
            if id.isValid { return id }
        }
    }

    /// A new non-zero span id.
    public func nextSpanID() -> SpanID {
        while true {
            let id = SpanID(SplitMix64.mix(advance(by: 1)))
            if id.isValid { return id }
        }
    }
}
