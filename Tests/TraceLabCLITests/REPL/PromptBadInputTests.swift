import Testing

/// Whatever is typed at the prompt, the course answers with a short message and keeps going:
/// the next command still works, and nothing typed reaches the terminal as an escape sequence.
@Suite struct PromptBadInputTests {
    struct BadLine: Sendable, CustomTestStringConvertible {
        let name: String
        let line: String
        let message: String

        var testDescription: String { name }
    }

    static let badLines: [BadLine] = [
        BadLine(name: "unknown command", line: "bogus", message: "unknown command 'bogus'"),
        BadLine(name: "bad option value", line: "run --format xml", message: "'xml'"),
        BadLine(name: "bad argument", line: "goto nowhere", message: "there is no step 'nowhere'"),
        BadLine(name: "unknown boundary", line: "propagation off a:b", message: "'a:b' is not a boundary"),
        BadLine(
            name: "10,000 characters", line: String(repeating: "x", count: 10_000),
            message: "That line is 10000 characters long"),
        BadLine(name: "unclosed quote", line: "run \"checkout", message: "unclosed \" quote"),
        BadLine(name: "options alone", line: "--no-color", message: "Options alone do nothing here"),
        BadLine(
            name: "colour escape", line: "bog\u{1B}[31mus\u{1B}[0m", message: "unknown command 'bogus'"),
        BadLine(
            name: "title escape", line: "\u{1B}]0;owned\u{07}", message: "only control characters"),
        BadLine(
            name: "clear-screen escape as a value", line: "goto \u{1B}[2J\u{1B}[H",
            message: "give the step to go to"),
        BadLine(
            name: "control characters", line: "go\u{01}to\u{7F} 9\u{08}9", message: "there is no step '99'"),
    ]

    @Test(arguments: badLines)
    func badLineGetsOneShortMessageAndTheLoopContinues(bad: BadLine) throws {
        let keyboard = ScriptedKeyboard(lines: [bad.line, "steps", "quit"])
        let result = try TestApp().run([], keyboard: keyboard)
        #expect(result.exitCode == 64, "a scripted session exits with its first failure's code")
        #expect(result.errorLines.count == 1)
        let message = try #require(result.errorLines.first)
        #expect(message.contains(bad.message))
        #expect(message.count < 200)
        #expect(result.output.contains("✓ done · ▶ you are here"))
        #expect(result.output.contains("Progress saved"))
        #expect(keyboard.unread == 0)
        #expect(!result.containsEscape)
        #expect(!result.errors.contains("Fatal"))
    }

    @Test func anEmptyLineMovesToTheNextStep() throws {
        let result = try TestApp().repl(["", "steps"])
        #expect(result.output.contains("Step 2 of 27 · The slow checkout"))
        #expect(result.output.contains(" ▶  2. "))
        #expect(result.errors.isEmpty)
    }

    @Test func aLineOfSpacesDoesNothing() throws {
        let result = try TestApp().repl(["   ", "steps"])
        #expect(result.errors.isEmpty)
        #expect(result.output.contains(" ▶  1. "))
    }

    @Test func ctrlCAtThePromptIsIgnoredAndTheSessionGoesOn() throws {
        let keyboard = ScriptedKeyboard([.interrupted, .line("steps")])
        let result = try TestApp().run([], keyboard: keyboard)
        #expect(result.exitCode == 0)
        #expect(result.output.contains(" ▶  1. "))
    }

    @Test func exitLeavesWithoutReadingFurther() throws {
        let keyboard = ScriptedKeyboard(lines: ["exit", "next"])
        let result = try TestApp().run([], keyboard: keyboard)
        #expect(result.exitCode == 0)
        #expect(keyboard.unread == 1)
        #expect(!result.output.contains("Step 2 of 27"))
    }

    @Test func helpForAnUnknownCommandSaysSo() throws {
        let result = try TestApp().repl(["help nothing", "help"])
        #expect(result.errors.contains("there is no command 'nothing'"))
        #expect(result.output.contains("Commands (Enter on an empty line = next step"))
    }
}
