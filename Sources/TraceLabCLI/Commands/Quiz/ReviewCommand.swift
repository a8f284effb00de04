import ArgumentParser
import TraceLabCore
import TraceLabStore
import TraceLabTerminal

/// `review [quiz]`: the learner's last attempt, question by question, with explanations.
public struct ReviewCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Show your last finished attempt at a quiz, with the explanations.",
        discussion: """
            A newer unfinished attempt (a quiz left with 'quit' or Ctrl-C) is mentioned, not shown; \
            with no finished attempt, the unfinished one is shown.
            """)

    /// The quiz id (default: knowledge-check).
    @Argument(help: ArgumentHelp("The quiz id.", valueName: "quiz"))
    public var quiz: String = "knowledge-check"

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the newest finished attempt, or the newest unfinished one when none is finished.
    public func execute(in context: CommandContext) throws {
        let resolved = try QuizCatalog(library: context.library, cancellation: context.cancellation)
            .resolvedQuiz(quiz)
        let learner = context.learner(global)
        let attempts: [StoredAttempt]
        let database = try context.readableDatabase(global)
        do {
            attempts = try database.attempts(learner: learner, quizID: resolved.quiz.id)
        } catch {
            throw CLIError.io(error.description)
        }
        guard let chosen = AttemptReview.choose(from: attempts) else {
            throw CLIError.usage(
                "\(learner) has no attempt at \(resolved.quiz.id) yet; type 'quiz \(resolved.quiz.id)'")
        }
        let text = AttemptReview(quiz: resolved, learner: learner)
            .text(chosen.shown, newerUnfinished: chosen.newerUnfinished)
        context.output.line(ProseWrapper.wrap(TextSafety.clean(text), style: context.style(global)))
    }
}
