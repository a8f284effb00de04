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

    static func feedback(_ result: QuestionResult, presented: PresentedQuestion) -> String {
        let points =
            "\(NumberText.compact(result.pointsAwarded)) of \(NumberText.compact(result.maxPoints))"
        let verdict: String =
            switch result.correctness {
            case .full: "✓ Correct (\(points))."
            case .partial:
                "◐ Partly right (\(points)). The full answer: \(presented.lettered(result.expected))."
            case .wrong: "✗ Not this time (\(points)). The answer: \(presented.lettered(result.expected))."
            }
        return TextSafety.clean(verdict + "\n  " + result.explanation)
    }

    static func summary(_ result: QuizResult) -> String {
        "Score: \(NumberText.compact(result.score)) of \(NumberText.compact(result.maxScore)) "
            + "(\(NumberText.percent(result.percent))) — \(result.passed ? "passed" : "not passed") "
            + "(pass mark \(NumberText.percent(result.passMark * 100)))."
    }
}
