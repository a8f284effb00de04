import ArgumentParser
import TraceLabCore
import TraceLabStore

/// `review [quiz]`: the learner's last attempt, question by question, with explanations.
public struct ReviewCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Show your last attempt at a quiz, with the explanations.")

    /// The quiz id (default: knowledge-check).
    @Argument(help: ArgumentHelp("Quiz id (default: knowledge-check).", valueName: "quiz"))
    public var quiz: String = "knowledge-check"

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the last attempt (finished or not).
    public func execute(in context: CommandContext) throws {
        let resolved = try QuizCatalog(library: context.library).resolvedQuiz(quiz)
        let learner = context.learner(global)
        let attempt: StoredAttempt?
        let database = try context.readableDatabase(global)
        do {
            attempt = try database.attempts(learner: learner, quizID: resolved.quiz.id).last
        } catch {
            throw CLIError.io(error.description)
        }
        guard let attempt else {
            throw CLIError.usage(
                "\(learner) has no attempt at \(resolved.quiz.id) yet; type 'quiz \(resolved.quiz.id)'")
        }
        let presentation = QuizPresentation.unshuffled(resolved.quiz)
        var lines = [
            "\(resolved.quiz.title) — \(learner), attempt \(attempt.id) (\(attempt.status.rawValue))"
        ]
        if attempt.quizVersion != resolved.quiz.version {
            lines.append(
                "(The quiz file has changed since this attempt; questions are shown as they are now.)")
        }
        for presented in presentation.questions {
            let question = presented.question
            lines.append("")
            lines.append("\(presented.number). \(question.prompt)")
            guard let answer = attempt.answers.first(where: { $0.questionID == question.id }) else {
                lines.append("   not answered")
                continue
            }
            let given: String =
                question.response == .number
                ? answer.given.joined(separator: ", ")
                : presented.lettered(.choices(answer.given))
            lines.append(
                "   you answered \(given.isEmpty ? "nothing" : given): \(answer.correctness.rawValue), "
                    + "\(NumberText.compact(answer.points)) of \(NumberText.compact(answer.maxPoints))")
            if let index = presentation.questions.firstIndex(of: presented) {
                lines.append("   " + resolved.explanations[index])
            }
        }
        if let score = attempt.score, let max = attempt.maxScore {
            lines.append("")
            lines.append(
                "Score: \(NumberText.compact(score)) of \(NumberText.compact(max)) — "
                    + "\(attempt.passed == true ? "passed" : "not passed").")
        }
        context.output.line(TextSafety.clean(lines.joined(separator: "\n")))
    }
}
