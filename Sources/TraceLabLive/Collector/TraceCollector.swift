import Synchronization
import TraceLabCore

/// Holds received spans grouped by trace until each trace has been quiet (no new span) for a
/// while, then hands it out once. Memory is bounded: past ``spanLimit`` spans held, the traces
/// that have waited longest are handed out early instead of growing without end.
public final class TraceCollector: Sendable {
    /// One trace's spans as they were handed out.
    public struct Batch: Hashable, Sendable {
        /// The trace's spans, in arrival order.
        public var spans: [RecordedSpan]
        /// The resource attributes of every service in the trace.
        public var resources: [String: [String: AttributeValue]]
        /// True when the trace was handed out before it was quiet, to stay under the span limit.
        public var early: Bool
    }

    private struct Pending {
        var spans: [RecordedSpan] = []
        var lastArrivalNanos: UInt64 = 0
        var firstArrivalNanos: UInt64 = 0
    }

    private struct State {
        var traces: [TraceID: Pending] = [:]
        var resources: [String: [String: AttributeValue]] = [:]
        var held = 0
        var received = 0
    }

    /// The most spans held at once.
    public let spanLimit: Int
    private let state = Mutex(State())

    /// Creates a collector that holds at most `spanLimit` spans.
    public init(spanLimit: Int) {
        self.spanLimit = max(1, spanLimit)
    }

    /// Adds spans that arrived at `nowNanos`; returns the traces handed out early to make room.
    public func add(_ received: ReceivedSpans, nowNanos: UInt64) -> [Batch] {
        state.withLock { state in
            state.resources.merge(received.resources) { _, new in new }
            for span in received.spans {
                // Mutated in place: a copy taken out and stored back would copy the trace's
                // spans on every append, quadratic in the trace's size.
                state.traces[span.traceID, default: Pending(firstArrivalNanos: nowNanos)].spans.append(span)
                state.traces[span.traceID]?.lastArrivalNanos = nowNanos
            }
            state.held += received.spans.count
            state.received += received.spans.count
            var early: [Batch] = []
            while state.held > spanLimit,
                let oldest = state.traces.min(by: { $0.value.firstArrivalNanos < $1.value.firstArrivalNanos })
            {
                early.append(Self.take(oldest.key, from: &state, early: true))
            }
            return early
        }
    }

    /// Hands out every trace that received nothing for `quietNanos` up to `nowNanos`, oldest first.
    public func quietTraces(nowNanos: UInt64, quietNanos: UInt64) -> [Batch] {
        state.withLock { state in
            let ready = state.traces.filter { nowNanos >= $0.value.lastArrivalNanos + quietNanos }
                .sorted { $0.value.firstArrivalNanos < $1.value.firstArrivalNanos }.map(\.key)
            return ready.map { Self.take($0, from: &state, early: false) }
        }
    }

    /// Hands out every trace still held, oldest first.
    public func drain() -> [Batch] {
        quietTraces(nowNanos: .max, quietNanos: 0)
    }

    /// Every span held right now, without handing anything out, and the resources seen.
    public func snapshot() -> ReceivedSpans {
        state.withLock { state in
            ReceivedSpans(
                spans: state.traces.values.sorted { $0.firstArrivalNanos < $1.firstArrivalNanos }.flatMap(
                    \.spans),
                resources: state.resources)
        }
    }

    /// How many spans arrived since the collector started.
    public var receivedCount: Int { state.withLock { $0.received } }

    private static func take(_ id: TraceID, from state: inout State, early: Bool) -> Batch {
        let pending = state.traces.removeValue(forKey: id) ?? Pending()
        state.held -= pending.spans.count
        let services = Set(pending.spans.map(\.service))
        return Batch(
            spans: pending.spans, resources: state.resources.filter { services.contains($0.key) },
            early: early)
    }
}
