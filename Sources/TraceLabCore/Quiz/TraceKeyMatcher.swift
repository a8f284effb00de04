/// Turns a computed trace fact into a key: the choice whose value equals the fact, the number
/// itself, or the choices in the fact's order.
enum TraceKeyMatcher {
    /// The comparison form of a value: trimmed and lowercased.
    static func normalized(_ text: String) -> String {
        String(text.trimmingWhitespace).lowercased()
    }

    /// Whether `choice`'s value equals `fact`: same text (ignoring case), same number, or the same
    /// comma-separated names in the same order.
    static func matches(_ fact: TraceFactValue, _ choice: QuizChoice) -> Bool {
        switch fact {
        case .text(let text):
            return normalized(text) == normalized(choice.comparedValue)
        case .number(let number):
            guard let value = Double(choice.comparedValue.trimmingWhitespace) else { return false }
            return abs(value - number) <= 1e-9 * max(1, abs(number))
        case .list(let names):
            let values = choice.comparedValue.split(separator: ",").map { normalized(String($0)) }
            return values == names.map(normalized)
        }
    }

    /// The key for `question` (a trace question) given its computed `fact`.
    static func key(for question: QuizQuestion, trace: TraceQuestion, fact: TraceFactValue, file: String)
        throws(ContentError) -> AnswerKey
    {
        let problem = { (message: String) in
            ContentError(
                file: file, line: question.lines.line(of: "fact"),
                message:
                    "question '\(question.id)': scenario '\(trace.query.scenarioID)' gives \(trace.query.fact.rawValue) = \(fact), \(message)"
            )
        }
        switch trace.answer {
        case .choice:
            let matching = question.choices.filter { matches(fact, $0) }
            guard matching.count == 1 else {
                throw matching.isEmpty
                    ? problem("which no choice has as its value; add or fix the choice")
                    : problem(
                        "which several choices match (\(matching.map(\.id).joined(separator: ", "))); keep one"
                    )
            }
            return .choice(matching[0].id)
        case .numeric(let tolerance):
            guard case .number(let number) = fact else { throw problem("which is not a number") }
            return .number(number, tolerance: tolerance)
        case .ordering:
            guard case .list(let names) = fact else { throw problem("which is not a list") }
            var remaining = question.choices
            var ids: [String] = []
            for name in names {
                guard
                    let index = remaining.firstIndex(where: {
                        normalized($0.comparedValue) == normalized(name)
                    })
                else {
                    throw problem(
                        "and no choice has the value '\(name)'; the choices must be exactly those names")
                }
                ids.append(remaining.remove(at: index).id)
            }
            guard remaining.isEmpty else {
                throw problem(
                    "which leaves out \(remaining.map(\.comparedValue).joined(separator: ", ")); the choices must be exactly those names"
                )
            }
            return .ordering(ids)
        }
    }
}
