import Foundation
import TraceLabTerminal

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
        if let folder = global.contentDirectory {
            environment.contentRoot = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        }
        if global.noColor { environment.variables["NO_COLOR"] = "1" }
        if global.noPager { environment.variables["TRACELAB_PAGER"] = "off" }
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
