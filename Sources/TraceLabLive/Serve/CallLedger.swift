import Synchronization
import TraceLabCore

/// A service process's notes about its calls: which client span each call id ran under, what
/// went out on the wire for it, and the crossing halves not yet reported to the parent.
public final class CallLedger: Sendable {
    private struct State {
        var clientSpans: [String: SpanContext] = [:]
        var wire: [String: [String: [String]]] = [:]
        var halves: [CrossingHalf] = []
        var nextCall = 0
    }

    private let state = Mutex(State())
    /// Prefix of every call id this process makes, so ids are unique across processes.
    public let prefix: String

    /// Creates a ledger whose call ids start with `prefix`.
    public init(prefix: String) {
        self.prefix = prefix
    }

    /// A new call id.
    public func newCallID() -> String {
        state.withLock { state in
            state.nextCall += 1
            return "\(prefix)-\(state.nextCall)"
        }
    }

    /// Notes the client span a call ran under (seen when the client asked to inject).
    public func noteClientSpan(_ context: SpanContext, for callID: String) {
        state.withLock { $0.clientSpans[callID] = context }
    }

    /// The client span noted for `callID`.
    public func clientSpan(for callID: String) -> SpanContext? {
        state.withLock { $0.clientSpans.removeValue(forKey: callID) }
    }

    /// Notes a header that went out on the wire for `callID` (names lowercased).
    public func noteWire(_ name: String, _ value: String, for callID: String) {
        state.withLock { $0.wire[callID, default: [:]][name, default: []].append(value) }
    }

    /// The trace-context fields sent for `callID`, several values joined with `, `.
    public func sentFields(for callID: String) -> [String: String] {
        let wire = state.withLock { $0.wire.removeValue(forKey: callID) } ?? [:]
        return wire.filter {
            $0.key == TraceContextHeaders.traceparent || $0.key == TraceContextHeaders.tracestate
        }
        .mapValues { $0.joined(separator: ", ") }
    }

    /// Keeps a crossing half for the next report.
    public func record(_ half: CrossingHalf) {
        state.withLock { $0.halves.append(half) }
    }

    /// Returns the halves kept so far and forgets them.
    public func drainHalves() -> [CrossingHalf] {
        state.withLock { state in
            defer { state.halves = [] }
            return state.halves
        }
    }
}
