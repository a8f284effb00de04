/// The grammar of ids a learner types and files refer to: lowercase letters and digits in
/// words joined by single hyphens (`trace-and-spans`, `w3c-traceparent`).
enum ContentIdentifier {
    /// Whether `text` follows the grammar.
    static func isValid(_ text: String) -> Bool {
        let words = text.split(separator: "-", omittingEmptySubsequences: false)
        return !text.isEmpty
            && words.allSatisfy { word in
                !word.isEmpty
                    && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            }
    }

    /// The rule in words, for messages.
    static let rule = "lowercase letters and digits joined by single hyphens, like 'trace-and-spans'"
}
