/// Reads a whole submission for an auto-graded run: a positional list (`A,AC,2800,CAB`) or an
/// answers file. Every problem is reported at once, each as one line naming what and where.
public enum AnswerSheet {
    /// The answers in `text`: one item per question, separated by commas, in the order
    /// `presentation` shows the questions; letters are that presentation's letters. Inside an
    /// item, several letters are written together (`AC`) or with spaces or `+` (`A C`, `A+C`),
    /// and an ordering is letters (`CAB`) or positions with spaces (`3 1 2`).
    public static func positional(_ text: String, presentation: QuizPresentation) throws(AnswerSheetError)
        -> QuizAnswers
    {
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map {
            String($0.trimmingWhitespace)
        }
        let questions = presentation.questions
        var answers = QuizAnswers()
        var problems: [AnswerError] = []
        if items.count > questions.count {
            problems.append(
                AnswerError(
                    location: "answer list",
                    message:
                        "\(items.count) answers given but the quiz has \(questions.count) questions; give one per question, separated by commas"
                ))
        }
        var missing: [String] = []
        for (index, question) in questions.enumerated() {
            guard index < items.count, !items[index].isEmpty else {
                missing.append("\(question.number) (\(question.question.id))")
                continue
            }
            do {
                answers[question.question.id] = try AnswerParser.parse(items[index], for: question)
            } catch {
                var located = error
                located.location = "answer \(index + 1) of the list"
                problems.append(located)
            }
        }
        if !missing.isEmpty {
            problems.append(
                AnswerError(
                    location: "answer list",
                    message:
                        "missing answers for question \(missing.joined(separator: ", ")); give one per question"
                ))
        }
        guard problems.isEmpty else { throw AnswerSheetError(problems: problems) }
        return answers
    }

    /// The answers in an answers file (`text`, the contents of `file`): YAML or JSON mapping each
    /// question id to its answer. A value is what a learner would type (letters, a number, an
    /// ordering) or a list of letters or choice ids. Letters refer to the choices in FILE order
    /// (the unshuffled quiz), whatever order anyone saw; choice ids are accepted too. Any problem,
    /// a missing or blank answer included, fails the whole file (see ``submission(text:file:quiz:)``
    /// for the lenient reading a gradebook uses).
    public static func file(text: String, file: String, quiz: Quiz) throws(AnswerSheetError) -> QuizAnswers {
        let submission = try submission(text: text, file: file, quiz: quiz)
        guard submission.problems.isEmpty else { throw AnswerSheetError(problems: submission.problems) }
        return submission.answers
    }

    /// An answers file read the way a teacher grades it: every answer that can be read, and one
    /// problem per question left blank, missing or unreadable (such a question earns nothing) and
    /// per unknown key (ignored). Throws only when the file as a whole cannot be read: not YAML
    /// or JSON, or not a mapping of question ids to answers.
    public static func submission(text: String, file: String, quiz: Quiz) throws(AnswerSheetError)
        -> Submission
    {
        let root: ContentNode
        do {
            root = try ContentNode.parse(text, file: file)
        } catch {
            throw AnswerSheetError(problems: [
                AnswerError(
                    location: error.line.map { "\(file):\($0)" } ?? file,
                    message: "cannot be read as YAML or JSON: \(error.message)")
            ])
        }
        guard case .mapping(let entries, let line) = root else {
            throw AnswerSheetError(problems: [
                AnswerError(
                    location: "\(file):\(root.line)",
                    message:
                        "must map question ids to answers (such as `what-is-a-trace: A`), not \(root.kindName)"
                )
            ])
        }
        let presentation = QuizPresentation.unshuffled(quiz)
        let byID = Dictionary(
            presentation.questions.map { ($0.question.id, $0) }, uniquingKeysWith: { first, _ in first })
        var submission = Submission()
        for entry in entries {
            let location = "\(file):\(entry.line)"
            guard let question = byID[entry.key] else {
                submission.problems.append(
                    AnswerError(
                        location: location,
                        message:
                            "unknown question id '\(entry.key)'; the quiz's questions are: \(quiz.questions.map(\.id).joined(separator: ", "))"
                    ))
                continue
            }
            do {
                submission.answers[entry.key] = try answer(entry.value, for: question)
            } catch {
                var located = error
                located.location = "\(file):\(entry.value.line)"
                submission.problems.append(located)
            }
        }
        let written = Set(entries.map(\.key))
        let missing = quiz.questions.map(\.id).filter { !written.contains($0) }
        if !missing.isEmpty {
            submission.problems.append(
                AnswerError(
                    location: entries.isEmpty ? file : "\(file):\(line)",
                    message:
                        "missing answers for \(missing.joined(separator: ", ")); add one line per question"))
        }
        return submission
    }

    private static func answer(_ node: ContentNode, for question: PresentedQuestion) throws(AnswerError)
        -> LearnerAnswer
    {
        switch node {
        case .scalar(let text, _):
            return try AnswerParser.parse(text, for: question)
        case .sequence(let items, _):
            guard question.question.response != .number else {
                throw AnswerError(
                    questionID: question.question.id, message: "expects one number, not a list")
            }
            var tokens: [String] = []
            for item in items {
                guard case .scalar(let text, _) = item, !text.trimmingWhitespace.isEmpty else {
                    throw AnswerError(
                        questionID: question.question.id,
                        message: "each item of the list must be a letter or a choice id, not \(item.kindName)"
                    )
                }
                tokens.append(String(text.trimmingWhitespace))
            }
            return try AnswerParser.choices(tokens: tokens, for: question)
        case .mapping:
            throw AnswerError(
                questionID: question.question.id,
                message: "the answer must be letters, a number or a list of choice ids, not a mapping of keys"
            )
        }
    }
}

/// What an answers file holds for grading: the answers that could be read, and what was wrong
/// with the rest (each line says where, which question, and why it earned nothing).
public struct Submission: Hashable, Sendable {
    /// The readable answers, by question id.
    public var answers = QuizAnswers()
    /// Blank, missing, unreadable answers and unknown keys.
    public var problems: [AnswerError] = []

    /// An empty submission.
    public init() {}
}
