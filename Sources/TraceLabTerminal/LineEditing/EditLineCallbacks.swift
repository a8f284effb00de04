import CLibEdit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The C functions libedit calls back. C function pointers cannot capture context, so each one finds
/// its `EditLineReader` through the editor's client data (`EL_CLIENTDATA`), which the reader sets to
/// itself; no global registry (and so no `nonisolated(unsafe)` state) is needed.
enum EditLineCallbacks {
    /// Returns the current prompt. libedit requires a valid string, and client data is set before any
    /// prompt is drawn, so a missing reader is a programming error.
    static let prompt: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = { editLine in
        guard let reader = EditLineReader.registered(on: editLine) else {
            preconditionFailure("libedit asked for a prompt from an editor without a TraceLab reader")
        }
        return reader.prompt
    }

    /// Reads one character for libedit. It replaces libedit's own reader, which retries a read
    /// interrupted by a signal once and so would need Ctrl-C pressed twice: this one gives up at once
    /// when SIGINT arrived, and retries after any other signal (such as a window resize).
    /// Returns 1 with the character stored, 0 at end of input, -1 on interruption or error.
    static let readCharacter: @convention(c) (OpaquePointer?, UnsafeMutablePointer<wchar_t>?) -> Int32 = {
        editLine, character in
        guard let reader = EditLineReader.registered(on: editLine), let character else { return -1 }
        switch TerminalInput.readScalar(from: reader.inputDescriptor) {
        case .scalar(let scalar):
            character.pointee = wchar_t(bitPattern: scalar.value)
            return 1
        case .endOfInput:
            character.pointee = 0
            return 0
        case .interrupted, .failed:
            character.pointee = 0
            return -1
        }
    }

    /// Tab: completes the word before the cursor through the reader's completer.
    static let complete: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editLine, _ in
        guard let reader = EditLineReader.registered(on: editLine) else { return UInt8(CC_ERROR) }
        return UInt8(reader.completeWordBeforeCursor())
    }
}

extension EditLineReader {
    /// Applies the completer's candidates to the line and returns the libedit redraw code.
    fileprivate func completeWordBeforeCursor() -> Int32 {
        guard let completer, let (line, cursor) = currentLine() else { return CC_REFRESH_BEEP }
        let partial = CompletionContext(line: line, cursor: cursor).partialWord
        let candidates = Array(Set(completer(line, cursor))).sorted()
        guard !candidates.isEmpty else { return CC_REFRESH_BEEP }
        if candidates.count == 1 {
            let followedBySpace = line.dropFirst(cursor).first?.isWhitespace ?? false
            replace(partial, with: candidates[0] + (followedBySpace ? "" : " "))
            return CC_REFRESH
        }
        let common = CompletionListing.commonPrefix(of: candidates)
        if common.count > partial.count {
            replace(partial, with: common)
        }
        let rows = CompletionListing.rows(of: candidates, width: terminalColumns())
        write("\n" + rows.joined(separator: "\n") + "\n")
        return CC_REDISPLAY
    }

    private func replace(_ partial: String, with replacement: String) {
        if replacement.hasPrefix(partial) {
            insertAtCursor(String(replacement.dropFirst(partial.count)))
        } else {
            deleteBeforeCursor(partial.count)
            insertAtCursor(replacement)
        }
    }
}
