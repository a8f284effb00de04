import Foundation
import TraceLabTerminal

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension AppEnvironment {
    /// The real world: this process's variables, the system clock and random source, and the
    /// terminal attached to standard input and output.
    public static func live(executablePath: String) -> AppEnvironment {
        let variables = ProcessInfo.processInfo.environment
        var environment = AppEnvironment(
            variables: variables,
            contentRoot: ContentLocator.contentRoot(variables: variables, executablePath: executablePath),
            now: { Date() }, makeSeed: { UInt64.random(in: 1...999_999) },
            outputIsTerminal: isatty(STDOUT_FILENO) == 1, inputIsTerminal: isatty(STDIN_FILENO) == 1,
            terminalColumns: terminalColumns())
        environment.terminalRows = terminalRows()
        if environment.outputIsTerminal {
            environment.measureTerminal = { (terminalColumns(), terminalRows()) }
        }
        if environment.inputIsTerminal {
            let keys = TerminalKeyReader()
            environment.readKey = { keys.readKey() }
        }
        environment.executablePath =
            ContentLocator.realPath("/proc/self/exe") ?? ContentLocator.realPath(executablePath)
        environment.buildIdentity = environment.executablePath.flatMap(buildIdentity(of:))
        return environment
    }

    /// The file's size and the time of its last modification, or nil when they cannot be read.
    private static func buildIdentity(of path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
        else { return nil }
        return "\(size)-\(modified.timeIntervalSince1970)"
    }

    private static func terminalRows() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    private static func terminalColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
