import Testing

/// The shell and the prompt share one grammar: the same words print the same text.
@Suite struct SameWordsTests {
    struct Pair: Sendable, CustomTestStringConvertible {
        let typed: String
        let shell: [String]

        var testDescription: String { typed }
    }

    static let pairs: [Pair] = [
        Pair(
            typed: "run checkout --off gateway:billing",
            shell: ["run", "checkout", "--off", "gateway:billing"]),
        Pair(
            typed: "run checkout --propagation off --format json",
            shell: ["run", "--propagation", "off", "--format", "json"]),
        Pair(typed: "tracelab run --format otlp", shell: ["run", "--format", "otlp"]),
        Pair(typed: "help run", shell: ["help", "run"]),
        Pair(typed: "help run", shell: ["run", "--help"]),
        Pair(typed: "run --help", shell: ["run", "--help"]),
        Pair(typed: "help quiz", shell: ["quiz", "--help"]),
        Pair(typed: "scenarios", shell: ["scenarios"]),
        Pair(typed: "boundaries", shell: ["boundaries"]),
        Pair(
            typed: "traceparent 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            shell: ["traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"]),
    ]

    @Test(arguments: pairs)
    func promptPrintsWhatTheShellPrints(pair: Pair) throws {
        let shell = try TestApp().run(pair.shell)
        let typed = try TestApp.outputOfTyping(pair.typed)
        #expect(shell.exitCode == 0)
        #expect(!shell.output.isEmpty)
        #expect(typed == shell.output)
    }

    @Test func helpShowsTheCommandsOwnHelpNotTheHelpCommands() throws {
        let result = try TestApp().run(["help", "run"])
        #expect(result.output.hasPrefix("OVERVIEW: Run a scenario's request"))
        #expect(result.output.contains("--propagation <on|off>"))
        let root = try TestApp().run(["--help"])
        #expect(root.exitCode == 0)
        #expect(root.output.contains("SUBCOMMANDS:"))
        #expect(root.output.contains("traceparent"))
    }

    @Test func aFailingCommandSaysTheSameThingWithoutTheProgramName() throws {
        let shell = try TestApp().run(["run", "nope"])
        let typed = try TestApp().repl(["run nope"])
        let line = try #require(shell.errorLines.first)
        #expect(line.hasPrefix("tracelab: "))
        #expect(typed.errorLines == [String(line.dropFirst("tracelab: ".count))])
    }
}

extension TestApp {
    /// What typing `line` at a fresh course's prompt printed, without the greeting before it
    /// and the blank line the end of input adds after it.
    static func outputOfTyping(_ line: String) throws -> String {
        let greeting = try TestApp().repl([]).output
        let session = try TestApp().repl([line]).output
        try #require(session.hasPrefix(String(greeting.dropLast())))
        return String(session.dropFirst(greeting.count - 1).dropLast())
    }
}
