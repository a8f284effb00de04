import Foundation
import TraceLabCore
import TraceLabStore
import TraceLabTerminal

/// A quiz taken at the keyboard: one question at a time, feedback after each (practice) or
/// all at the end (exam). Each answer is stored as it is given; stopping early (`quit`, Ctrl-C
/// or Ctrl-D) leaves the attempt unfinished and is never scored as complete. At the answer
/// prompt `help` explains what to type, `skip` leaves a question unanswered (no points).
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
            ProseWrapper.wrap(
                (exam
                    ? "Exam mode: your results come at the end."
                    : "Practice mode: you get feedback after each answer.")
                    + " Type 'help' at the answer prompt for what you can type; 'quit' stops (the attempt stays unfinished).",
                style: style))
        var answers = QuizAnswers()
        for presented in presentation.questions {
            out.line()
            out.line(
                ProseWrapper.wrap(
                    QuestionView.text(presented, of: presentation.questions.count), style: style))
            let reply = read(presented, ask: ask)
            guard case .answered(let answer) = reply else {
                if case .skipped = reply {
                    let result = QuizGrader.grade(quiz, answers: answers).questions.first {
                        $0.questionID == presented.question.id
                    }!
                    if let attempt { try recorder?.record(result, attempt: attempt) }
                    if !exam {
                        out.line(
                            ProseWrapper.wrap(
                                QuestionView.feedback(result, presented: presented), style: style))
                    }
                    continue
                }
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

    /// What the learner did at one question.
    private enum Reply {
        case answered(LearnerAnswer)
        case skipped
        case stopped
    }

    /// Asks until the answer parses or the learner skips or stops.
    private func read(_ presented: PresentedQuestion, ask: Ask) -> Reply {
        while true {
            switch ask("answer> ") {
            case .interrupted, .endOfInput:
                return .stopped
            case .line(let text):
                let trimmed = TextSanitizer.singleLine(text).trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty {
                    context.output.line(
                        ProseWrapper.wrap(
                            "Type your answer (\(QuestionView.hint(presented))), or 'help'.", style: style))
                    continue
                }
                let isChoiceID = presented.choices.contains { $0.id == trimmed }
                switch isChoiceID ? nil : PromptWord(rawValue: trimmed.lowercased()) {
                case .help, .questionMark:
                    context.output.line(ProseWrapper.wrap(QuestionView.promptHelp(presented), style: style))
                    continue
                case .skip:
                    return .skipped
                case .quit, .exit:
                    return .stopped
                case nil:
                    break
                }
                do {
                    return .answered(
                        try AnswerParser.parse(String(trimmed.prefix(Repl.maximumLineLength)), for: presented)
                    )
                } catch {
                    context.output.line(
                        ProseWrapper.wrap(
                            TextSafety.clean(error.message) + " — try again, or type 'help'.", style: style))
                }
            }
        }
    }

    /// Words the answer prompt understands besides answers.
    private enum PromptWord: String {
        case help
        case questionMark = "?"
        case skip
        case quit
        case exit
    }
}
