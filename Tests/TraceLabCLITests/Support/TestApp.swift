import Foundation
import TraceLabCLI

/// What one invocation of the app produced.
struct CommandResult: Sendable {
    /// The exit code a shell would see.
    let exitCode: Int32
    /// Everything written to standard output.
    let output: String
    /// Everything written to standard error.
    let errors: String

    /// The non-empty lines of standard error.
    var errorLines: [String] { errors.split(separator: "\n").map(String.init) }

    /// True when some output contains an ESC byte (a colour or cursor sequence).
    var containsEscape: Bool { (output + errors).unicodeScalars.contains("\u{1B}") }
}

/// The app run in-process, as `TraceLabMain.run` with a hand-built world: the repository's
/// content, a fixed clock and seed, no terminal, and its own data directory that lasts as long
/// as this value, so separate invocations share progress the way separate shell commands do.
struct TestApp: Sendable {
    /// The moment every invocation sees as "now".
    static let fixedNow = Date(timeIntervalSince1970: 1_750_000_000)
    /// The seed for runs nobody seeded.
    static let fixedSeed: UInt64 = 424_242

    let dataFolder: TemporaryFolder
    var contentRoot: URL? = RepositoryPaths.root
    var extraVariables: [String: String] = [:]
    var outputIsTerminal = false
    /// A person at a keyboard: with ``terminalRows`` and ``pagerKeys``, long output is paged.
    var inputIsTerminal = false
    /// The terminal's size, when it is one.
    var terminalRows: Int?
    var terminalColumns: Int?
    /// Answers the pager's prompt.
    var pagerKeys: (@Sendable () -> UInt8?)?
    /// Measures the terminal again, as the real one does before each typed command.
    var measureTerminal: (@Sendable () -> (columns: Int?, rows: Int?))?
    /// Which build of tracelab this is; nil (the default) saves and reads no run overviews.
    var buildIdentity: String?

    init() throws {
        dataFolder = try TemporaryFolder("tracelab-data")
    }

    /// The data directory.
    var dataDirectory: URL { dataFolder.url }

    /// The injected world.
    var environment: AppEnvironment {
        var environment = AppEnvironment(
            variables: [
                "TRACELAB_DATA_DIR": dataFolder.path, "TRACELAB_LEARNER": "ada", "HOME": dataFolder.path,
            ]
            .merging(extraVariables) { _, extra in extra },
            contentRoot: contentRoot, now: { TestApp.fixedNow }, makeSeed: { TestApp.fixedSeed },
            outputIsTerminal: outputIsTerminal, inputIsTerminal: inputIsTerminal,
            terminalColumns: terminalColumns)
        environment.terminalRows = terminalRows
        environment.readKey = pagerKeys
        environment.measureTerminal = measureTerminal
        environment.buildIdentity = buildIdentity
        return environment
    }

    /// Runs `tracelab <arguments>`; whenever it asks for a line it gets the next of `typing`.
    func run(_ arguments: [String], typing: [PromptAnswer] = []) -> CommandResult {
        run(arguments, keyboard: ScriptedKeyboard(typing))
    }

    /// Runs `tracelab <arguments>` with `keyboard` answering every prompt.
    func run(_ arguments: [String], keyboard: ScriptedKeyboard) -> CommandResult {
        let output = BufferedOutput()
        let errors = BufferedOutput()
        let code = TraceLabMain.run(
            arguments: arguments, environment: environment, output: output, errors: errors,
            lineReader: { _ in keyboard.ask })
        return CommandResult(exitCode: code, output: output.text, errors: errors.text)
    }

    /// Runs `tracelab <words split on spaces>`.
    func run(_ commandLine: String) -> CommandResult {
        run(commandLine.split(separator: " ").map(String.init))
    }

    /// Opens the course (no arguments) and types `lines` at the prompt, then ends the input.
    func repl(_ lines: [String], options: [String] = []) -> CommandResult {
        run(options, typing: lines.map(PromptAnswer.line))
    }

    /// Decodes a JSON document printed on standard output.
    func decode<T: Decodable>(_ type: T.Type, from result: CommandResult) throws -> T {
        try JSONDecoder().decode(type, from: Data(result.output.utf8))
    }
}

extension TestApp {
    /// Decodes a JSON document printed on standard output by any run.
    static func decodeJSON<T: Decodable>(_ type: T.Type, from result: CommandResult) throws -> T {
        try JSONDecoder().decode(type, from: Data(result.output.utf8))
    }
}
