import Testing
import TraceLabCLI

/// A quiz at the keyboard: a wrong-format answer is asked again, feedback follows each answer,
/// every answer is stored as it is given, and stopping early leaves an unfinished attempt.
@Suite struct InteractiveQuizTests {
    @Test func invalidAnswerIsAskedAgainAndFeedbackFollows() throws {
        let app = try TestApp()
        let keyboard = ScriptedKeyboard(lines: ["Z", "", "A", "B", "a"])
        let result = app.run(["quiz", "knowledge-check", "--no-shuffle"], keyboard: keyboard)
        #expect(result.exitCode == 0)
        #expect(keyboard.unread == 0)
        #expect(keyboard.prompts.count == 5)
        let output = result.output
        #expect(output.contains("Practice mode"))
        #expect(
            output.contains("there is no choice Z; this question has A to C — try again, or type 'help'."))
        #expect(output.contains("Type your answer (one letter, such as A), or 'help'."))
        #expect(output.contains("✓ Correct (1 of 1)."))
        #expect(output.contains("✗ Not this time (0 of 1). The answer: A."))
        #expect(output.contains("Score: 2 of 3 (67%) — passed"))
        let attempt = try #require(try app.scores().attempts.first)
        #expect(attempt.mode == "practice" && attempt.status == "completed" && attempt.score == 2)
        #expect(attempt.answers.map(\.correctness) == ["full", "wrong", "full"])
    }

    @Test func examModeKeepsFeedbackForTheEnd() throws {
        let app = try TestApp()
        let result = app.run(
            ["quiz", "knowledge-check", "--exam", "--no-shuffle"],
            typing: [.line("A"), .line("C"), .line("C")])
        #expect(result.exitCode == 1)
        let output = result.output
        let lastQuestion = try #require(output.range(of: "Question 3 of 3"))
        let firstVerdict = try #require(output.range(of: "Question 1: ✓ Correct"))
        #expect(lastQuestion.upperBound < firstVerdict.lowerBound)
        #expect(output.contains("Score: 1 of 3 (33%) — not passed"))
        #expect(result.errorLines == ["tracelab: not passed: 1 of 3 (pass mark 67%)"])
        #expect(try app.scores().attempts.first?.mode == "exam")
    }

    @Test(arguments: [PromptAnswer.interrupted, .endOfInput])
    func stoppingEarlyLeavesAnUnfinishedAttempt(stop: PromptAnswer) throws {
        let app = try TestApp()
        let result = app.run(["quiz", "knowledge-check"], typing: [.line("A"), stop])
        #expect(result.exitCode == 130)
        #expect(result.output.contains("kept as an unfinished attempt"))
        #expect(result.errorLines == ["tracelab: quiz stopped before the end"])
        let attempt = try #require(try app.scores().attempts.first)
        #expect(attempt.status == "unfinished")
        #expect(attempt.score == nil && attempt.passed == nil)
        #expect(attempt.answers.map(\.questionID) == ["what-a-trace-is"])
    }

    @Test func aQuizAtThePromptThenScores() throws {
        let app = try TestApp()
        let result = app.repl(["quiz --no-shuffle", "A", "A", "A", "scores"])
        #expect(result.exitCode == 0)
        #expect(result.output.contains("Score: 3 of 3 (100%) — passed"))
        #expect(result.output.contains("ada      knowledge-check  practice  completed"))
    }

    @Test func ctrlCInAQuizAtThePromptReturnsToThePrompt() throws {
        let app = try TestApp()
        let result = app.run([], typing: [.line("quiz"), .line("A"), .interrupted, .line("steps")])
        #expect(result.exitCode == 130, "a scripted session exits with its first failure's code")
        #expect(result.errorLines == ["quiz stopped before the end"])
        #expect(result.output.contains(" ▶  1. "))
        #expect(try app.scores().attempts.first?.status == "unfinished")
    }

    @Test func reviewShowsTheLastAttempt() throws {
        let app = try TestApp()
        _ = app.run(
            ["quiz", "knowledge-check", "--no-shuffle"], typing: [.line("A"), .line("B"), .line("A")])
        let review = app.run(["review"])
        #expect(review.exitCode == 0)
        #expect(review.output.contains("attempt 1 (completed)"))
        #expect(review.output.contains("✗ You answered: “Because a trace can only"))
        #expect(review.output.contains("Score: 2 of 3 — passed."))
    }
}
