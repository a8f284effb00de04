import Foundation
import TraceLabCore
import TraceLabStore
import TraceLabTerminal

/// How a question, its feedback and the final score read on screen.
enum QuestionView {
    static func text(_ presented: PresentedQuestion, of total: Int) -> String {
        let question = presented.question
        var lines = [
            "Question \(presented.number) of \(total) (\(question.points) point\(question.points == 1 ? "" : "s"))",
            question.prompt,
        ]
        for (index, choice) in presented.choices.enumerated() {
            lines.append("  \(PresentedQuestion.letter(at: index))) \(choice.text)")
        }
        lines.append("(\(hint(presented)))")
        return TextSafety.clean(lines.joined(separator: "\n"))
    }

    static func hint(_ presented: PresentedQuestion) -> String {
        switch presented.question.response {
        case .oneChoice: "one letter, such as A"
        case .severalChoices: "every letter that applies, such as A,C"
        case .ordering: "all letters in order, such as C,A,B"
        case .number: "a number" + (presented.question.unit.map { " in \($0)" } ?? "")
        }
    }

    /// What `help` at the answer prompt says: how to answer this question, and the other words.
    static func promptHelp(_ presented: PresentedQuestion) -> String {
        let how: String =
            switch presented.question.response {
            case .oneChoice:
                "Type the letter of one choice (\(presented.letterRange))"
                    + (presented.choices.contains { QuestionView.startsWithNumber($0.text) }
                        ? ", or the number a choice shows" : "") + "."
            case .severalChoices:
                "Type the letters of every choice that applies (\(presented.letterRange)), such as A,C."
            case .ordering:
                "Type every letter (\(presented.letterRange)) in order, such as C,A,B, or positions such as 3 1 2."
            case .number:
                "Type a number" + (presented.question.unit.map { " in \($0)" } ?? "") + ", such as 2800."
            }
        return how + " 'skip' leaves this question unanswered (no points); 'quit' stops the quiz "
            + "(your answers so far are kept as an unfinished attempt)."
    }

    /// True when `text` starts with a digit, as a choice labelled `6 traces` does.
    static func startsWithNumber(_ text: String) -> Bool {
        text.first?.isNumber == true
    }

    static func feedback(_ result: QuestionResult, presented: PresentedQuestion) -> String {
        let points =
            "\(NumberText.compact(result.pointsAwarded)) of \(NumberText.compact(result.maxPoints))"
        let verdict: String =
            switch result.correctness {
            case .full: "✓ Correct (\(points))."
            case .partial:
                "◐ Partly right (\(points)). The full answer: \(presented.lettered(result.expected))."
            case .wrong:
                result.given == nil
                    ? "→ Skipped (\(points)). The answer: \(presented.lettered(result.expected))."
                    : "✗ Not this time (\(points)). The answer: \(presented.lettered(result.expected))."
            }
        return TextSafety.clean(verdict + "\n  " + result.explanation)
    }

    static func summary(_ result: QuizResult) -> String {
        "Score: \(NumberText.compact(result.score)) of \(NumberText.compact(result.maxScore)) "
            + "(\(NumberText.percent(result.percent))) — \(result.passed ? "passed" : "not passed") "
            + "(pass mark \(NumberText.percent(result.passMark * 100)))."
    }
}
