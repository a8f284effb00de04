/// Loads a quiz from the YAML text of a quiz file (format: `quizzes/FORMAT.md`).
public enum QuizLoader {
    static let quizKeys = ["id", "title", "pass-mark", "shuffle", "questions"]

    /// The quiz in `text` (the contents of `file`). Throws the first problem, by line, among
    /// every structural and semantic problem (``QuizValidator``); scenario names are not checked
    /// here, because the loader does not know the scenarios; use ``check(text:file:knownScenarios:)``.
    public static func load(text: String, file: String) throws(ContentError) -> Quiz {
        let parsed = parse(text: text, file: file)
        var problems = parsed.problems
        if let quiz = parsed.quiz {
            problems += QuizValidator.problems(
                in: quiz, knownScenarios: nil, requireQuestions: parsed.questionEntries == 0)
        }
        if let first = ProblemCollector.ordered(problems).first { throw first }
        guard let quiz = parsed.quiz else {
            throw ContentError(file: file, line: nil, message: "could not be read as a quiz")
        }
        return quiz
    }

    /// Every problem in `text`, ordered by line: YAML syntax, structure, and the checks of
    /// ``QuizValidator`` (including scenario and boundary names when `knownScenarios`, scenario id
    /// to boundary names, is given). Empty when the quiz is fine. This is what `tracelab check` reports.
    public static func check(text: String, file: String, knownScenarios: [String: [String]]? = nil)
        -> [ContentError]
    {
        let parsed = parse(text: text, file: file)
        var problems = parsed.problems
        if let quiz = parsed.quiz {
            problems += QuizValidator.problems(
                in: quiz, knownScenarios: knownScenarios, requireQuestions: parsed.questionEntries == 0)
        }
        return ProblemCollector.ordered(problems)
    }

    /// The quiz as far as it could be read (questions that failed are left out), the problems
    /// met on the way, and how many question entries the file has.
    static func parse(text: String, file: String) -> (
        quiz: Quiz?, problems: [ContentError], questionEntries: Int
    ) {
        var collector = ProblemCollector()
        let root = collector.attempt { () throws(ContentError) in
            try ContentNode.parse(text, file: file)
        }
        guard let root,
            let reader = collector.attempt({ () throws(ContentError) in
                try ContentReader(root, file: file, context: "the quiz")
            })
        else {
            return (nil, collector.problems, 0)
        }
        collector.problems += reader.unknownKeyProblems(quizKeys)
        let id = collector.attempt { () throws(ContentError) in try reader.string("id") }
        let title = collector.attempt { () throws(ContentError) in try reader.string("title") }
        let passMark = collector.attempt { () throws(ContentError) in try readPassMark(reader) }
        let shuffle = collector.attempt { () throws(ContentError) in try reader.optionalBool("shuffle") }
        let entries = collector.attempt { () throws(ContentError) in try reader.list("questions") } ?? []
        var questions: [QuizQuestion] = []
        for (index, entry) in entries.enumerated() {
            if let question = QuestionLoader.question(entry, number: index + 1, file: file, into: &collector)
            {
                questions.append(question)
            }
        }
        let quiz = Quiz(
            id: id ?? "", title: title ?? "", version: FNV1a64.hex(text), passMark: passMark ?? 1,
            shuffle: (shuffle ?? nil) ?? true, questions: questions, file: file, lines: reader.keyLines)
        return (quiz, collector.problems, entries.count)
    }

    /// `pass-mark`: a fraction (`0.66`), a percent (`66%`) or a ratio (`2/3`).
    private static func readPassMark(_ reader: ContentReader) throws(ContentError) -> Double {
        let text = String(try reader.string("pass-mark").trimmingWhitespace)
        let wrongForm = reader.error(
            at: "pass-mark",
            "'pass-mark' must be a fraction like 0.66, a percent like 66% or a ratio like 2/3, not '\(text)'")
        if text.hasSuffix("%") {
            guard let percent = Double(text.dropLast().trimmingWhitespace), percent.isFinite else {
                throw wrongForm
            }
            return percent / 100
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let top = Double(parts[0].trimmingWhitespace),
                let bottom = Double(parts[1].trimmingWhitespace),
                bottom > 0, top.isFinite, bottom.isFinite
            else { throw wrongForm }
            return top / bottom
        }
        guard let value = Double(text), value.isFinite else { throw wrongForm }
        return value
    }
}
