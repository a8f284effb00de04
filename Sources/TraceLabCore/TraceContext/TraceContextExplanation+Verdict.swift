extension TraceContextExplanation {
    /// What a receiver does with a header value.
    public enum Verdict: Hashable, Sendable {
        /// The value follows the spec and is used.
        case accepted
        /// The value breaks this rule and is discarded.
        case rejected(TraceContextViolation)
        /// The value is discarded without being read, for this reason.
        case notRead(reason: String)
    }
}
