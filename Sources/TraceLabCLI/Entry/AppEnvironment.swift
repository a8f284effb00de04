import Foundation

/// Everything a command may know about the world, passed in rather than reached for: the
/// environment variables, where data and content live, the clock, a source of seeds, and what
/// the terminal is like. Tests build one by hand; ``live(arguments:)`` builds the real one.
public struct AppEnvironment: Sendable {
    /// The process's environment variables.
    public var variables: [String: String]
    /// The folder that holds `lessons/` and `quizzes/`; nil for the course built into the executable.
    public var contentRoot: URL?
    /// The current time.
    public var now: @Sendable () -> Date
    /// A fresh seed for runs the user did not seed.
    public var makeSeed: @Sendable () -> UInt64
    /// Whether standard output is a terminal (colour and width only then).
    public var outputIsTerminal: Bool
    /// Whether standard input is a terminal (the REPL prompts and edits lines only then).
    public var inputIsTerminal: Bool
    /// The terminal's width in columns, when it is one.
    public var terminalColumns: Int?
    /// The terminal's height in rows, when it is one: the pager shows this many rows less one.
    public var terminalRows: Int?
    /// Reads one key press from the terminal (nil at the end of input), for the pager's
    /// prompt; nil when no keyboard can answer, and then nothing is paged.
    public var readKey: (@Sendable () -> UInt8?)?
    /// This program's own executable, resolved, when known: the live lab starts its service
    /// processes from it.
    public var executablePath: String?
    /// Tells this build of tracelab from any other (the executable's size and modification
    /// time). Saved run overviews carry it, so a changed tracelab never shows what another build
    /// computed; nil when unknown, and then overviews are neither saved nor read.
    public var buildIdentity: String?
    /// Measures the terminal again, for a session that outlives a resize of its window; nil
    /// when the size cannot change (output is not a terminal, or a test fixed it).
    public var measureTerminal: (@Sendable () -> (columns: Int?, rows: Int?))?

    /// Creates an environment.
    public init(
        variables: [String: String], contentRoot: URL?, now: @escaping @Sendable () -> Date,
        makeSeed: @escaping @Sendable () -> UInt64, outputIsTerminal: Bool, inputIsTerminal: Bool,
        terminalColumns: Int?
    ) {
        self.variables = variables
        self.contentRoot = contentRoot
        self.now = now
        self.makeSeed = makeSeed
        self.outputIsTerminal = outputIsTerminal
        self.inputIsTerminal = inputIsTerminal
        self.terminalColumns = terminalColumns
    }

    /// This environment with the terminal's size as it is now, when it can be measured: the
    /// REPL asks before each command, so output follows the window when the learner resizes it.
    public func remeasured() -> AppEnvironment {
        guard let measureTerminal else { return self }
        var environment = self
        let size = measureTerminal()
        environment.terminalColumns = size.columns
        environment.terminalRows = size.rows
        return environment
    }

    /// The default data directory: `$TRACELAB_DATA_DIR`, else `$XDG_DATA_HOME/tracelab`, else
    /// `~/.local/share/tracelab`.
    public var defaultDataDirectory: URL {
        if let explicit = variables["TRACELAB_DATA_DIR"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, isDirectory: true)
        }
        if let xdg = variables["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent(
                "tracelab", isDirectory: true)
        }
        let home = variables["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".local/share/tracelab", isDirectory: true)
    }

    /// The learner's name when none is given: `$TRACELAB_LEARNER`, else `$USER`, else `learner`.
    public var defaultLearner: String {
        for key in ["TRACELAB_LEARNER", "USER", "LOGNAME"] {
            if let name = variables[key], !name.isEmpty { return name }
        }
        return "learner"
    }
}
