import Testing

/// `quiz --answers`: graded at once, reported as text or JSON, with exit 0 when passed and 1
/// when not; unusable answers are one line and exit 65.
@Suite struct AutoGradedQuizTests {
    @Test func allRightPasses() throws {
        let app = try TestApp()
        let result = app.run(["quiz", "knowledge-check", "--answers", "A,A,A", "--format", "json"])
        #expect(result.exitCode == 0)
        #expect(result.errors.isEmpty)
        let report = try app.decode(QuizReportMirror.self, from: result)
        #expect(report.quiz == "knowledge-check")
        #expect(report.learner == "ada")
        #expect(report.score == 3 && report.maxScore == 3 && report.passed)
        #expect(report.percent == 100)
        #expect(
            report.questions.map(\.id) == ["what-a-trace-is", "why-propagation", "beyond-correlation-ids"])
        #expect(report.questions.allSatisfy { $0.correct && $0.given?.letters == "A" })
    }

    @Test func allWrongFailsWithExitOne() throws {
        let app = try TestApp()
        let result = app.run(["quiz", "knowledge-check", "--answers", "B,B,B", "--format", "json"])
        #expect(result.exitCode == 1)
        let report = try app.decode(QuizReportMirror.self, from: result)
        #expect(report.score == 0 && report.maxScore == 3 && !report.passed)
        #expect(report.questions.allSatisfy { !$0.correct && $0.expected.letters == "A" })
        #expect(result.errorLines == ["tracelab: not passed: 0 of 3 (pass mark 67%)"])
    }

    @Test func textReportShowsEveryQuestionAndTheScore() throws {
        let result = try TestApp().run(["quiz", "knowledge-check", "--answers", "A,B,A"])
        #expect(result.exitCode == 0)
        #expect(result.output.contains("✓ 1. what-a-trace-is: 1/1 (given A)"))
        #expect(result.output.contains("✗ 2. why-propagation: 0/1 (given B)"))
        #expect(result.output.contains("Score: 2 of 3 (67%) — passed"))
    }

    @Test(arguments: [
        (["--answers", "Z"], 65, "there is no choice Z"),
        (["--answers", "A,A"], 65, "missing answers for question 3"),
        (["--answers", "A,A,A,A"], 65, "4 answers given but the quiz has 3 questions"),
        (["--answers", "A,A,A", "--answers-file", "x.yaml"], 64, "either --answers or --answers-file"),
        (["--answers", "A,A,A", "--exam"], 64, "--exam is for interactive quizzes"),
        (["--answers", "A,A,A", "--format", "pdf"], 64, "'pdf'"),
        (["--format", "json"], 64, "needs --answers or --answers-file"),
    ])
    func unusableAnswersGiveOneLine(options: [String], exitCode: Int32, message: String) throws {
        let app = try TestApp()
        let result = app.run(["quiz", "knowledge-check"] + options)
        #expect(result.exitCode == exitCode)
        #expect(result.output.isEmpty)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains(message))
        #expect(try app.scores().attempts.isEmpty)
    }

    @Test func anUnknownQuizSaysWhichExist() throws {
        let result = try TestApp().run(["quiz", "final-exam", "--answers", "A"])
        #expect(result.exitCode != 0)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains("knowledge-check"))
    }

    @Test func theAttemptIsStoredUnlessNoRecord() throws {
        let app = try TestApp()
        _ = app.run(["quiz", "knowledge-check", "--answers", "A,A,A", "--no-record"])
        #expect(try app.scores().attempts.isEmpty)
        _ = app.run(["quiz", "knowledge-check", "--answers", "A,B,A"])
        let attempts = try app.scores().attempts
        #expect(attempts.count == 1)
        let attempt = try #require(attempts.first)
        #expect(attempt.mode == "auto" && attempt.status == "completed")
        #expect(attempt.score == 2 && attempt.learner == "ada")
    }
}
