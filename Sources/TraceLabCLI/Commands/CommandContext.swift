import Foundation
import TraceLabCore
import TraceLabStore

/// What a command runs against: the world (``AppEnvironment``), where its text goes, and,
/// inside the REPL, the interactive session.
public struct CommandContext: Sendable {
    /// The injected world.
    public let environment: AppEnvironment
    /// Standard output, or a buffer in tests.
    public let output: any OutputSink
    /// Standard error, or a buffer in tests.
    public let errors: any OutputSink
    /// True when the command was typed at the REPL's prompt.
    public let interactive: Bool
    /// Asks the person at the keyboard for a line (the REPL's line editor, or standard input).
    public let ask: Ask?
    /// The databases opened so far, shared by every command of one process.
    public let databases: OpenDatabases
    /// Asked by long computations (a run, its analysis): at the prompt it says stop once Ctrl-C
    /// arrives, so the command ends early and the prompt comes back.
    public let cancellation: RunCancellation
    /// The last lab run of this process, shared like ``databases`` so the views after a `run` at
    /// the prompt do not simulate it again.
    public let runs: LabRunCache

    /// Creates a context.
    public init(
        environment: AppEnvironment, output: any OutputSink, errors: any OutputSink,
        interactive: Bool = false,
        ask: Ask? = nil, databases: OpenDatabases = OpenDatabases(), cancellation: RunCancellation = .never,
        runs: LabRunCache = LabRunCache()
    ) {
        self.environment = environment
        self.output = output
        self.errors = errors
        self.interactive = interactive
        self.ask = ask
        self.databases = databases
        self.cancellation = cancellation
        self.runs = runs
    }

    /// The course content: the folder the environment names, else the built-in course.
    public var library: ContentLibrary { ContentLibrary.located(at: environment.contentRoot) }

    /// This context with every choice in `global` (data directory, learner, colour, content)
    /// folded into its environment, so commands run from here inherit them.
    func folding(_ global: GlobalOptions) -> CommandContext {
        CommandContext(
            environment: ReplSetup(environment: environment, global: global).environment, output: output,
            errors: errors, interactive: interactive, ask: ask, databases: databases,
            cancellation: cancellation, runs: runs)
    }

    /// This context with the content folder `global` names (`--content-dir`), if it names one.
    public func applying(_ global: GlobalOptions) -> CommandContext {
        guard let folder = global.contentDirectory else { return self }
        var environment = environment
        environment.contentRoot = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        return CommandContext(
            environment: environment, output: output, errors: errors, interactive: interactive, ask: ask,
            databases: databases, cancellation: cancellation, runs: runs)
    }

    /// The data directory chosen by `--data-dir`, else the environment's default.
    public func dataDirectory(_ global: GlobalOptions) -> URL {
        global.dataDirectory.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? environment.defaultDataDirectory
    }

    /// The database in the data directory chosen by `global`, opened once per process.
    public func database(_ global: GlobalOptions) throws(CLIError) -> TraceLabDatabase {
        do {
            return try databases.database(in: dataDirectory(global).path)
        } catch {
            throw CLIError.io(error.description)
        }
    }

    /// The database in the data directory chosen by `global`, for a command that only reads: it
    /// works in a read-only directory and does not wait while another process writes.
    public func readableDatabase(_ global: GlobalOptions) throws(CLIError) -> TraceLabDatabase {
        do {
            return try databases.database(in: dataDirectory(global).path, access: .readOnly)
        } catch {
            throw CLIError.io(error.description)
        }
    }

    /// The learner chosen by `--learner`, else the environment's default.
    public func learner(_ global: GlobalOptions) -> String {
        global.learner ?? environment.defaultLearner
    }
}
