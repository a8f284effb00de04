/// A quiz with every key known: trace facts computed once, so grading a submission is only
/// comparisons. Build one per quiz and grade many submissions against it.
public struct ResolvedQuiz: Hashable, Sendable {
    /// The quiz.
    public let quiz: Quiz
    /// Each question's key, in the quiz's question order.
    public let keys: [AnswerKey]
    /// The computed fact of each trace question, by question id.
    public let facts: [String: TraceFactValue]
    /// Each question's explanation with `{fact}` replaced by its computed fact, in question order.
    public let explanations: [String]
    let keySets: [Set<String>]

    /// Resolves `quiz`'s keys, asking `resolver` for each trace question's fact (each distinct
    /// query once). Fails, naming the question's line, when a fact cannot be computed or fits no
    /// choice, or when the quiz has trace questions and `resolver` is nil.
    public init(_ quiz: Quiz, resolver: (any TraceFactResolver)? = nil) throws(ContentError) {
        var keys: [AnswerKey] = []
        var facts: [String: TraceFactValue] = [:]
        var explanations: [String] = []
        var computed: [TraceFactQuery: TraceFactValue] = [:]
        for question in quiz.questions {
            var explanation = question.explanation
            switch question.form {
            case .single(let key): keys.append(.choice(key))
            case .multiple(let key): keys.append(.choices(key))
            case .ordering(let key): keys.append(.ordering(key))
            case .numeric(let key, let tolerance): keys.append(.number(key, tolerance: tolerance))
            case .trace(let trace):
                let fact: TraceFactValue
                if let known = computed[trace.query] {
                    fact = known
                } else {
                    fact = try Self.compute(trace.query, for: question, file: quiz.file, resolver: resolver)
                    computed[trace.query] = fact
                }
                facts[question.id] = fact
                keys.append(try TraceKeyMatcher.key(for: question, trace: trace, fact: fact, file: quiz.file))
                explanation = explanation.replacing("{fact}", with: fact.description)
            }
            explanations.append(explanation)
        }
        self.quiz = quiz
        self.keys = keys
        self.facts = facts
        self.explanations = explanations
        self.keySets = keys.map { key in
            if case .choices(let ids) = key { return Set(ids) }
            return []
        }
    }

    /// The key of the question with id `questionID`.
    public func key(for questionID: String) -> AnswerKey? {
        quiz.questions.firstIndex { $0.id == questionID }.map { keys[$0] }
    }

    private static func compute(
        _ query: TraceFactQuery, for question: QuizQuestion, file: String, resolver: (any TraceFactResolver)?
    ) throws(ContentError) -> TraceFactValue {
        let line = question.lines.line(of: "scenario")
        guard let resolver else {
            throw ContentError(
                file: file, line: line,
                message:
                    "question '\(question.id)' computes its key from a scenario run, but no scenario runner was given"
            )
        }
        do {
            return try resolver.fact(query)
        } catch {
            throw ContentError(
                file: file, line: line,
                message:
                    "question '\(question.id)': cannot compute \(query.fact.rawValue) from scenario '\(query.scenarioID)': \(error)"
            )
        }
    }
}
