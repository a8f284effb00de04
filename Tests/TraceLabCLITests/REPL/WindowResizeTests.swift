import Synchronization
import Testing

@Suite("The prompt follows a resized window")
struct WindowResizeTests {
    /// A window 100 columns wide for the greeting and the first command, then 44.
    final class Window: Sendable {
        private let measurements = Mutex(0)

        func measure() -> (columns: Int?, rows: Int?) {
            let count = measurements.withLock { count in
                count += 1
                return count
            }
            return (count <= 1 ? 100 : 44, 40)
        }
    }

    @Test("a command typed after the window narrows fits the new width; the one before used the old")
    func narrowing() throws {
        var app = try TestApp()
        let window = Window()
        app.outputIsTerminal = true
        app.terminalColumns = 100
        app.terminalRows = 40
        app.extraVariables = ["NO_COLOR": "1", "TRACELAB_PAGER": "off"]
        app.measureTerminal = { window.measure() }
        let result = app.repl(["lesson", "lesson"])
        #expect(result.exitCode == 0)
        // The greeting and each `lesson` show the current step under the same heading.
        let shown = result.output.components(separatedBy: "Step 1 of 27")
        try #require(shown.count == 4)
        let wide = shown[2].split(separator: "\n")
        let narrow = shown[3].split(separator: "\n")
        #expect(wide.contains { $0.count > 44 })
        let widest = narrow.map(\.count).max() ?? 0
        #expect(widest <= 44, "widest line after the resize: \(widest)")
    }
}
