import Testing
import TraceLabTerminal

@Suite("TerminalStyle")
struct TerminalStyleTests {
    struct ColourCase: Sendable, CustomTestStringConvertible {
        let environment: [String: String]
        let isTerminal: Bool
        let noColorFlag: Bool
        let expected: Bool
        var testDescription: String { "\(environment) terminal=\(isTerminal) flag=\(noColorFlag)" }
    }

    static let colourCases: [ColourCase] = [
        ColourCase(environment: [:], isTerminal: true, noColorFlag: false, expected: true),
        ColourCase(environment: [:], isTerminal: false, noColorFlag: false, expected: false),
        ColourCase(environment: ["NO_COLOR": "1"], isTerminal: true, noColorFlag: false, expected: false),
        ColourCase(
            environment: ["NO_COLOR": "anything"], isTerminal: true, noColorFlag: false, expected: false),
        ColourCase(environment: ["NO_COLOR": ""], isTerminal: true, noColorFlag: false, expected: true),
        ColourCase(environment: [:], isTerminal: true, noColorFlag: true, expected: false),
        ColourCase(environment: ["TERM": "dumb"], isTerminal: true, noColorFlag: false, expected: false),
        ColourCase(
            environment: ["TERM": "xterm-256color"], isTerminal: true, noColorFlag: false, expected: true),
    ]

    @Test("colour only on a terminal without NO_COLOR, TERM=dumb or the flag", arguments: colourCases)
    func colour(_ testCase: ColourCase) {
        let style = TerminalStyle.resolve(
            environment: testCase.environment, isTerminal: testCase.isTerminal, terminalColumns: 100,
            noColorFlag: testCase.noColorFlag)
        #expect(style.colorEnabled == testCase.expected)
    }

    @Test(
        "width from the terminal, else COLUMNS, else 80, clamped",
        arguments: [
            (Int?.some(132), "50", 132), (nil, "50", 50), (nil, " 90 ", 90), (nil, "wide", 80),
            (nil, "-5", 80),
            (nil, "", 80), (Int?.some(0), "70", 70), (Int?.some(5), "70", 20), (Int?.some(10_000), "70", 400),
        ] as [(Int?, String, Int)])
    func width(terminalColumns: Int?, columns: String, expected: Int) {
        let style = TerminalStyle.resolve(
            environment: ["COLUMNS": columns], isTerminal: true, terminalColumns: terminalColumns,
            noColorFlag: false)
        #expect(style.width == expected)
    }

    @Test("no COLUMNS and no terminal size gives the fallback width")
    func fallbackWidth() {
        let style = TerminalStyle.resolve(
            environment: [:], isTerminal: false, terminalColumns: nil, noColorFlag: false)
        #expect(style.width == TerminalStyle.fallbackWidth)
    }

    @Test("init and later assignment clamp the width", arguments: [(-3, 20), (19, 20), (57, 57), (401, 400)])
    func clamping(requested: Int, expected: Int) {
        var style = TerminalStyle(colorEnabled: false, width: requested)
        #expect(style.width == expected)
        style.width = requested
        #expect(style.width == expected)
    }

    @Test("paint adds escape sequences only when colour is on")
    func paint() {
        let on = TerminalStyle(colorEnabled: true, width: 80)
        let off = TerminalStyle(colorEnabled: false, width: 80)
        #expect(on.paint("billing", .red + .bold) == "\u{1B}[31;1mbilling\u{1B}[0m")
        #expect(off.paint("billing", .red + .bold) == "billing")
        #expect(on.paint("billing", .plain) == "billing")
        #expect(on.paint("", .red).isEmpty)
    }
}
