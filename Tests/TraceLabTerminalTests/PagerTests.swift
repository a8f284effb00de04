import Testing
import TraceLabTerminal

/// The pager's screens: how much text fits, when it asks, and what the answers do.
@Suite struct PagerTests {
    /// Feeds `text` through `pager`, answering every prompt with `answers` in turn (then stop);
    /// returns the screens shown.
    static func screens(_ text: String, pager: Pager, answers: [Pager.Answer]) -> [String] {
        var pager = pager
        var answers = answers[...]
        var screens = [""]
        var rest = Substring(text)
        while !rest.isEmpty && !pager.isStopped {
            if pager.isScreenFull {
                pager.answer(answers.popFirst() ?? .stop)
                if !pager.isStopped { screens.append("") }
                continue
            }
            screens[screens.count - 1] += pager.take(from: &rest)
        }
        return screens
    }

    static func numbered(_ count: Int) -> String {
        (1...count).map { "line \($0)\n" }.joined()
    }

    @Test func aScreenHoldsTheRowsAboveThePrompt() {
        let screens = Self.screens(
            Self.numbered(100), pager: Pager(rows: 40, columns: 100), answers: [.nextScreen, .nextScreen])
        #expect(screens.count == 3)
        #expect(screens[0] == Self.numbered(39))
        #expect(screens[1].hasPrefix("line 40\n"))
        #expect(screens.allSatisfy { $0.split(separator: "\n").count <= 39 })
        #expect(screens.joined() == Self.numbered(100))
    }

    @Test func stopShowsNothingMore() {
        var pager = Pager(rows: 10, columns: 80)
        var rest = Substring(Self.numbered(30))
        _ = pager.take(from: &rest)
        #expect(pager.isScreenFull)
        pager.answer(.stop)
        #expect(pager.isStopped)
        #expect(pager.take(from: &rest).isEmpty)
    }

    @Test func outputThatFitsNeverAsks() {
        var pager = Pager(rows: 40, columns: 100)
        var rest = Substring(Self.numbered(39))
        #expect(pager.take(from: &rest) == Substring(Self.numbered(39)))
        #expect(rest.isEmpty)
        // Full, but nothing more waits: the caller has nothing left to ask about.
        #expect(pager.isScreenFull)
    }

    @Test func textArrivingInManyWritesIsCountedTogether() {
        var pager = Pager(rows: 5, columns: 80)
        var shown = ""
        for line in (1...10).map({ "line \($0)\n" }) {
            var rest = Substring(line)
            shown += pager.take(from: &rest)
            if !rest.isEmpty { break }
        }
        #expect(shown == Self.numbered(4))
    }

    @Test func longLinesTakeTheRowsTheyWrapTo() {
        let long = String(repeating: "x", count: 250) + "\n"
        let screens = Self.screens(long + Self.numbered(10), pager: Pager(rows: 6, columns: 100), answers: [])
        // 250 columns wrap to 3 rows, leaving 2 rows of the 5 for numbered lines.
        #expect(screens == [long + Self.numbered(2)])
    }

    @Test func colourEscapesTakeNoRoom() {
        let coloured = "\u{1B}[1;32m" + String(repeating: "y", count: 10) + "\u{1B}[0m\n"
        let screens = Self.screens(
            String(repeating: coloured, count: 6), pager: Pager(rows: 4, columns: 10), answers: [])
        #expect(screens == [String(repeating: coloured, count: 3)])
    }

    @Test(arguments: [
        (UInt8(ascii: "q"), Pager.Answer.stop), (UInt8(ascii: "Q"), .stop), (3, .stop),
        (UInt8(ascii: " "), .nextScreen), (UInt8(ascii: "\n"), .nextScreen),
        (UInt8(ascii: "\r"), .nextScreen),
    ])
    func keys(key: UInt8, answer: Pager.Answer) {
        #expect(Pager.answer(forKey: key) == answer)
    }

    @Test func theEndOfInputStops() {
        #expect(Pager.answer(forKey: nil) == .stop)
    }

    @Test func thePromptSaysWhichKeysDoWhat() {
        #expect(Pager.prompt == "-- more (space/enter: next, q: stop) --")
    }
}
