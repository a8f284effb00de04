#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads single key presses from a terminal, for the pager's prompt: no Enter needed, nothing
/// echoed. Ctrl-C still raises SIGINT, so a read it interrupts ends as the end of input.
public struct TerminalKeyReader: Sendable {
    /// The terminal's file descriptor (standard input).
    public let descriptor: Int32

    /// A reader for `descriptor`.
    public init(descriptor: Int32 = STDIN_FILENO) {
        self.descriptor = descriptor
    }

    /// The next key's first byte, or nil at the end of input, on a read error or interruption.
    /// The terminal's settings are restored before returning.
    public func readKey() -> UInt8? {
        var saved = termios()
        guard tcgetattr(descriptor, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(descriptor, TCSANOW, &raw)
        defer { tcsetattr(descriptor, TCSANOW, &saved) }
        var byte: UInt8 = 0
        let count = read(descriptor, &byte, 1)
        // The rest of a multi-byte key (an arrow) is not a second answer.
        tcflush(descriptor, TCIFLUSH)
        return count == 1 ? byte : nil
    }
}
