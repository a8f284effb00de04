/// A span attribute or event attribute value.
public enum AttributeValue: Hashable, Sendable, CustomStringConvertible {
    /// Text.
    case string(String)
    /// A whole number.
    case int(Int64)
    /// A floating-point number.
    case double(Double)
    /// A flag.
    case bool(Bool)

    /// The value as a learner would read it.
    public var description: String {
        switch self {
        case .string(let value): value
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .bool(let value): String(value)
        }
    }
}
