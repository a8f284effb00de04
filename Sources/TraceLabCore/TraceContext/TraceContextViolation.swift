/// Why a `traceparent` or `tracestate` value was rejected: the rule of the W3C Trace Context
/// spec it breaks, and the detail of this value.
public struct TraceContextViolation: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rules a header can break.
    public enum Rule: String, Hashable, Sendable {
        /// Anything not yet covered by a more precise rule.
        case malformed
    }

    /// The rule broken.
    public let rule: Rule
    /// What exactly in this value breaks it.
    public let detail: String

    /// Creates a violation.
    public init(rule: Rule, detail: String) {
        self.rule = rule
        self.detail = detail
    }

    /// One line for the learner.
    public var description: String { detail }
}
