/// A W3C `tracestate`: ordered vendor key/value members.
///
/// STUB: the full rule set (issue 2, item 3) replaces `parse`; the API stays.
public struct TraceState: Hashable, Sendable {
    /// One `key=value` member.
    public struct Member: Hashable, Sendable {
        /// The member's key.
        public var key: String
        /// The member's value.
        public var value: String

        /// Creates a member.
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// The members, leftmost (most recently updated) first.
    public var members: [Member]

    /// Creates a tracestate from members.
    public init(members: [Member] = []) {
        self.members = members
    }

    /// True when there is nothing to send.
    public var isEmpty: Bool { members.isEmpty }

    /// The header value: members joined with commas.
    public var headerValue: String { members.map { "\($0.key)=\($0.value)" }.joined(separator: ",") }

    /// Parses every received `tracestate` header, in order.
    public static func parse(headers: [String]) -> TraceState {
        let members = headers.joined(separator: ",").split(separator: ",").compactMap { item -> Member? in
            let pair = item.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { return nil }
            return Member(key: String(pair[0]), value: String(pair[1]))
        }
        return TraceState(members: members)
    }
}
