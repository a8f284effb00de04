import Synchronization

/// Collects finished spans from any number of tracers, in the order they ended. The in-memory
/// backend of the lab, shipped as real code like swift-distributed-tracing's `InMemoryTracer`.
public final class SpanRecorder: Sendable {
    private let finished = Mutex<[RecordedSpan]>([])

    /// Creates an empty recorder.
    public init() {}

    /// Adds a finished span.
    public func record(_ span: RecordedSpan) {
        finished.withLock { $0.append(span) }
    }

    /// Every span recorded so far, in the order they ended.
    public var spans: [RecordedSpan] { finished.withLock { $0 } }

    /// Returns every span recorded so far and forgets them.
    public func drain() -> [RecordedSpan] {
        finished.withLock { spans in
            defer { spans = [] }
            return spans
        }
    }
}
