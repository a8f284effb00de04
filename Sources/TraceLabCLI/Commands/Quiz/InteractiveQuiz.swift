import Foundation
import TraceLabCore
import TraceLabStore
import TraceLabTerminal

/// A quiz taken at the keyboard: one question at a time, feedback after each (practice) or
/// all at the end (exam). Each answer is stored as it is given; stopping early (Ctrl-C or
/// Ctrl-D) leaves the attempt unfinished and is never scored as complete.
struct InteractiveQuiz {
    let context: CommandContext
    let quiz: ResolvedQuiz
    let presentation: QuizPresentation
    let exam: Bool
    let recorder: QuizRecorder?
    let style: TerminalStyle

    func run() throws(CLIError) -> QuizResult {
        guard let ask = context.ask else {
            throw CLIError.usage(
                "this quiz needs someone at the keyboard; for a script, pass --answers or --answers-file")
        }
        let out = context.output
        let attempt = try recorder?.start(mode: exam ? .exam : .practice, at: context.environment.now())
        out.line(TextSafety.clean("\(quiz.quiz.title): \(presentation.questions.count) questions"))
        out.line(
            exam
                ? "Exam mode: your results come at the end. Ctrl-C stops (the attempt stays unfinished)."
                : "Practice mode: you get feedback after each answer. Ctrl-C stops (the attempt stays unfinished)."
        )
        var answers = QuizAnswers()
        for presented in presentation.questions {
            out.line()
            out.line(
                ProseWrapper.wrap(
                    QuestionView.text(presented, of: presentation.questions.count), style: style))
            guard let answer = read(presented, ask: ask) else {
                out.line(
                    recorder == nil
                        ? "\nStopped. Nothing was stored (--no-record); 'quiz' starts again."
                        : "\nStopped. Your answers so far are kept as an unfinished attempt; 'quiz' starts a new one."
                )
                throw CLIError("quiz stopped before the end", exitCode: 130)
            }
            answers[presented.question.id] = answer
            let result = QuizGrader.grade(quiz, answers: answers).questions.first {
                $0.questionID == presented.question.id
            }!
            if let attempt { try recorder?.record(result, attempt: attempt) }
            if !exam {
                out.line(ProseWrapper.wrap(QuestionView.feedback(result, presented: presented), style: style))
            }
        }
        let result = QuizGrader.grade(quiz, answers: answers)
        if let attempt { try recorder?.complete(attempt, result: result, at: context.environment.now()) }
        out.line()
        if exam {
            for presented in presentation.questions {
                if let question = result.questions.first(where: { $0.questionID == presented.question.id }) {
                    out.write(
                        "Question \(presented.number): "
                            + QuestionView.feedback(question, presented: presented))
                }
            }
        }
        out.line(QuestionView.summary(result))
        return result
    }

    /// Asks until the answer parses; nil when the learner stops.
    private func read(_ presented: PresentedQuestion, ask: Ask) -> LearnerAnswer? {
        while true {
            switch ask("answer> ") {
            case .interrupted, .endOfInput:
                return nil
            case .line(let text):
                let trimmed = TextSanitizer.singleLine(text).trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty {
                    context.output.line("Type your answer (\(QuestionView.hint(presented))).")
                    continue
                }
                do {
                    return try AnswerParser.parse(
                        String(trimmed.prefix(Repl.maximumLineLength)), for: presented)
                } catch {
                    context.output.line(TextSafety.clean(error.message) + " — try again.")
                }
            }
        }
    }
}
