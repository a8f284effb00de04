import TraceLabCore

/// Finds spans the way a learner names them: by the start of the span id (at least four hex
/// digits, as copied from a `traceparent`) or by words that all appear in "service name kind".
struct SpanQuery {
    /// The fewest hex digits that are taken as the start of a span id.
    static let minimumPrefix = 4

    let words: [String]

    init(_ words: [String]) {
        self.words = words.map { $0.lowercased() }.filter { !$0.isEmpty }
    }

    func matches(in spans: [RecordedSpan]) -> [RecordedSpan] {
        guard !words.isEmpty else { return [] }
        if words.count == 1, let word = words.first, word.count >= Self.minimumPrefix,
            word.allSatisfy(\.isHexDigit)
        {
            let byID = spans.filter { $0.spanID.hex.hasPrefix(word) }
            if !byID.isEmpty { return byID }
        }
        return spans.filter { span in
            let text = "\(span.service) \(span.name) \(span.kind.rawValue)".lowercased()
            return words.allSatisfy { text.contains($0) }
        }
    }
}
