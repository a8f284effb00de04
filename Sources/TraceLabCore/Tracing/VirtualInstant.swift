import Tracing

/// An instant on the lab's virtual clock, handed to `Tracer.startSpan(at:)` and `Span.end(at:)`
/// so simulated time is always an explicit parameter.
public struct VirtualInstant: TracerInstant {
    /// Nanoseconds since the Unix epoch.
    public let nanosecondsSinceEpoch: UInt64

    /// Creates an instant.
    public init(nanosecondsSinceEpoch: UInt64) {
        self.nanosecondsSinceEpoch = nanosecondsSinceEpoch
    }

    /// Orders instants in time.
    public static func < (lhs: VirtualInstant, rhs: VirtualInstant) -> Bool {
        lhs.nanosecondsSinceEpoch < rhs.nanosecondsSinceEpoch
    }
}
