import Testing

/// The same seed gives the same run, and output that is not a terminal (or NO_COLOR) has no
/// escape sequences.
@Suite struct RunDeterminismAndColourTests {
    @Test(arguments: ["text", "json", "otlp"])
    func sameSeedGivesIdenticalRuns(format: String) throws {
        let arguments = ["run", "checkout", "--seed", "7", "--format", format]
        let first = try TestApp().run(arguments)
        let second = try TestApp().run(arguments)
        #expect(first.exitCode == 0)
        #expect(first.output == second.output)
        #expect(first.output.contains("7"))
    }

    @Test func differentSeedsGiveDifferentIds() throws {
        let first = try TestApp().run(["run", "--seed", "1", "--format", "otlp"])
        let second = try TestApp().run(["run", "--seed", "2", "--format", "otlp"])
        #expect(first.output != second.output)
    }

    @Test(arguments: [
        ["run", "checkout"], ["trace"], ["waterfall"], ["critical"], ["headers"], ["steps"], ["lesson"],
        ["run", "--propagation", "off"],
    ])
    func plainOutputHasNoEscapeByte(arguments: [String]) throws {
        let result = try TestApp().run(arguments)
        #expect(result.exitCode == 0)
        #expect(!result.output.isEmpty)
        #expect(!result.containsEscape)
    }

    @Test func noColorWinsEvenOnATerminal() throws {
        var app = try TestApp()
        app.outputIsTerminal = true
        app.extraVariables["NO_COLOR"] = "1"
        let result = app.run(["run", "checkout"])
        #expect(result.exitCode == 0)
        #expect(!result.containsEscape)
        let flagged = try TestApp.terminal().run(["run", "checkout", "--no-color"])
        #expect(!flagged.containsEscape)
    }

    @Test func aTerminalWithoutNoColorGetsColour() throws {
        let result = try TestApp.terminal().run(["run", "checkout"])
        #expect(result.containsEscape)
    }
}

extension TestApp {
    /// An app whose standard output is a terminal.
    static func terminal() throws -> TestApp {
        var app = try TestApp()
        app.outputIsTerminal = true
        app.extraVariables["TERM"] = "xterm-256color"
        return app
    }
}
