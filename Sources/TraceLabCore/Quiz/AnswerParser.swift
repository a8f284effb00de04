/// Turns what a learner types for one question into a recorded ``LearnerAnswer``.
///
/// Choice questions take letters of the shown order (`A`, `a,c`, `AC`, `a c`, `A+C`) or choice
/// ids, and a number picks the choice whose label starts with that number (`6` for `6 traces`);
/// ordering questions take 1-based positions instead (`3 1 2`, `C,A,B`, `CAB`). Numeric
/// questions take a number, optionally followed by the question's unit (`2800`, `2800 ms`), and,
/// when the unit is a time unit, any duration (`2.8s`).
public enum AnswerParser {
    /// The recorded answer for `text` typed at `question`; a one-line error otherwise.
    public static func parse(_ text: String, for question: PresentedQuestion) throws(AnswerError)
        -> LearnerAnswer
    {
        let trimmed = String(text.trimmingWhitespace)
        guard !trimmed.isEmpty else {
            throw AnswerError(
                questionID: question.question.id, message: "no answer given; \(hint(for: question))")
        }
        if question.question.response == .number {
            return .number(try number(trimmed, for: question))
        }
        return try choices(tokens: tokens(trimmed), for: question)
    }

    /// The recorded answer for `tokens` (each a choice id, a run of letters or a position) at `question`.
    static func choices(tokens: [String], for question: PresentedQuestion) throws(AnswerError)
        -> LearnerAnswer
    {
        let response = question.question.response
        var ids: [String] = []
        for token in tokens {
            ids += try choiceIDs(token, for: question, allowPositions: response == .ordering)
        }
        let fail = { (message: String) in AnswerError(questionID: question.question.id, message: message) }
        guard !ids.isEmpty else { throw fail("no answer given; \(hint(for: question))") }
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted {
            throw fail("choice \(question.letter(of: id) ?? id) is given twice; give each choice once")
        }
        switch response {
        case .oneChoice:
            guard ids.count == 1 else {
                throw fail("pick exactly one choice (\(question.letterRange)), not \(ids.count)")
            }
        case .ordering:
            let missing = question.choices.filter { !seen.contains($0.id) }.map {
                question.letter(of: $0.id) ?? $0.id
            }
            guard missing.isEmpty else {
                throw fail("put every choice in order; missing \(missing.joined(separator: ", "))")
            }
        case .severalChoices, .number:
            break
        }
        return .choices(ids)
    }

    /// Splits on commas, spaces, tabs and `+`.
    static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" || $0 == "+" || $0 == "\n" })
            .map(String.init)
    }

    private static func choiceIDs(_ token: String, for question: PresentedQuestion, allowPositions: Bool)
        throws(AnswerError) -> [String]
    {
        let choices = question.choices
        if let choice = choices.first(where: { $0.id == token }) { return [choice.id] }
        let fail = { (message: String) in AnswerError(questionID: question.question.id, message: message) }
        if token.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) {
            var ids: [String] = []
            for letter in token.uppercased().unicodeScalars {
                let index = Int(letter.value) - Int(UInt8(ascii: "A"))
                guard index < choices.count else {
                    throw fail(
                        "there is no choice \(Character(letter)); this question has \(question.letterRange)")
                }
                ids.append(choices[index].id)
            }
            return ids
        }
        if allowPositions, let position = Int(token) {
            guard (1...choices.count).contains(position) else {
                throw fail(
                    "there is no choice number \(position); use 1 to \(choices.count) or \(question.letterRange)"
                )
            }
            return [choices[position - 1].id]
        }
        if !allowPositions, let value = Double(token), value.isFinite {
            let labelled = choices.filter { leadingNumber(of: $0.text) == value }
            if labelled.count == 1 { return [labelled[0].id] }
            throw fail("no choice shows the number \(token); \(hint(for: question))")
        }
        throw fail("'\(token)' is not a choice; \(hint(for: question))")
    }

    private static func number(_ text: String, for question: PresentedQuestion) throws(AnswerError) -> Double
    {
        if let value = Double(text), value.isFinite { return value }
        if let unit = question.question.unit, text.lowercased().hasSuffix(unit.lowercased()),
            let value = Double(text.dropLast(unit.count).trimmingWhitespace), value.isFinite
        {
            return value
        }
        if let unit = question.question.unit, let unitNanos = DurationText.nanoseconds("1" + unit),
            unitNanos > 0,
            let nanos = DurationText.nanoseconds(text)
        {
            return Double(nanos) / Double(unitNanos)
        }
        throw AnswerError(
            questionID: question.question.id, message: "'\(text)' is not a number; \(hint(for: question))")
    }

    /// The number a choice's label starts with (`6` in `6 traces`), if it starts with one.
    static func leadingNumber(of label: String) -> Double? {
        let digits = label.trimmingWhitespace.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        return digits.isEmpty ? nil : Double(digits)
    }

    /// What a valid answer looks like for `question`.
    static func hint(for question: PresentedQuestion) -> String {
        let numbered = question.choices.contains { leadingNumber(of: $0.text) != nil }
        return switch question.question.response {
        case .oneChoice:
            "answer with one letter, \(question.letterRange)"
                + (numbered ? ", or the number a choice shows" : "")
        case .severalChoices: "answer with one or more letters (\(question.letterRange)), such as A,C"
        case .ordering:
            "answer with every letter (\(question.letterRange)) in order, such as C,A,B, or positions such as 3 1 2"
        case .number:
            if let unit = question.question.unit {
                "answer with a number in \(unit), such as 2800"
            } else {
                "answer with a number, such as 2800"
            }
        }
    }
}
