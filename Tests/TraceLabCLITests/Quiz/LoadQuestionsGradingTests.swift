import Foundation
import Testing

/// The bank's questions about a busy run score against keys computed from that run, through
/// `quiz tracing-fundamentals --answers-file`.
@Suite struct LoadQuestionsGradingTests {
    static let loadQuestions = [
        "busy-checkout-p99", "busy-checkout-saturated-workers", "busy-checkout-candidates",
        "busy-checkout-error-traces",
    ]

    /// Grades an answers file holding the computed right answers, with `changes` applied.
    static func grade(_ changes: [String: (String) -> String]) throws -> QuizReportMirror {
        let answers = try QuizOrderAtThePromptTests.fileOrderAnswers("tracing-fundamentals")
        let lines = answers.map { id, answer in "\(id): \"\(changes[id]?(answer) ?? answer)\"" }
        let folder = try TemporaryFolder()
        let file = try folder.write(lines.joined(separator: "\n") + "\n", to: "answers.yaml")
        let app = try TestApp()
        let result = app.run([
            "quiz", "tracing-fundamentals", "--answers-file", file.path, "--format", "json",
        ])
        #expect(result.exitCode == 0 || result.exitCode == 1, "\(result.errors)")
        return try app.decode(QuizReportMirror.self, from: result)
    }

    @Test func theComputedAnswersScoreFullMarks() throws {
        let report = try Self.grade([:])
        #expect(report.score == report.maxScore)
        for id in Self.loadQuestions {
            let question = try #require(report.questions.first { $0.id == id })
            #expect(question.correct, "\(id)")
            #expect(!question.explanation.contains("{fact}"))
        }
        let p99 = try #require(report.questions.first { $0.id == "busy-checkout-p99" })
        #expect((p99.expected.number ?? 0) > 1000, "a saturated checkout's p99 is seconds, not milliseconds")
    }

    @Test func answersOutsideTheToleranceOrOffByOneLoseTheirPoints() throws {
        let withinTolerance = try Self.grade(["busy-checkout-p99": { String(Double($0)! + 400) }])
        #expect(withinTolerance.score == withinTolerance.maxScore)
        let wrong = try Self.grade([
            "busy-checkout-p99": { String(Double($0)! + 600) },
            "busy-checkout-candidates": { String(Int($0)! - 1) },
            "busy-checkout-error-traces": { String(Int($0)! + 1) },
            "busy-checkout-saturated-workers": { $0 == "A" ? "B" : "A" },
        ])
        #expect(wrong.score == wrong.maxScore - 4)
        for id in Self.loadQuestions {
            #expect(wrong.questions.first { $0.id == id }?.correct == false, "\(id)")
        }
    }
}
