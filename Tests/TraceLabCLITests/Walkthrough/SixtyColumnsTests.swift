import Testing

/// At 60 columns nothing the course prints for a learner runs past the edge or is cut short; the
/// decoder names Trace Context Level 2's random flag.
@Suite struct SixtyColumnsTests {
    static func widest(_ text: String) -> Int {
        text.split(separator: "\n").map(\.count).max() ?? 0
    }

    @Test func stepsLessonAndReviewFitSixtyColumns() throws {
        var app = try TestApp()
        app.extraVariables = ["COLUMNS": "60"]
        let steps = app.run(["steps"]).output
        #expect(Self.widest(steps) <= 60)
        let count = steps.split(separator: "\n").filter { $0.contains("[") && $0.contains("]") }.count
        #expect(count >= 27)
        for step in 1...count {
            let shown = app.run(["goto", "\(step)"])
            #expect(shown.exitCode == 0)
            #expect(Self.widest(shown.output) <= 60, "step \(step)")
            // A suggested command is broken over lines, never cut short.
            #expect(!shown.output.contains("…"), "step \(step) cuts a line")
        }
        _ = app.run(["quiz", "--answers", "A,B,C"])
        let review = app.run(["review"])
        #expect(review.exitCode == 0)
        #expect(Self.widest(review.output) <= 60)
    }

    @Test func theDecoderNamesTheRandomFlag() throws {
        let result = try TestApp().run([
            "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-03",
        ])
        #expect(result.exitCode == 0)
        #expect(result.output.contains("sampled"))
        #expect(result.output.contains("random flag"))
    }

    @Test func theTitleStaysOnTheFirstScreenAtSixtyByThirty() throws {
        var app = try TestApp()
        app.extraVariables = ["COLUMNS": "60"]
        app.outputIsTerminal = true  // as at a terminal: headings in bold, not underlined
        let lines = app.run([]).output.replacing(#/\x{1B}\[[0-9;]*m/#, with: "").components(separatedBy: "\n")
        #expect(lines.first?.contains("Distributed Tracing Fundamentals") == true)
        let end = try #require(lines.firstIndex { $0.contains("to continue") })
        #expect(end + 2 <= 30, "the welcome and step 1 take \(end + 1) rows, plus the prompt")
    }
}
