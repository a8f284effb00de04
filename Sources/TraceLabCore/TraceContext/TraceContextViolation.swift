/// Why a `traceparent` or `tracestate` value was rejected: the rule of the W3C Trace Context
/// spec it breaks, and the detail of this value.
public struct TraceContextViolation: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rule broken.
    public let rule: Rule
    /// What exactly in this value breaks the rule, and what to do about it.
    public let detail: String

    /// Creates a violation.
    public init(rule: Rule, detail: String) {
        self.rule = rule
        self.detail = detail
    }

    /// One line for the learner: the rule broken, then what in this value breaks it and what to do.
    public var description: String { "\(rule.summary): \(detail)" }
}
