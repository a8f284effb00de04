import TraceLabCore
import TraceLabTerminal

/// The course's read-eval-print loop: reads a line, runs it with the shared command grammar,
/// and keeps going until `quit`, Ctrl-D or the end of a script. Enter on an empty line moves to
/// the next lesson step. Progress is saved by every command that changes it, so leaving at any
/// moment loses nothing.
public struct Repl: Sendable {
    /// Lines longer than this are refused without being parsed.
    public static let maximumLineLength = 2_000

    /// The context every typed command runs in (interactive, with the line reader as `ask`).
    public let context: CommandContext
    /// The prompt, already styled.
    public let prompt: String

    /// Creates a REPL around `context`, whose `ask` reads the lines.
    public init(context: CommandContext, prompt: String) {
        self.context = context
        self.prompt = prompt
    }

    /// Greets the learner (resuming where they left off), then loops; returns the exit code. At
    /// a terminal that is 0; a scripted session (input not a terminal) runs every line and
    /// returns the exit code of the first line that failed, so a script can trust it.
    public func run() -> Int32 {
        guard let ask = context.ask else { return 70 }
        greet()
        var firstFailure: Int32?
        let exitCode = { context.environment.inputIsTerminal ? 0 : firstFailure ?? 0 }
        while true {
            switch ask(prompt) {
            case .endOfInput:
                context.output.line(
                    context.environment.inputIsTerminal ? "\nProgress saved. See you next time." : "")
                return exitCode()
            case .interrupted:
                continue
            case .line(let raw):
                switch handleStoppable(raw) {
                case .quit:
                    context.output.line("Progress saved. See you next time.")
                    return exitCode()
                case .finished(let code) where code != 0 && firstFailure == nil:
                    firstFailure = code
                default:
                    break
                }
            }
        }
    }

    /// Shows the welcome and the current step. Parses only the `lesson` command, not the whole
    /// grammar, since this sits on the way to the first prompt.
    private func greet() {
        do {
            try ShowLessonCommand.parse(["--welcome"]).execute(in: context)
        } catch let error as CLIError {
            context.errors.line(TextSafety.errorLine(error.message))
        } catch {
            context.errors.line(TextSafety.errorLine("\(error)"))
        }
    }

    /// Runs one typed line so that Ctrl-C stops it: its output ends there, any run it computes
    /// stops, and the prompt returns. At a terminal its output is paged and fits the window's
    /// width at that moment.
    private func handleStoppable(_ raw: String) -> CommandDispatcher.Outcome {
        let words = (try? CommandLineTokenizer.words(TextSanitizer.singleLine(raw))) ?? []
        // The window may have been resized since the last command.
        let environment = context.environment.remeasured()
        let paged = PagedOutput.forPerson(context.output, environment: environment, words: words)
        let output = InterruptibleOutput(paged ?? context.output)
        let stoppable = Repl(
            context: CommandContext(
                environment: environment, output: output, errors: context.errors, interactive: true,
                ask: paged?.freshScreen(after: context.ask) ?? context.ask, databases: context.databases,
                cancellation: RunCancellation { CommandInterruption.isInterrupted }, runs: context.runs),
            prompt: prompt)
        let outcome = CommandInterruption.run { stoppable.handle(raw) }
        if output.wasCut { context.errors.line("Stopped (Ctrl-C). Ctrl-D or 'quit' leaves.") }
        return outcome
    }

    /// Runs one typed line.
    func handle(_ raw: String) -> CommandDispatcher.Outcome {
        guard raw.count <= Self.maximumLineLength else {
            context.errors.line(
                "That line is \(raw.count) characters long; commands are short. Type 'help' for the list.")
            return .finished(64)
        }
        let line = TextSanitizer.singleLine(raw)
        let words: [String]
        do {
            words = try CommandLineTokenizer.words(line)
        } catch {
            context.errors.line(TextSafety.errorLine(error.message))
            return .finished(64)
        }
        var command = words
        if command.first == "tracelab" { command.removeFirst() }
        if command.isEmpty && !raw.isEmpty && line.allSatisfy(\.isWhitespace)
            && raw.contains(where: { !$0.isWhitespace })
        {
            context.errors.line("That line held only control characters; type a command, or 'help'.")
            return .finished(64)
        }
        // Enter on an empty line moves on.
        if command.isEmpty { command = raw.isEmpty ? ["next"] : [] }
        if command.isEmpty { return .finished(0) }
        if command.first == "help" || command.first == "?",
            let text = ReplHelp.text(for: Array(command.dropFirst()), context: context)
        {
            context.output.write(text)
            return .finished(0)
        }
        if command.first == "?" { command[0] = "help" }
        if command.first == "exit" { return .quit }
        let outcome = CommandDispatcher.run(command, in: context)
        if case .noCommand = outcome {
            context.errors.line("Options alone do nothing here; type a command such as 'trace' or 'help'.")
            return .finished(64)
        }
        return outcome
    }
}
