/// One HTTP header line as the exercise sends it or as a callback received it: the name keeps its
/// case, the value its surrounding whitespace, and repeated names stay separate lines.
public struct ExerciseHeader: Hashable, Sendable, Codable {
    /// The header name, exactly as written on the wire.
    public var name: String
    /// The header value, exactly as written on the wire.
    public var value: String

    /// Creates a header line.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension [ExerciseHeader] {
    /// The values of every line whose name is `name`, compared without case, in order.
    public func values(named name: String) -> [String] {
        let wanted = name.lowercased()
        return filter { $0.name.lowercased() == wanted }.map(\.value)
    }
}
