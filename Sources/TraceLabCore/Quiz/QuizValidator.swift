/// The semantic checks `tracelab check` runs on a quiz: every problem is reported, each with the
/// line it is on.
public enum QuizValidator {
    /// Every problem in `quiz`, ordered by line. With `knownScenarios` (scenario id to its boundary
    /// names) trace questions must name a known scenario and known boundaries; with nil those two
    /// checks are skipped.
    public static func validate(_ quiz: Quiz, knownScenarios: [String: [String]]? = nil) -> [ContentError] {
        ProblemCollector.ordered(problems(in: quiz, knownScenarios: knownScenarios, requireQuestions: true))
    }

    /// The problems, unordered; `requireQuestions` false skips the "no questions" check (used when
    /// the file has question entries that all failed to load).
    static func problems(in quiz: Quiz, knownScenarios: [String: [String]]?, requireQuestions: Bool)
        -> [ContentError]
    {
        var report = Report(file: quiz.file)
        if !quiz.id.isEmpty, !isValidID(quiz.id) {
            report.add(quiz.lines.line(of: "id"), "quiz id '\(quiz.id)' \(idRule)")
        }
        if !(quiz.passMark > 0 && quiz.passMark <= 1) {
            let hint =
                quiz.passMark > 1 && quiz.passMark <= 100
                ? " (for a percent write \(NumberText.format(quiz.passMark))%)" : ""
            report.add(
                quiz.lines.line(of: "pass-mark"),
                "pass-mark \(NumberText.format(quiz.passMark)) is out of range; it must be above 0 and at most 1\(hint)"
            )
        }
        if requireQuestions, quiz.questions.isEmpty {
            report.add(
                quiz.lines.line(of: "questions"),
                "the quiz has no questions; add at least one under 'questions'")
        }
        var firstLineByID: [String: Int] = [:]
        for question in quiz.questions {
            let line = question.lines.line(of: "id")
            if let first = firstLineByID[question.id] {
                report.add(
                    line,
                    "question id '\(question.id)' is used twice (first on line \(first)); ids must be unique")
            } else {
                firstLineByID[question.id] = line
            }
            QuestionValidator(question: question, knownScenarios: knownScenarios).check(into: &report)
        }
        return report.problems
    }

    static let idRule = "may only use letters, digits, '-', '_' and '.'"

    /// True for a non-empty id made of ASCII letters, digits, `-`, `_` and `.`.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty
            && id.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                        || "-_.".unicodeScalars.contains(scalar))
            }
    }

    /// Problems found so far, each at a line of one file.
    struct Report {
        let file: String
        var problems: [ContentError] = []

        mutating func add(_ line: Int, _ message: String) {
            problems.append(ContentError(file: file, line: line, message: message))
        }
    }
}
