import Foundation
import Synchronization
import TraceLabTerminal

/// Builds the line reader for the real terminal: libedit (history in the data directory, Tab
/// completion) when standard input is a terminal, plain line reading otherwise.
public enum LiveLineReader {
    /// An `Ask` for `setup`. The reader is created on first use, so commands that never ask
    /// never touch the terminal.
    public static func make(_ setup: ReplSetup) -> Ask {
        let holder = ReaderHolder(setup: setup)
        return { prompt in holder.ask(prompt) }
    }
}

/// Owns the one line reader of the process. The REPL and every command it runs use it from
/// the main thread only; the lock only makes that single use safe to share.
private final class ReaderHolder: Sendable {
    private let setup: ReplSetup
    private let reader = Mutex<ReaderBox?>(nil)

    init(setup: ReplSetup) {
        self.setup = setup
    }

    func ask(_ prompt: String) -> PromptAnswer {
        reader.withLock { box in
            if box == nil { box = ReaderBox(make()) }
            switch box!.reader.readLine(prompt: prompt) {
            case .line(let text): return .line(text)
            case .interrupted: return .interrupted
            case .endOfInput: return .endOfInput
            }
        }
    }

    private func make() -> any LineReader {
        guard setup.environment.inputIsTerminal else { return PlainLineReader() }
        let engine = CompletionTable.engine(
            library: ContentLibrary.located(at: setup.environment.contentRoot))
        return StandardInputLineReader.make(historyFile: HistoryFile(url: setup.historyFile)) {
            line, cursor in
            engine.candidates(line: line, cursor: cursor)
        }
    }
}

/// Carries a non-Sendable reader inside the lock.
private struct ReaderBox: @unchecked Sendable {
    let reader: any LineReader

    init(_ reader: any LineReader) {
        self.reader = reader
    }
}
