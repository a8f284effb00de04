import Foundation
import Synchronization
import Testing
import TraceLabCLI
import TraceLabCore
import TraceLabTerminal

/// Every lesson step's suggested commands, run with `try` at a 100 × 40 terminal: what does not
/// fit on one screen is paged, a screen at a time, and nothing is lost; scripts are never paged.
@Suite struct PagedLessonStepsTests {
    /// Presses one key at every pager prompt and counts the prompts.
    final class Keys: Sendable {
        let pressed = Mutex(0)
        let key: UInt8

        init(_ press: Character) {
            key = press.asciiValue!
        }

        var reader: @Sendable () -> UInt8? {
            { [self] in
                pressed.withLock { $0 += 1 }
                return key
            }
        }
    }

    static let lesson: Lesson = {
        let url = RepositoryPaths.root.appendingPathComponent("lessons/distributed-tracing-fundamentals.md")
        return try! LessonParser.parse(text: String(contentsOf: url, encoding: .utf8), file: "lesson.md")
    }()

    /// Step numbers whose suggestions run in-process (not the live lab's processes, not a quiz
    /// that waits for answers).
    static let steps: [Int] = lesson.steps.indices.filter { index in
        let words = lesson.steps[index].commands.compactMap { $0.text.split(separator: " ").first }
        return !words.isEmpty && !words.contains("live") && !words.contains("quiz")
    }.map { $0 + 1 }

    static func app(rows: Int?, keys: Keys?) throws -> TestApp {
        var app = try TestApp()
        app.extraVariables = ["NO_COLOR": "1"]
        app.outputIsTerminal = true
        app.inputIsTerminal = true
        app.terminalRows = rows
        app.terminalColumns = 100
        app.pagerKeys = keys?.reader
        return app
    }

    static func tryStep(_ step: Int, in app: TestApp) -> CommandResult {
        _ = app.run(["goto", "\(step)", "--no-pager"])
        return app.run(["try"])
    }

    @Test(arguments: steps)
    func eachStepFitsTheScreenOrIsPaged(step: Int) throws {
        let keys = Keys(" ")
        let paged = Self.tryStep(step, in: try Self.app(rows: 40, keys: keys))
        let whole = Self.tryStep(step, in: try Self.app(rows: 40, keys: nil))
        #expect(paged.exitCode == 0 && whole.exitCode == 0, "\(paged.errors)")

        let screens = paged.output.components(separatedBy: Pager.prompt + "\r\u{1B}[K")
        for screen in screens {
            #expect(screen.split(separator: "\n", omittingEmptySubsequences: false).count <= 40)
        }
        #expect(screens.joined() == whole.output, "paging lost or changed output")
        let rows = whole.output.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(keys.pressed.withLock { $0 } == screens.count - 1)
        #expect((screens.count > 1) == (rows > 39), "step \(step) has \(rows) rows")
    }

    @Test func qStopsTheOutputAtTheFirstPrompt() throws {
        let step = try #require(
            Self.steps.first { step in
                Self.tryStep(step, in: try! Self.app(rows: 40, keys: nil)).output.split(separator: "\n").count
                    > 45
            })
        let keys = Keys("q")
        let result = Self.tryStep(step, in: try Self.app(rows: 40, keys: keys))
        #expect(result.exitCode == 0)
        #expect(keys.pressed.withLock { $0 } == 1)
        #expect(result.output.hasSuffix(Pager.prompt + "\r\u{1B}[K"))
        #expect(result.output.filter { $0 == "\n" }.count == 39)
    }

    @Test(arguments: [["--no-pager"], ["TRACELAB_PAGER=off"]])
    func pagingCanBeTurnedOff(setting: [String]) throws {
        let keys = Keys(" ")
        var app = try Self.app(rows: 40, keys: keys)
        var arguments = ["try"]
        if setting[0].hasPrefix("--") {
            arguments += setting
        } else {
            app.extraVariables["TRACELAB_PAGER"] = "off"
        }
        _ = app.run(["goto", "many-checkouts", "--no-pager"])
        let result = app.run(arguments)
        #expect(result.exitCode == 0)
        #expect(!result.output.contains(Pager.prompt))
        #expect(keys.pressed.withLock { $0 } == 0)
        #expect(result.output.split(separator: "\n").count > 39)
    }

    @Test func scriptedRunsAreNeverPaged() throws {
        let keys = Keys(" ")
        var app = try Self.app(rows: 40, keys: keys)
        app.inputIsTerminal = false
        _ = app.run(["goto", "many-checkouts", "--no-pager"])
        let result = app.run(["try"])
        #expect(!result.output.contains(Pager.prompt))
        #expect(keys.pressed.withLock { $0 } == 0)
    }
}
