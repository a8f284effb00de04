import Foundation
import TraceLabCore
import TraceLabStore

/// The text of `review`: one stored attempt question by question, naming the chosen answers by
/// their words rather than letters (a learner may have seen the choices in an order of their
/// own), with the right answer and the explanation.
struct AttemptReview {
    let quiz: ResolvedQuiz
    let learner: String

    /// Which attempt `review` shows out of a learner's attempts (oldest first): the newest
    /// finished one, and a newer unfinished one to mention; the newest unfinished one when none
    /// is finished.
    static func choose(from attempts: [StoredAttempt]) -> (
        shown: StoredAttempt, newerUnfinished: StoredAttempt?
    )? {
        guard let finished = attempts.last(where: { $0.status == .completed }) else {
            return attempts.last.map { ($0, nil) }
        }
        let newer = attempts.last {
            $0.status == .unfinished && $0.startedAt >= finished.startedAt && $0.id != finished.id
        }
        return (finished, newer)
    }

    /// The review of `attempt`, mentioning `newerUnfinished` when there is one. Plain lines,
    /// indented under each question; the caller wraps them to the terminal.
    func text(_ attempt: StoredAttempt, newerUnfinished: StoredAttempt?) -> String {
        var lines = ["\(quiz.quiz.title) — \(learner), attempt \(attempt.id) (\(attempt.status.rawValue))"]
        if let newer = newerUnfinished {
            lines.append(
                "You also have a newer unfinished attempt (\(newer.id), \(newer.answers.count) of "
                    + "\(quiz.quiz.questions.count) answered); 'quiz \(quiz.quiz.id)' starts a new one.")
        }
        if attempt.quizVersion != quiz.quiz.version {
            lines.append(
                "(The quiz file has changed since this attempt; questions are shown as they are now.)")
        }
        for (index, question) in quiz.quiz.questions.enumerated() {
            lines.append("")
            lines.append("\(index + 1). \(question.prompt)")
            guard let answer = attempt.answers.first(where: { $0.questionID == question.id }),
                !answer.given.isEmpty
            else {
                lines.append(
                    "   Not answered. The answer: \(words(for: quiz.keys[index].expectedAnswer, of: question))."
                )
                lines.append("   " + quiz.explanations[index])
                continue
            }
            let given = words(for: answer.given, of: question)
            let points = "\(NumberText.compact(answer.points)) of \(NumberText.compact(answer.maxPoints))"
            switch answer.correctness {
            case .full:
                lines.append("   ✓ You answered: \(given) (\(points)).")
            case .partial, .wrong:
                let mark = answer.correctness == .partial ? "◐" : "✗"
                lines.append("   \(mark) You answered: \(given) (\(points)).")
                lines.append("   The answer: \(words(for: quiz.keys[index].expectedAnswer, of: question)).")
            }
            lines.append("   " + quiz.explanations[index])
        }
        if let score = attempt.score, let max = attempt.maxScore {
            lines.append("")
            lines.append(
                "Score: \(NumberText.compact(score)) of \(NumberText.compact(max)) — "
                    + "\(attempt.passed == true ? "passed" : "not passed").")
        }
        return lines.joined(separator: "\n")
    }

    /// Stored choice ids (or a number) as the choices' words, quoted and joined.
    private func words(for given: [String], of question: QuizQuestion) -> String {
        if question.response == .number {
            return given.map { Double($0).map(NumberText.format) ?? $0 }.joined(separator: ", ")
                + (question.unit.map { " \($0)" } ?? "")
        }
        let texts = given.map { id in question.choices.first { $0.id == id }.map { "“\($0.text)”" } ?? id }
        return texts.joined(separator: question.response == .ordering ? " → " : " and ")
    }

    private func words(for answer: LearnerAnswer?, of question: QuizQuestion) -> String {
        switch answer {
        case .choices(let ids): words(for: ids, of: question)
        case .number(let value): words(for: [String(value)], of: question)
        case nil: "none"
        }
    }
}
