extension TraceContextExplanation {
    /// One explained header.
    public struct Header: Hashable, Sendable {
        /// The header name, `traceparent` or `tracestate`.
        public let name: String
        /// The value exactly as given.
        public let value: String
        /// Whether a receiver accepts, rejects or never reads the value.
        public let verdict: Verdict
        /// The decoded fields or members, each with its meaning; for a rejected value, what the
        /// receiver does instead; empty when the value is not read.
        public let lines: [Line]

        /// Creates an explained header.
        public init(name: String, value: String, verdict: Verdict, lines: [Line]) {
            self.name = name
            self.value = value
            self.verdict = verdict
            self.lines = lines
        }

        /// The rule the value breaks, when it is rejected.
        public var violation: TraceContextViolation? {
            if case .rejected(let violation) = verdict { violation } else { nil }
        }
    }
}
