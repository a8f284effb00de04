import Synchronization
import TraceLabTerminal

/// Standard output at a terminal, one screen at a time: when a command's output fills the
/// screen, the pager's prompt waits for a key (space or enter: the next screen; q: stop, and
/// nothing more of that output is written). Used only where a person reads and answers.
final class PagedOutput: OutputSink {
    private let base: any OutputSink
    private let readKey: @Sendable () -> UInt8?
    private let pager: Mutex<Pager>

    /// Pages `base` for a terminal of `rows` by `columns`, asking `readKey` at each full screen.
    init(_ base: any OutputSink, rows: Int, columns: Int, readKey: @escaping @Sendable () -> UInt8?) {
        self.base = base
        self.readKey = readKey
        pager = Mutex(Pager(rows: rows, columns: columns))
    }

    /// Commands that print as things arrive until Ctrl-C: a pager waiting for a key would stall them.
    static let streamingCommands: Set<String> = ["collect", "serve", "exercise"]

    /// `output` paged when a person at a terminal reads it and paging is not turned off
    /// (`TRACELAB_PAGER=off`, `--no-pager` among `words`); otherwise nil. Scripted and
    /// auto-graded runs (input or output not a terminal) and ``streamingCommands`` are never paged.
    static func forPerson(_ output: any OutputSink, environment: AppEnvironment, words: [String])
        -> PagedOutput?
    {
        let setting = (environment.variables["TRACELAB_PAGER"] ?? "").lowercased()
        guard environment.outputIsTerminal, environment.inputIsTerminal,
            !["off", "0", "no", "false"].contains(setting), !words.contains("--no-pager"),
            !words.contains(where: streamingCommands.contains),
            let rows = environment.terminalRows, rows > 2, let readKey = environment.readKey
        else { return nil }
        let columns = TerminalStyle.resolve(
            environment: environment.variables, isTerminal: true,
            terminalColumns: environment.terminalColumns,
            noColorFlag: true
        ).width
        return PagedOutput(output, rows: rows, columns: columns, readKey: readKey)
    }

    /// `ask` that starts a fresh screen whenever it reads a line: output before an answer the
    /// learner typed has been read.
    func freshScreen(after ask: Ask?) -> Ask? {
        guard let ask else { return nil }
        return { prompt in
            let answer = ask(prompt)
            self.pager.withLock { $0.answer(.nextScreen) }
            return answer
        }
    }

    /// Writes what fits on the screen, then asks before each further screen.
    func write(_ text: String) {
        pager.withLock { pager in
            var rest = Substring(text)
            while !rest.isEmpty && !pager.isStopped {
                if pager.isScreenFull {
                    base.write(Pager.prompt)
                    let answer = Pager.answer(forKey: readKey())
                    // The prompt goes away, so the screen reads as one continuous text.
                    base.write("\r\u{1B}[K")
                    pager.answer(answer)
                    continue
                }
                base.write(String(pager.take(from: &rest)))
            }
        }
    }

    var writeFailure: String? { base.writeFailure }
}
