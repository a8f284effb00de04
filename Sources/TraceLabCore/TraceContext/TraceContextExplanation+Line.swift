extension TraceContextExplanation {
    /// One labelled line: a field or member, its value, and what it means.
    public struct Line: Hashable, Sendable {
        /// What the line is about, e.g. `trace-id` or `member 1`.
        public let label: String
        /// The value as it appears in the header.
        public let value: String
        /// One sentence for a learner on what the value means.
        public let meaning: String

        /// Creates a line.
        public init(label: String, value: String, meaning: String) {
            self.label = label
            self.value = value
            self.meaning = meaning
        }
    }
}
