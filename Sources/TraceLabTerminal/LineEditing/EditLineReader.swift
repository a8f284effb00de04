import CLibEdit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Interactive line editing on the terminal through libedit (emacs key bindings).
///
/// - History: recalled with Up and Down; loaded from `historyFile` at start and saved after every
///   accepted line that is not blank and not a repeat of the line before. When the file cannot be read
///   or written the reader keeps history in memory for the session and reports why in `historyProblem`.
/// - Completion: Tab asks `completer` for candidates for the word before the cursor. One candidate
///   replaces the word and adds a space; several extend the word to their common prefix and are listed
///   below the prompt; none rings the bell.
/// - Ctrl-C discards the line and returns `.interrupted` without ending the process; Ctrl-D on an empty
///   line returns `.endOfInput`. The terminal is back in its normal mode whenever `readLine` returns.
/// - Prompts may contain ANSI colour sequences: they are passed to libedit marked as invisible
///   (`EL_PROMPT_ESC`), so they do not shift the cursor.
///
/// Use it only when standard input is a terminal (see `StandardInputLineReader`). Creating it sets the
/// process's `LC_CTYPE` locale from the environment (falling back to `C.UTF-8`) so that libedit reads and
/// writes UTF-8. Not thread-safe: call it from one thread at a time.
public final class EditLineReader: LineReader {
    /// Candidates for the word before the cursor, given the whole line and the cursor as a character offset.
    public typealias Completer = (_ line: String, _ cursor: Int) -> [String]

    /// Why the history file is not being used, or `nil` while loading and saving work.
    /// The reader never prints it; show it to the user once.
    public private(set) var historyProblem: HistoryFileError?

    let completer: Completer?
    let inputDescriptor: Int32
    private(set) var prompt: UnsafeMutablePointer<CChar>
    private let editLine: OpaquePointer
    private let libeditHistory: OpaquePointer
    private let output: UnsafeMutablePointer<FILE>
    private let historyFile: HistoryFile?
    private var historyList: HistoryList

    /// Starts a line editor on standard input and output, with history loaded from `historyFile` (none
    /// when `nil`; at most `historyFile.capacity` lines, otherwise 1000) and Tab completion by
    /// `completer` (Tab inserts nothing when `nil`). `programName` is the name libedit is initialised
    /// with; no `~/.editrc` is read. Completion listings wrap at the width libedit reads from the terminal.
    /// - Throws: `EditLineReaderError.cannotStart` when libedit cannot set up the terminal.
    public init(
        programName: String = "tracelab",
        historyFile: HistoryFile?,
        completer: Completer?
    ) throws(EditLineReaderError) {
        Self.useUTF8CharacterLocale()
        guard
            let editLine = el_init(
                programName, tracelab_standard_input(), tracelab_standard_output(), tracelab_standard_error())
        else {
            throw .cannotStart
        }
        guard let libeditHistory = history_init() else {
            el_end(editLine)
            throw .cannotStart
        }
        self.editLine = editLine
        self.libeditHistory = libeditHistory
        self.output = tracelab_standard_output()
        self.inputDescriptor = fileno(tracelab_standard_input())
        self.completer = completer
        self.historyFile = historyFile
        self.prompt = strdup("")
        do throws(HistoryFileError) {
            self.historyList = try historyFile?.load() ?? HistoryList()
        } catch {
            self.historyList = HistoryList(capacity: historyFile?.capacity ?? 1000)
            self.historyProblem = error
        }
        configure()
    }

    deinit {
        el_end(editLine)
        history_end(libeditHistory)
        free(prompt)
    }

    /// Shows `prompt`, lets the user edit a line and returns it, without its line ending, once Enter is
    /// pressed. On Ctrl-C it writes `^C` and a line break and returns `.interrupted`; at the end of input
    /// it writes a line break and returns `.endOfInput`, so later output starts on a fresh line.
    /// Ctrl-C only cancels the line while this call runs; at other times SIGINT keeps its usual handler.
    public func readLine(prompt: String) -> LineReadResult {
        setPrompt(prompt)
        fflush(nil)
        let raw = InterruptWatch.run { () -> UnsafePointer<CChar>? in
            var count: Int32 = 0
            let raw = el_gets(editLine, &count)
            return count > 0 ? raw : nil
        }
        guard let text = raw.value else {
            fputs(raw.interrupted ? "^C\n" : "\n", output)
            fflush(output)
            return raw.interrupted ? .interrupted : .endOfInput
        }
        let line = Self.removingLineEnding(from: String(cString: text))
        remember(line)
        return .line(line)
    }

