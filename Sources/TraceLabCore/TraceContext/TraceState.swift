/// A W3C `tracestate`: ordered vendor key/value members.
///
/// Receiving follows the spec's grammar strictly: a combined value that breaks it (a malformed
/// member, a bad key or value, more than 32 members) is discarded whole, which the spec allows
/// ("the vendor MAY discard the entire header") and its conformance suite expects. A key that
/// appears again keeps its first (leftmost) entry; the later ones are dropped.
public struct TraceState: Hashable, Sendable {
    /// The most list-members a `tracestate` may have.
    public static let maximumMembers = 32

    /// The members, leftmost (most recently updated) first.
    public var members: [Member]

    /// Creates a tracestate from members.
    public init(members: [Member] = []) {
        self.members = members
    }

    /// True when there is nothing to send.
    public var isEmpty: Bool { members.isEmpty }

    /// The header value: members as `key=value` joined with commas, without optional whitespace.
    public var headerValue: String { members.map { "\($0.key)=\($0.value)" }.joined(separator: ",") }

    /// The value of the first member with `key`, if any.
    public func value(forKey key: String) -> String? {
        members.first { $0.key == key }?.value
    }

    /// The tracestate a receiver keeps from every received `tracestate` header value, in order:
    /// the values joined as one comma-separated list; empty when that list breaks the grammar.
    public static func parse(headers: [String]) -> TraceState {
        headers.isEmpty ? TraceState() : (try? read(headers: headers)) ?? TraceState()
    }

    /// Reads every received `tracestate` header value, in order, as one comma-separated list, or says
    /// which rule of the spec the list breaks. Empty and whitespace-only members are skipped; spaces
    /// and tabs around members are ignored; a repeated key keeps its first entry.
    public static func read(headers: [String]) throws(TraceContextViolation) -> TraceState {
        try TraceStateParser.read(headers: headers).traceState
    }
}
