/// One request the exercise sends to the service under test: the trace-context headers it carries
/// and how many calls the service is asked to make back to the harness.
public struct ExerciseExchange: Hashable, Sendable {
    /// What this request tries, in a few words ("flags 00", "two tracestate headers").
    public var label: String
    /// The headers sent, in order, names in the case given.
    public var headers: [ExerciseHeader]
    /// How many callback calls the request body asks for (one array element each).
    public var calls: Int

    /// Creates an exchange.
    public init(_ label: String, headers: [ExerciseHeader], calls: Int = 1) {
        self.label = label
        self.headers = headers
        self.calls = calls
    }
}

/// One case of the exercise: the rule it checks and the requests that check it.
public struct PropagationCase: Hashable, Sendable {
    /// The rule.
    public var rule: PropagationRule
    /// The requests, sent in order.
    public var exchanges: [ExerciseExchange]

    /// Creates a case.
    public init(rule: PropagationRule, exchanges: [ExerciseExchange]) {
        self.rule = rule
        self.exchanges = exchanges
    }
}
