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
        let code = runCommand(
            arguments: arguments, environment: environment, output: output, errors: errors,
            lineReader: lineReader)
        // A command that already failed with exit 74 has said what went wrong in its one line.
        if let failure = output.writeFailure, code != 74 {
            errors.line(
                "tracelab: cannot write to standard output (\(failure)); what was printed is incomplete")
            return 74
        }
        return output.writeFailure == nil ? code : 74
    }

    private static func runCommand(
        arguments: [String], environment: AppEnvironment, output: any OutputSink, errors: any OutputSink,
        lineReader: @escaping @Sendable (_ context: ReplSetup) -> Ask
    ) -> Int32 {
        let databases = OpenDatabases()
        let ask = lineReader(ReplSetup(environment: environment, global: .scanned(from: arguments)))
        // A command typed in the shell is paged; the REPL below pages each of its own commands.
        let paged =
            arguments.isEmpty
            ? nil : PagedOutput.forPerson(output, environment: environment, words: arguments)
        let context = CommandContext(
            environment: environment, output: paged ?? output, errors: errors,
            ask: paged?.freshScreen(after: ask) ?? ask, databases: databases)
        // No arguments at all: open the course without parsing the whole grammar first.
        let outcome =
            arguments.isEmpty ? .noCommand(.defaults) : CommandDispatcher.run(arguments, in: context)
        switch outcome {
        case .finished(let code):
            return code
        case .quit:
            return 0
        case .noCommand(let global):
            let setup = ReplSetup(environment: environment, global: global)
            let interactive = CommandContext(
                environment: setup.environment, output: output, errors: errors, interactive: true,
                ask: lineReader(setup), databases: databases, runs: context.runs)
            return Repl(context: interactive, prompt: setup.prompt).run()
        }
    }
}