    /// Writes `text` to the terminal, for the completion listing.
    func write(_ text: String) {
        fputs(text, output)
        fflush(output)
    }

    /// How many columns libedit believes the terminal has, or 80 when it does not know.
    func terminalColumns() -> Int {
        let columns = Int(tracelab_el_terminal_columns(editLine))
        return columns > 0 ? columns : 80
    }

    private func configure() {
        tracelab_el_set_client_data(editLine, Unmanaged.passUnretained(self).toOpaque())
        tracelab_el_set_editor(editLine, "emacs")
        tracelab_el_set_signal_handling(editLine, 1)
        tracelab_el_set_read_char(editLine, EditLineCallbacks.readCharacter)
        tracelab_el_set_prompt(editLine, EditLineCallbacks.prompt, CChar(PromptEscaping.marker.asciiValue!))
        tracelab_history_set_size(libeditHistory, Int32(clamping: historyList.capacity))
        tracelab_history_set_unique(libeditHistory, 1)
        for entry in historyList.entries {
            tracelab_history_enter(libeditHistory, entry)
        }
        tracelab_el_set_history(editLine, libeditHistory)
        if completer != nil {
            tracelab_el_add_command(
                editLine, "tracelab-complete", "Complete the word before the cursor",
                EditLineCallbacks.complete)
            tracelab_el_bind(editLine, "^I", "tracelab-complete")
        }
    }

    private func setPrompt(_ text: String) {
        free(prompt)
        prompt = strdup(PromptEscaping.markingInvisibleSequences(in: text))
    }

    private func remember(_ line: String) {
        guard historyList.record(line) else { return }
        tracelab_history_enter(libeditHistory, line)
        guard let historyFile, historyProblem == nil else { return }
        do {
            try historyFile.save(historyList)
        } catch {
            historyProblem = error
        }
    }

    private static func removingLineEnding(from raw: String) -> String {
        var scalars = Substring(raw).unicodeScalars
        if scalars.last == "\n" { scalars.removeLast() }
        if scalars.last == "\r" { scalars.removeLast() }
        return String(scalars)
    }

    /// libedit decodes input with the C library's multibyte functions, which only understand UTF-8
    /// under a UTF-8 `LC_CTYPE`; a Swift program starts in the "C" locale.
    private static func useUTF8CharacterLocale() {
        setlocale(LC_CTYPE, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" { return }
        setlocale(LC_CTYPE, "C.UTF-8")
    }

    /// The reader registered as client data of `editLine`.
    static func registered(on editLine: OpaquePointer?) -> EditLineReader? {
        guard let editLine, let data = tracelab_el_client_data(editLine) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    /// The line libedit is editing, and the cursor as a character offset into it.
    func currentLine() -> (line: String, cursor: Int)? {
        guard let info = el_line(editLine)?.pointee else { return nil }
        let line = String(
            decoding: UnsafeRawBufferPointer(start: info.buffer, count: info.lastchar - info.buffer),
            as: UTF8.self)
        let beforeCursor = String(
            decoding: UnsafeRawBufferPointer(start: info.buffer, count: info.cursor - info.buffer),
            as: UTF8.self)
        return (line, beforeCursor.count)
    }

    /// Deletes `count` characters before the cursor.
    func deleteBeforeCursor(_ count: Int) {
        if count > 0 { el_deletestr(editLine, Int32(count)) }
    }

    /// Inserts `text` at the cursor.
    func insertAtCursor(_ text: String) {
        if !text.isEmpty { el_insertstr(editLine, text) }
    }
}

/// Why an `EditLineReader` could not be created.
public enum EditLineReaderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// libedit could not initialise the terminal.
    case cannotStart

    /// One line saying what failed and what to do.
    public var description: String {
        "cannot start line editing on this terminal; check that TERM names a known terminal, "
            + "or pipe the commands in to use plain input"
    }
}
