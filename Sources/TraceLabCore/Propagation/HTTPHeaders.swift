import Instrumentation

/// HTTP request headers as they travel on the wire: ordered, repeatable, names compared without
/// regard to case (RFC 9110).
public struct HTTPHeaders: Hashable, Sendable {
    /// One header line.
    public struct Field: Hashable, Sendable {
        /// The name as written.
        public var name: String
        /// The value.
        public var value: String
    }

    /// Every field, in order.
    public private(set) var fields: [Field] = []

    /// Creates headers from name/value pairs, kept in order.
    public init(_ pairs: [(String, String)] = []) {
        fields = pairs.map { Field(name: $0.0, value: $0.1) }
    }

    /// Adds a field after the existing ones (a repeated name is kept as a second line).
    public mutating func add(name: String, value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Replaces every field called `name` (in any case) with one field.
    public mutating func set(name: String, value: String) {
        remove(name: name)
        add(name: name, value: value)
    }

    /// Removes every field called `name`, in any case.
    public mutating func remove(name: String) {
        fields.removeAll { Self.sameName($0.name, name) }
    }

    /// Every value of `name`, in any case, in order.
    public func values(_ name: String) -> [String] {
        fields.filter { Self.sameName($0.name, name) }.map(\.value)
    }

    /// The field's value; several fields of one name combine into one comma-separated value, as
    /// HTTP allows, which makes a repeated `traceparent` invalid, as the W3C spec requires.
    public subscript(name: String) -> String? {
        var combined: String?
        for field in fields where Self.sameName(field.name, name) {
            combined = combined.map { "\($0),\(field.value)" } ?? field.value
        }
        return combined
    }

    /// Header names compare without regard to ASCII case, without allocating.
    static func sameName(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count
            && zip(a.utf8, b.utf8).allSatisfy { x, y in
                x == y || (x | 0x20 == y | 0x20 && (0x61...0x7A).contains(x | 0x20))
            }
    }

}

/// Writes trace context into ``HTTPHeaders``.
public struct HTTPHeadersInjector: Injector {
    /// Creates the injector.
    public init() {}

    /// Sets the header, replacing any earlier value.
    public func inject(_ value: String, forKey key: String, into carrier: inout HTTPHeaders) {
        carrier.set(name: key, value: value)
    }
}

/// Reads trace context from ``HTTPHeaders``, whatever the case of the names.
public struct HTTPHeadersExtractor: Extractor {
    /// Creates the extractor.
    public init() {}

    /// The header's combined value.
    public func extract(key: String, from carrier: HTTPHeaders) -> String? {
        carrier[key]
    }
}
