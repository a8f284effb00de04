import Testing

/// `scores` lists stored attempts as a table, CSV or JSON.
@Suite struct ScoresCommandTests {
    @Test func noAttemptsYet() throws {
        let app = try TestApp()
        #expect(app.run(["scores"]).output.contains("No attempts yet"))
        #expect(try app.scores().attempts.isEmpty)
    }

    @Test func jsonAndCSVListTheSameAttempts() throws {
        let app = try TestApp()
        _ = app.run(["quiz", "knowledge-check", "--answers", "A,A,A"])
        _ = app.run(["quiz", "knowledge-check", "--answers", "B,B,B", "--learner", "grace"])
        let scores = try app.scores()
        #expect(scores.attempts.map(\.learner) == ["ada", "grace"])
        #expect(scores.attempts.map(\.score) == [3, 0])
        #expect(scores.attempts.map(\.passed) == [true, false])
        #expect(scores.summaries.map(\.learner) == ["ada", "grace"])

        let csv = app.run(["scores", "--format", "csv"])
        #expect(csv.exitCode == 0)
        let rows = csv.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 3)
        #expect(rows.first?.hasPrefix("attempt_id,learner,quiz_id,") == true)
        #expect(rows[1].hasPrefix("1,ada,knowledge-check,"))
        #expect(rows[2].hasPrefix("2,grace,knowledge-check,"))
        #expect(rows[1].contains(",3,3,100,true,"))
    }

    @Test func learnerOptionFilters() throws {
        let app = try TestApp()
        _ = app.run(["quiz", "knowledge-check", "--answers", "A,A,A"])
        _ = app.run(["quiz", "knowledge-check", "--answers", "B,B,B", "--learner", "grace"])
        let result = app.run(["scores", "--format", "json", "--learner", "grace"])
        let scores = try app.decode(ScoresMirror.self, from: result)
        #expect(scores.attempts.map(\.learner) == ["grace"])
    }

    @Test func tableShowsBestAndLast() throws {
        let app = try TestApp()
        _ = app.run(["quiz", "knowledge-check", "--answers", "A,B,B"])
        _ = app.run(["quiz", "knowledge-check", "--answers", "A,A,A"])
        let table = app.run(["scores"]).output
        #expect(table.contains("Best and last completed attempt"))
        #expect(table.contains("3/3"))
        #expect(table.contains("1/3"))
    }
}
