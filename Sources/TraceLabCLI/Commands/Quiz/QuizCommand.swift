import ArgumentParser
import Foundation
import TraceLabCore
import TraceLabStore

/// `quiz <id>`: the knowledge check, interactive (practice or exam) or auto-graded from given
/// answers, with every attempt kept in the data directory.
public struct QuizCommand: LabCommand {
    /// How results are printed.
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// For a person.
        case text
        /// Machine-readable (see README).
        case json
        /// JUnit XML, one test case per question, for CI systems.
        case junit
    }

    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Take a quiz: one question at a time, or auto-graded from --answers.",
        discussion: """
            At the prompt each learner sees the choices in an order of their own (the same every \
            time), and the questions too when the quiz file says 'shuffle: true' or --shuffle is \
            given; --no-shuffle shows the file's order. Letters typed at the prompt mean what was \
            shown. Letters in --answers and --answers-file always mean the quiz file's order, and \
            choice ids always work.

            Exit codes: 0 passed, 1 failed, 64 usage error, 65 bad answers or quiz file, 74 data directory problem, \
            130 stopped before the end with 'quit', Ctrl-C or Ctrl-D (the attempt is kept as unfinished).
            """)

    /// The quiz id (see quizzes/), or a path to a quiz file.
    @Argument(
        help: ArgumentHelp(
            "Quiz id, such as knowledge-check (default: the lesson's quiz).", valueName: "quiz"))
    public var quiz: String?

    /// Answers in question order, such as `A,A,C`; `-` reads them from standard input.
    @Option(
        help: ArgumentHelp(
            "Answers in question order (A,A,C), or - to read them from standard input.", valueName: "list"))
    public var answers: String?

    /// A YAML or JSON file mapping question ids to answers.
    @Option(
        name: .customLong("answers-file"),
        help: ArgumentHelp("YAML or JSON file: question id -> answer.", valueName: "file"))
    public var answersFile: String?

    /// Output format.
    @Option(help: "Output format: text, json or junit.")
    public var format: Format = .text

    /// Feedback only at the end.
    @Flag(help: "Exam mode: no feedback until the end.")
    public var exam = false

    /// Per-learner stable shuffle of questions and choices, whatever the quiz file says.
    @Flag(
        help:
            "Shuffle questions and choices at the prompt, stably per learner (even if the file says not to).")
    public var shuffle = false

    /// Questions and choices in the file's order.
    @Flag(name: .customLong("no-shuffle"), help: "Show questions and choices in the quiz file's order.")
    public var noShuffle = false

    /// Do not store the attempt.
    @Flag(name: .customLong("no-record"), help: "Do not store this attempt.")
    public var noRecord = false

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Checks that the options make sense together.
    public func validate() throws {
        if answers != nil && answersFile != nil {
            throw ValidationError("give either --answers or --answers-file, not both")
        }
        if shuffle && noShuffle {
            throw ValidationError("give either --shuffle or --no-shuffle, not both")
        }
        if (shuffle || noShuffle) && (answers != nil || answersFile != nil) {
            throw ValidationError(
                "--shuffle and --no-shuffle change what the prompt shows; letters in --answers and --answers-file always follow the quiz file's order"
            )
        }
        if exam && (answers != nil || answersFile != nil) {
            throw ValidationError(
                "--exam is for interactive quizzes; auto-graded runs show every result at the end anyway")
        }
    }

    /// Runs the quiz and throws a failure (exit 1) when it was not passed.
    public func execute(in context: CommandContext) throws {
        let catalog = QuizCatalog(library: context.library, cancellation: context.cancellation)
        let resolved = try catalog.resolvedQuiz(quiz ?? defaultQuiz(context))
        let learner = context.learner(global)
        let order: QuizOrder =
            shuffle ? .shuffled : noShuffle ? .fileOrder : .interactiveDefault(for: resolved.quiz)
        let recorder =
            noRecord
            ? nil : try QuizRecorder(context: context, global: global, quiz: resolved.quiz, learner: learner)
        let result: QuizResult
        if answers != nil || answersFile != nil {
            let given = try AutoGradedAnswers(answers: answers, file: answersFile, library: context.library)
                .read(quiz: resolved.quiz)
            result = QuizGrader.grade(resolved, answers: given)
            let presentation = QuizPresentation.unshuffled(resolved.quiz)
            try recorder?.recordCompleted(
                result, startedAt: context.environment.now(), now: context.environment.now())
            let report = QuizReport(
                result: result, quiz: resolved, presentation: presentation, learner: learner)
            context.output.write(report.render(format))
            if let failure = context.output.writeFailure, recorder != nil {
                throw CLIError.io(
                    "the attempt was recorded, but its report could not be written to standard output (\(failure)); "
                        + "'tracelab review \(resolved.quiz.id)' shows it")
            }
        } else {
            guard format == .text else {
                throw CLIError.usage(
                    "--format \(format.rawValue) needs --answers or --answers-file (an auto-graded run)")
            }
            let presentation = QuizShuffler.presentation(of: resolved.quiz, learner: learner, order: order)
            result = try InteractiveQuiz(
                context: context, quiz: resolved, presentation: presentation, exam: exam, recorder: recorder,
                style: context.style(global)
            ).run()
        }
        if !result.passed {
            throw CLIError.failed(
                "not passed: \(NumberText.compact(result.score)) of \(NumberText.compact(result.maxScore)) "
                    + "(pass mark \(NumberText.percent(result.passMark * 100)))")
        }
    }

    private func defaultQuiz(_ context: CommandContext) throws(CLIError) -> String {
        let ids = QuizCatalog(library: context.library).quizIDs
        if ids.contains("knowledge-check") { return "knowledge-check" }
        guard let first = ids.first else {
            throw CLIError.io(
                "no quizzes found in \(context.library.originDescription); check --content-dir or TRACELAB_CONTENT_DIR"
            )
        }
        return first
    }
}
