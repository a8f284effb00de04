/// Builds the `tracestate` part of a ``TraceContextExplanation``.
enum TraceStateExplainer {
    /// The explained header for one `tracestate` value.
    static func header(for value: String) -> TraceContextExplanation.Header {
        let name = TraceContextHeaders.tracestate
        do {
            let reading = try TraceStateParser.read(headers: [value])
            return .init(name: name, value: value, verdict: .accepted, lines: lines(for: reading))
        } catch {
            let drop = TraceContextExplanation.Line(
                label: "receiver", value: "drops tracestate",
                meaning: "it discards the whole tracestate; the traceparent still continues the trace")
            return .init(name: name, value: value, verdict: .rejected(error), lines: [drop])
        }
    }

    /// One line per kept member, then one per dropped duplicate, then the count of empty entries.
    static func lines(for reading: TraceStateParser.Reading) -> [TraceContextExplanation.Line] {
        let members = reading.traceState.members
        guard !members.isEmpty else {
            return [
                .init(
                    label: "members", value: "none",
                    meaning: "nothing to carry: an empty tracestate is allowed, and a sender leaves it out")
            ]
        }
        var lines = members.enumerated().map { index, member in
            TraceContextExplanation.Line(
                label: "member \(index + 1)", value: "\(member.key)=\(member.value)",
                meaning: meaning(of: member, isNewest: index == 0 && members.count > 1))
        }
        lines += reading.duplicates.map { member in
            .init(
                label: "dropped", value: "\(member.key)=\(member.value)",
                meaning:
                    "key \(member.key) appeared earlier; a key may appear once, so the first entry is kept")
        }
        if reading.emptyMembers > 0 {
            lines.append(
                .init(
                    label: "empty entries", value: "\(reading.emptyMembers)",
                    meaning:
                        "skipped: empty entries are allowed because joining several headers can leave them"))
        }
        return lines
    }

    /// Whose entry `member` is, and whether it is the most recently updated one.
    static func meaning(of member: TraceState.Member, isNewest: Bool) -> String {
        let owner =
            member.tenantAndSystem.map { "tenant \($0.tenant) of tracing system \($0.system)" }
            ?? "tracing system \(member.key)"
        let system = member.tenantAndSystem?.system ?? member.key
        let recency = isNewest ? "; leftmost, so it was updated most recently" : ""
        return "private data of \(owner); only \(system) knows what the value means\(recency)"
    }
}
