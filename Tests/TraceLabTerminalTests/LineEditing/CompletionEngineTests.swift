import Testing
import TraceLabTerminal

private let boundaries = [
    "gateway:billing", "billing:payment-provider", "gateway:enrollment", "enrollment:notification-worker",
]

private let engine = CompletionEngine(commands: [
    "propagation": CompletionSpec(arguments: [.words(["on", "off"]), .words(boundaries + ["all"])]),
    "goto": CompletionSpec(arguments: [.dynamic { ["intro", "first-trace", "broken-trace"] }]),
    "run": CompletionSpec(
        arguments: [.dynamic { ["checkout", "checkout-slow"] }],
        flags: [
            "--off": .value(.words(boundaries)),
            "--propagation": .value(.words(["on", "off"])),
            "--seed": .value(.nothing),
            "--format": .value(.words(["text", "json"])),
            "--quiet": .noValue,
        ]),
    "explain": CompletionSpec(arguments: [.words(["span", "trace"])], repeatsLastArgument: true),
    "quit": CompletionSpec(),
    "quiz": CompletionSpec(),
])

/// A line with `|` marking the cursor, and the candidates expected there.
struct CompletionCase: CustomTestStringConvertible, Sendable {
    let marked: String
    let expected: [String]
    init(_ marked: String, _ expected: [String]) {
        self.marked = marked
        self.expected = expected
    }
    var line: String { marked.replacingOccurrences(of: "|", with: "") }
    var cursor: Int {
        marked.distance(from: marked.startIndex, to: marked.firstIndex(of: "|") ?? marked.endIndex)
    }
    var testDescription: String { "\"\(marked)\" -> \(expected)" }
}

@Suite("CompletionEngine")
struct CompletionEngineTests {
    @Test(
        "The first word completes to command names",
        arguments: [
            CompletionCase("|", ["explain", "goto", "propagation", "quit", "quiz", "run"]),
            CompletionCase("q|", ["quit", "quiz"]),
            CompletionCase("pro|", ["propagation"]),
            CompletionCase("propagation|", ["propagation"]),
            CompletionCase("  ru|", ["run"]),
            CompletionCase("x|", []),
            CompletionCase("Run|", []),
        ])
    func commandNames(_ example: CompletionCase) {
        #expect(engine.candidates(line: example.line, cursor: example.cursor) == example.expected)
    }

    @Test(
        "Positional arguments complete by position",
        arguments: [
            CompletionCase("propagation |", ["off", "on"]),
            CompletionCase("propagation o|", ["off", "on"]),
            CompletionCase("propagation of|", ["off"]),
            CompletionCase(
                "propagation off |",
                [
                    "all", "billing:payment-provider", "enrollment:notification-worker",
                    "gateway:billing", "gateway:enrollment",
                ]),
            CompletionCase("propagation  off   gate|", ["gateway:billing", "gateway:enrollment"]),
            CompletionCase("propagation off a|", ["all"]),
            CompletionCase("propagation off all |", []),
            CompletionCase("goto |", ["broken-trace", "first-trace", "intro"]),
            CompletionCase("goto f|", ["first-trace"]),
            CompletionCase("explain span tr|", ["trace"]),
            CompletionCase("explain span trace s|", ["span"]),
            CompletionCase("nosuchcommand |", []),
            CompletionCase("quit |", []),
        ])
    func positionalArguments(_ example: CompletionCase) {
        #expect(engine.candidates(line: example.line, cursor: example.cursor) == example.expected)
    }

    @Test(
        "Flags, flag values and positionals mix",
        arguments: [
            CompletionCase("run |", ["checkout", "checkout-slow"]),
            CompletionCase("run -|", ["--format", "--off", "--propagation", "--quiet", "--seed"]),
            CompletionCase("run --o|", ["--off"]),
            CompletionCase("run --off |", boundaries.sorted()),
            CompletionCase("run --off gateway:b|", ["gateway:billing"]),
            CompletionCase("run --off gateway:billing |", ["checkout", "checkout-slow"]),
            CompletionCase(
                "run --off gateway:billing checkout |",
                [
                    "--format", "--off", "--propagation", "--quiet", "--seed",
                ]),
            CompletionCase("run checkout --propagation |", ["off", "on"]),
            CompletionCase("run checkout --seed |", []),
            CompletionCase("run --seed 7 ch|", ["checkout", "checkout-slow"]),
            CompletionCase("run --quiet ch|", ["checkout", "checkout-slow"]),
            CompletionCase("run --seed=7 ch|", ["checkout", "checkout-slow"]),
            CompletionCase("run --format=|", ["--format=json", "--format=text"]),
            CompletionCase("run --format=j|", ["--format=json"]),
            CompletionCase("run --off=billing|", ["--off=billing:payment-provider"]),
            CompletionCase("run --seed=|", []),
            CompletionCase("run --quiet=|", []),
            CompletionCase("run --unknown ch|", ["checkout", "checkout-slow"]),
            CompletionCase(
                "run checkout --format json |",
                [
                    "--format", "--off", "--propagation", "--quiet", "--seed",
                ]),
        ])
    func flags(_ example: CompletionCase) {
        #expect(engine.candidates(line: example.line, cursor: example.cursor) == example.expected)
    }

    @Test(
        "Only the text before the cursor counts",
        arguments: [
            CompletionCase("pro| off", ["propagation"]),
            CompletionCase("propagation o|ff gateway:billing", ["off", "on"]),
            CompletionCase("run | --seed 3", ["checkout", "checkout-slow"]),
        ])
    func cursorInsideTheLine(_ example: CompletionCase) {
        #expect(engine.candidates(line: example.line, cursor: example.cursor) == example.expected)
    }

    @Test("A cursor outside the line is clamped to it")
    func cursorClamped() {
        #expect(engine.candidates(line: "qu", cursor: 99) == ["quit", "quiz"])
        #expect(engine.candidates(line: "qu", cursor: -4) == engine.candidates(line: "", cursor: 0))
    }

    @Test("Dynamic completions are asked again each time")
    func dynamicIsLive() {
        let steps = StepList()
        let live = CompletionEngine(commands: [
            "goto": CompletionSpec(arguments: [.dynamic { steps.current }])
        ])
        #expect(live.candidates(line: "goto ", cursor: 5) == ["intro"])
        steps.current = ["intro", "queues"]
        #expect(live.candidates(line: "goto ", cursor: 5) == ["intro", "queues"])
    }

    @Test("Duplicate and empty words are dropped")
    func duplicatesDropped() {
        let table = CompletionEngine(commands: [
            "x": CompletionSpec(arguments: [.words(["b", "a", "b", ""])])
        ])
        #expect(table.candidates(line: "x ", cursor: 2) == ["a", "b"])
    }
}

private final class StepList: @unchecked Sendable {
    var current = ["intro"]
}
