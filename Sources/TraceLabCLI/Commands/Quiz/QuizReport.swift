import Foundation
import TraceLabCore

/// The result of an auto-graded run as text, JSON (documented in the README) or JUnit XML.
struct QuizReport {
    let result: QuizResult
    let quiz: ResolvedQuiz
    let presentation: QuizPresentation
    let learner: String

    func render(_ format: QuizCommand.Format) -> String {
        switch format {
        case .text: text()
        case .json: JSONText.encode(json()) + "\n"
        case .junit: junit()
        }
    }

    private func text() -> String {
        var lines = ["\(quiz.quiz.title) — \(learner)"]
        for presented in presentation.questions {
            guard let question = result.questions.first(where: { $0.questionID == presented.question.id })
            else { continue }
            let mark = question.correctness == .full ? "✓" : (question.correctness == .partial ? "◐" : "✗")
            lines.append(
                "\(mark) \(presented.number). \(question.questionID): \(NumberText.compact(question.pointsAwarded))/"
                    + "\(NumberText.compact(question.maxPoints)) (given \(question.given.map(presented.lettered) ?? "nothing"))"
            )
        }
        lines.append(QuestionView.summary(result))
        return TextSafety.clean(lines.joined(separator: "\n")) + "\n"
    }

    struct JSONReport: Encodable {
        struct Question: Encodable {
            let id: String
            let objective: String
            let given: Answer?
            let expected: Answer
            let correct: Bool
            let correctness: String
            let points: Double
            let maxPoints: Double
            let explanation: String
        }

        struct Answer: Encodable {
            let choices: [String]?
            let letters: String?
            let number: Double?
        }

        let quiz: String
        let quizVersion: String
        let title: String
        let learner: String
        let score: Double
        let maxScore: Double
        let percent: Double
        let passMark: Double
        let passed: Bool
        let questions: [Question]
    }

    func json() -> JSONReport {
        let byID = Dictionary(
            presentation.questions.map { ($0.question.id, $0) }, uniquingKeysWith: { a, _ in a })
        func answer(_ value: LearnerAnswer, _ presented: PresentedQuestion?) -> JSONReport.Answer {
            switch value {
            case .choices(let ids): .init(choices: ids, letters: presented?.lettered(value), number: nil)
            case .number(let number): .init(choices: nil, letters: nil, number: number)
            }
        }
        return JSONReport(
            quiz: result.quizID, quizVersion: result.quizVersion, title: quiz.quiz.title, learner: learner,
            score: result.score, maxScore: result.maxScore, percent: (result.percent * 100).rounded() / 100,
            passMark: result.passMark, passed: result.passed,
            questions: result.questions.map { question in
                let presented = byID[question.questionID]
                return .init(
                    id: question.questionID, objective: question.objective.rawValue,
                    given: question.given.map { answer($0, presented) },
                    expected: answer(question.expected, presented),
                    correct: question.correctness == .full, correctness: question.correctness.rawValue,
                    points: question.pointsAwarded, maxPoints: question.maxPoints,
                    explanation: question.explanation)
            })
    }

    private func junit() -> String {
        let failures = result.questions.filter { $0.correctness != .full }.count
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml += "<testsuites tests=\"\(result.questions.count)\" failures=\"\(failures)\">\n"
        xml +=
            "  <testsuite name=\"\(XML.escape(result.quizID))\" tests=\"\(result.questions.count)\" failures=\"\(failures)\">\n"
        xml += "    <properties><property name=\"learner\" value=\"\(XML.escape(learner))\"/>"
        xml +=
            "<property name=\"score\" value=\"\(NumberText.compact(result.score))/\(NumberText.compact(result.maxScore))\"/>"
        xml += "<property name=\"passed\" value=\"\(result.passed)\"/></properties>\n"
        for question in result.questions {
            xml +=
                "    <testcase classname=\"tracelab.\(XML.escape(result.quizID))\" name=\"\(XML.escape(question.questionID))\""
            if question.correctness == .full {
                xml += "/>\n"
            } else {
                let message =
                    "\(question.correctness.rawValue): \(NumberText.compact(question.pointsAwarded)) of \(NumberText.compact(question.maxPoints))"
                xml +=
                    ">\n      <failure message=\"\(XML.escape(message))\">\(XML.escape(question.explanation))</failure>\n    </testcase>\n"
            }
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }
}
