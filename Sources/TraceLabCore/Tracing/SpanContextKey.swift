import Instrumentation

/// The key under which a W3C ``SpanContext`` travels inside an `InstrumentationContext`.
enum SpanContextKey: InstrumentationContextKey {
    typealias Value = SpanContext
    static var nameOverride: String? { "w3c-span-context" }
}

extension InstrumentationContext {
    /// The current span's W3C context (or a remote parent's, right after extraction), if any.
    public var spanContext: SpanContext? {
        get { self[SpanContextKey.self] }
        set { self[SpanContextKey.self] = newValue }
    }
}
