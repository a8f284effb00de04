import Instrumentation

/// The metadata (application properties) that travels with a queued message. Keys are exact.
public struct MessageMetadata: Hashable, Sendable {
    /// The properties.
    public var properties: [String: String]

    /// Creates metadata.
    public init(_ properties: [String: String] = [:]) {
        self.properties = properties
    }
}

/// Writes trace context into ``MessageMetadata``.
public struct MessageMetadataInjector: Injector {
    /// Creates the injector.
    public init() {}

    /// Sets the property.
    public func inject(_ value: String, forKey key: String, into carrier: inout MessageMetadata) {
        carrier.properties[key] = value
    }
}

/// Reads trace context from ``MessageMetadata``.
public struct MessageMetadataExtractor: Extractor {
    /// Creates the extractor.
    public init() {}

    /// The property's value.
    public func extract(key: String, from carrier: MessageMetadata) -> String? {
        carrier.properties[key]
    }
}
