/// The optional whitespace (OWS) of HTTP field values: spaces and horizontal tabs, which receivers
/// ignore around a `traceparent` value and around each `tracestate` list-member.
enum OptionalWhitespace {
    /// `text` without leading and trailing spaces and tabs.
    static func trimmed(_ text: Substring) -> Substring {
        let isOWS: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isOWS($0) }),
            let last = text.lastIndex(where: { !isOWS($0) })
        else { return text[text.endIndex...] }
        return text[first...last]
    }
}
