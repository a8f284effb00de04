/// How one rule came out.
public enum PropagationVerdict: String, Hashable, Sendable, Codable {
    /// The service followed the rule on every request of the case.
    case passed
    /// The service answered and made its calls, but broke the rule.
    case failed
    /// The service did not keep the contract (no answer, an error status, a call missing), so the
    /// rule could not be judged.
    case error
}

/// The result of one case: the verdict and, when it did not pass, the request that showed it,
/// what arrived, and what went wrong in the service's own terms.
public struct PropagationCaseResult: Hashable, Sendable {
    /// The rule checked.
    public var rule: PropagationRule
    /// The verdict.
    public var verdict: PropagationVerdict
    /// What this service did wrong ("call 1 reused the incoming parent id …"); nil when passed.
    public var problem: String?
    /// The request that showed the problem; nil when passed.
    public var exchange: ExerciseExchange?
    /// The calls that request produced (nil where a call never arrived); empty when passed.
    public var received: [ReceivedCall?]

    /// Creates a result.
    public init(
        rule: PropagationRule, verdict: PropagationVerdict, problem: String? = nil,
        exchange: ExerciseExchange? = nil, received: [ReceivedCall?] = []
    ) {
        self.rule = rule
        self.verdict = verdict
        self.problem = problem
        self.exchange = exchange
        self.received = received
    }

    /// The explanation for a learner: the problem, then the rule in plain words; nil when passed.
    public var message: String? {
        problem.map { "\($0). \(rule.explanation)" }
    }
}

/// Every case's result for one run of the exercise against one service.
public struct PropagationReport: Hashable, Sendable {
    /// The level run (1 or 2).
    public var level: Int
    /// One result per rule, in the order run.
    public var results: [PropagationCaseResult]

    /// Creates a report.
    public init(level: Int, results: [PropagationCaseResult]) {
        self.level = level
        self.results = results
    }

    /// Rules passed.
    public var score: Int { results.count { $0.verdict == .passed } }
    /// Rules checked.
    public var maxScore: Int { results.count }
    /// True when every rule passed.
    public var passed: Bool { score == maxScore }
}
