import TraceLabCore

/// Spans that arrived in OTLP payloads, with the resource each service reported.
public struct ReceivedSpans: Hashable, Sendable {
    /// Every span, in payload order, as the lab's own ``RecordedSpan`` (its service is the
    /// resource's `service.name`, or `unknown_service` when the resource has none).
    public var spans: [RecordedSpan]
    /// Resource attributes by service name (`service.name`, `process.pid`, ...); the last
    /// resource seen for a service wins.
    public var resources: [String: [String: AttributeValue]]

    /// Creates a batch.
    public init(spans: [RecordedSpan] = [], resources: [String: [String: AttributeValue]] = [:]) {
        self.spans = spans
        self.resources = resources
    }

    /// Adds `other`'s spans after this batch's and merges its resources.
    public mutating func append(_ other: ReceivedSpans) {
        spans.append(contentsOf: other.spans)
        resources.merge(other.resources) { _, new in new }
    }
}
