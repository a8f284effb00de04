/// A failure a command reports to the user: one line saying what is wrong and what to do, and
/// the exit code a script can act on (sysexits-style).
public struct CLIError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The one-line message.
    public let message: String
    /// The process exit code.
    public let exitCode: Int32

    /// Creates an error with an explicit exit code.
    public init(_ message: String, exitCode: Int32) {
        self.message = message
        self.exitCode = exitCode
    }

    /// A wrong command, option or argument (exit 64).
    public static func usage(_ message: String) -> CLIError { CLIError(message, exitCode: 64) }
    /// Bad input data: a broken content file, an invalid header, bad answers (exit 65).
    public static func data(_ message: String) -> CLIError { CLIError(message, exitCode: 65) }
    /// A file or database that cannot be read or written (exit 74).
    public static func io(_ message: String) -> CLIError { CLIError(message, exitCode: 74) }
    /// A check or a quiz that did not pass (exit 1).
    public static func failed(_ message: String) -> CLIError { CLIError(message, exitCode: 1) }

    /// A command stopped by Ctrl-C before it finished, having saved nothing (exit 130).
    public static let stopped = CLIError(
        "stopped (Ctrl-C) before it finished; nothing was saved. Ctrl-D or 'quit' leaves", exitCode: 130)

    /// The message.
    public var description: String { message }
}
