import Testing
import TraceLabCLI

/// The answer prompt understands `help`, `skip` and `quit`; `review` shows the last finished
/// attempt even after an interrupted one.
@Suite struct QuizPromptWordsTests {
    @Test func helpExplainsInsteadOfReadingALetter() throws {
        let app = try TestApp()
        let result = app.run(
            ["quiz", "knowledge-check", "--no-shuffle"],
            typing: ["help", "A", "A", "A"].map { PromptAnswer.line($0) })
        #expect(result.exitCode == 0)
        #expect(!result.output.contains("there is no choice H"))
        #expect(result.output.contains("Type the letter of one choice (A to C)."))
        #expect(result.output.contains("'skip' leaves this question unanswered"))
    }

    @Test func skipLeavesAQuestionUnansweredAndGoesOn() throws {
        let app = try TestApp()
        let result = app.run(
            ["quiz", "knowledge-check", "--no-shuffle"],
            typing: ["A", "skip", "A"].map { PromptAnswer.line($0) })
        #expect(result.exitCode == 0)
        #expect(result.output.contains("→ Skipped (0 of 1). The answer: A."))
        #expect(result.output.contains("Score: 2 of 3"))
        let attempt = try #require(try app.scores().attempts.first)
        #expect(attempt.status == "completed")
        #expect(attempt.answers.map(\.correctness) == ["full", "wrong", "full"])
    }

    @Test func quitLeavesTheAttemptUnfinished() throws {
        let app = try TestApp()
        let result = app.run(["quiz", "knowledge-check"], typing: ["quit"].map { PromptAnswer.line($0) })
        #expect(result.exitCode == 130)
        #expect(result.output.contains("kept as an unfinished attempt"))
        #expect(try app.scores().attempts.first?.status == "unfinished")
    }

    @Test func reviewShowsTheFinishedAttemptAndMentionsANewerUnfinishedOne() throws {
        let app = try TestApp()
        _ = app.run(
            ["quiz", "knowledge-check", "--no-shuffle"],
            typing: ["A", "B", "A"].map { PromptAnswer.line($0) })
        _ = app.run(["quiz", "knowledge-check"], typing: [.interrupted])
        let review = app.run(["review"])
        #expect(review.exitCode == 0)
        #expect(review.output.contains("attempt 1 (completed)"))
        #expect(review.output.contains("newer unfinished attempt (2, 0 of 3 answered)"))
        #expect(!review.output.contains("Not answered"))
        #expect(review.output.contains("Score: 2 of 3 — passed."))
    }

    @Test func reviewLinesFitTheWidth() throws {
        var app = try TestApp()
        app.extraVariables = ["COLUMNS": "60"]
        let key = try QuizOrderAtThePromptTests.fileOrderKey("tracing-fundamentals")
        #expect(app.run(["quiz", "tracing-fundamentals", "--answers", key]).exitCode == 0)
        let review = app.run(["review", "tracing-fundamentals"])
        #expect(review.exitCode == 0)
        #expect(review.output.split(separator: "\n").allSatisfy { $0.count <= 60 })
    }
}
