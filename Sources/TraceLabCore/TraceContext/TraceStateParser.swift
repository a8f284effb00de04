/// Reads received `tracestate` header values as one list and checks it against the spec's grammar.
enum TraceStateParser {
    /// A list that follows the grammar.
    struct Reading {
        /// The members kept: every valid member, a repeated key only at its first position.
        let traceState: TraceState
        /// Members dropped because their key appeared earlier in the list.
        let duplicates: [TraceState.Member]
        /// Empty or whitespace-only list-members skipped.
        let emptyMembers: Int
    }

    /// Joins `headers` in order with commas, then reads the list, or throws the first rule it breaks.
    static func read(headers: [String]) throws(TraceContextViolation) -> Reading {
        var items: [Substring] = []
        var emptyMembers = 0
        for raw in headers.joined(separator: ",").split(separator: ",", omittingEmptySubsequences: false) {
            let item = OptionalWhitespace.trimmed(raw)
            if item.isEmpty { emptyMembers += 1 } else { items.append(item) }
        }
        guard items.count <= TraceState.maximumMembers else {
            throw TraceContextViolation(
                rule: .tracestateTooManyMembers,
                detail: "found \(items.count); a receiver may discard the whole header, so send at most "
                    + "\(TraceState.maximumMembers) and drop entries from the right")
        }
        var members: [TraceState.Member] = []
        var duplicates: [TraceState.Member] = []
        var seenKeys: Set<String> = []
        for item in items {
            let member = try member(item)
            if seenKeys.insert(member.key).inserted {
                members.append(member)
            } else {
                duplicates.append(member)
            }
        }
        return Reading(
            traceState: TraceState(members: members), duplicates: duplicates, emptyMembers: emptyMembers)
    }

    /// One trimmed, non-empty list-member as `key=value`, checked against the key and value grammar.
    static func member(_ item: Substring) throws(TraceContextViolation) -> TraceState.Member {
        guard let equals = item.firstIndex(of: "=") else {
            throw TraceContextViolation(
                rule: .tracestateMemberFormat,
                detail:
                    "\(ViolationText.quote(item)) has no '='; write entries as key=value separated by commas")
        }
        let key = item[..<equals]
        let value = item[item.index(after: equals)...]
        try TraceStateGrammar.checkKey(key)
        try TraceStateGrammar.checkValue(value, of: key)
        return TraceState.Member(key: String(key), value: String(value))
    }
}
