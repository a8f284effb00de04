import Synchronization
import TraceLabCore

/// The server and consumer spans a process has open, by span id, so the code handling a
/// request can add events, attributes and an error status to the span that the tracing
/// middleware started for it.
public final class ActiveSpans: Sendable {
    private let spans = Mutex<[SpanID: LabSpan]>([:])
    private let returned = Mutex<[(span: LabSpan, atNanos: UInt64)]>([])

    /// Creates an empty table.
    public init() {}

    /// Keeps `span` until ``remove(_:)``.
    public func add(_ span: LabSpan) {
        spans.withLock { $0[span.spanContext.spanID] = span }
    }

    /// The open span with `id`.
    public func span(_ id: SpanID) -> LabSpan? {
        spans.withLock { $0[id] }
    }

    /// Forgets the span with `id`, noting when its handler returned: the tracing middleware ends
    /// it once the answer is written, and ``endStragglers()`` ends it at that instant if the
    /// answer could never be written (the caller had gone).
    public func remove(_ id: SpanID, returnedAtNanos: UInt64) {
        guard let span = spans.withLock({ $0.removeValue(forKey: id) }) else { return }
        returned.withLock { $0.append((span, returnedAtNanos)) }
    }

    /// Ends every span whose handler returned but whose answer was never written.
    public func endStragglers() {
        let waiting = returned.withLock { list in
            defer { list = [] }
            return list
        }
        for (span, at) in waiting where span.isRecording {
            span.end(at: VirtualInstant(nanosecondsSinceEpoch: at))
        }
    }
}
