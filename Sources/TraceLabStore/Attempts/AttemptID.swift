/// The store's identifier for one quiz attempt: assigned by the database when the attempt starts,
/// unique within one database file and increasing in the order attempts were started.
public struct AttemptID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The database row id.
    public let rawValue: Int64

    /// Wraps a row id, such as one read back from an earlier report.
    public init(rawValue: Int64) {
        self.rawValue = rawValue
    }

    /// Orders ids the way the attempts were started.
    public static func < (lhs: AttemptID, rhs: AttemptID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The row id in decimal.
    public var description: String { String(rawValue) }

    /// Decodes from a bare JSON number.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int64.self)
    }

    /// Encodes as a bare JSON number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
