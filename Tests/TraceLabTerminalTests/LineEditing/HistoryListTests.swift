import Testing
import TraceLabTerminal

@Suite("HistoryList")
struct HistoryListTests {
    @Test("Records lines oldest first")
    func records() {
        var history = HistoryList(capacity: 10)
        let first = history.record("run checkout")
        let second = history.record("propagation off")
        #expect(first && second)
        #expect(history.entries == ["run checkout", "propagation off"])
    }

    @Test("Blank lines are not recorded", arguments: ["", " ", "\t  ", "\u{3000}"])
    func blank(line: String) {
        var history = HistoryList(entries: ["run"], capacity: 10)
        let recorded = history.record(line)
        #expect(!recorded)
        #expect(history.entries == ["run"])
    }

    @Test("A repeat of the newest line is recorded once, an older repeat again")
    func consecutiveRepeats() {
        var history = HistoryList(capacity: 10)
        history.record("run")
        let repeated = history.record("run")
        history.record("quit")
        let again = history.record("run")
        #expect(!repeated)
        #expect(again)
        #expect(history.entries == ["run", "quit", "run"])
    }

    @Test("Only the newest lines up to the capacity are kept")
    func capacity() {
        var history = HistoryList(capacity: 3)
        for index in 1...5 { history.record("line \(index)") }
        #expect(history.entries == ["line 3", "line 4", "line 5"])
    }

    @Test("Initial entries are cleaned the same way")
    func initialEntries() {
        let history = HistoryList(entries: ["a", "a", "", "b", "c", "c", "d"], capacity: 3)
        #expect(history.entries == ["b", "c", "d"])
    }

    @Test("A capacity below one keeps one line", arguments: [0, -3])
    func tinyCapacity(capacity: Int) {
        var history = HistoryList(capacity: capacity)
        history.record("a")
        history.record("b")
        #expect(history.capacity == 1)
        #expect(history.entries == ["b"])
    }
}
