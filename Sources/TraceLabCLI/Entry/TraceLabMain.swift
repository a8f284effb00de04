import Foundation
import TraceLabTerminal

/// The program: parses the command line with the shared grammar, runs the command, or opens
/// the course's REPL when no command is given. Returns the process exit code.
public enum TraceLabMain {
    /// Runs `tracelab` with `arguments` (without the program name) in `environment`.
    public static func run(
        arguments: [String], environment: AppEnvironment, output: any OutputSink, errors: any OutputSink,
        lineReader: @escaping @Sendable (_ context: ReplSetup) -> Ask
    ) -> Int32 {
        let databases = OpenDatabases()
        let context = CommandContext(
            environment: environment, output: output, errors: errors,
            ask: lineReader(ReplSetup(environment: environment, global: .defaults)), databases: databases)
        switch CommandDispatcher.run(arguments, in: context) {
        case .finished(let code):
            return code
        case .quit:
            return 0
        case .noCommand(let global):
            let setup = ReplSetup(environment: environment, global: global)
            let interactive = CommandContext(
                environment: setup.environment, output: output, errors: errors, interactive: true,
                ask: lineReader(setup), databases: databases)
            return Repl(context: interactive, prompt: setup.prompt).run()
        }
    }
}

/// What the REPL needs to start: the environment with the start-up options folded in (so
/// every typed command inherits `--data-dir`, `--no-color` and `--learner`), the prompt, the
/// history file and the words tab completion offers.
public struct ReplSetup: Sendable {
    /// The environment typed commands run in.
    public let environment: AppEnvironment
    /// The prompt, styled for the terminal.
    public let prompt: String
    /// Where line history is kept.
    public let historyFile: URL

    init(environment base: AppEnvironment, global: GlobalOptions) {
        var environment = base
        if let directory = global.dataDirectory {
            environment.variables["TRACELAB_DATA_DIR"] =
                URL(fileURLWithPath: directory).standardizedFileURL.path
        }
        if global.noColor { environment.variables["NO_COLOR"] = "1" }
        if let learner = global.learner { environment.variables["TRACELAB_LEARNER"] = learner }
        self.environment = environment
        let style = TerminalStyle.resolve(
            environment: environment.variables,
            isTerminal: environment.outputIsTerminal && environment.inputIsTerminal,
            terminalColumns: environment.terminalColumns, noColorFlag: false)
        prompt = environment.inputIsTerminal ? style.paint("tracelab> ", .bold + .cyan) : ""
        historyFile = environment.defaultDataDirectory.appendingPathComponent("history")
    }
}
