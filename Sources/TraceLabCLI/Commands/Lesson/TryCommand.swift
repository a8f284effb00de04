import ArgumentParser
import TraceLabCore

/// `try [n]`: runs the commands the current step suggests.
public struct TryCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "try", abstract: "Run the commands the current step suggests (all, or only the n-th).")

    /// Which suggested command to run (1-based); all when absent.
    @Argument(help: ArgumentHelp("Run only this suggested command (1, 2, ...).", valueName: "n"))
    public var number: Int?

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Runs each suggested command through the shared grammar, echoing it first, with this
    /// command's `--data-dir`, `--learner` and `--no-color`; fails with the exit code of the first
    /// suggested command that failed (all of them still run).
    public func execute(in context: CommandContext) throws {
        let session = try LessonSession(context: context, global: global)
        let commands = session.current.commands
        guard !commands.isEmpty else {
            throw CLIError.usage("this step suggests no commands; type 'next' to go on")
        }
        let chosen: [LessonCommand]
        if let number {
            guard (1...commands.count).contains(number) else {
                throw CLIError.usage(
                    "this step suggests \(commands.count) command(s); give a number from 1 to \(commands.count)"
                )
            }
            chosen = [commands[number - 1]]
        } else {
            chosen = commands
        }
        let inner = context.folding(global)
        var failure: (command: String, code: Int32)?
        for command in chosen {
            if context.cancellation.isCancelled { throw CLIError.stopped }
            context.output.line("› \(TextSafety.clean(command.text))")
            let words = try CommandLineTokenizer.words(command.text)
            if case .finished(let code) = CommandDispatcher.run(words, in: inner), code != 0, failure == nil {
                failure = (command.text, code)
            }
        }
        if let failure {
            throw CLIError(
                "'\(TextSafety.clean(failure.command))' failed (exit \(failure.code))", exitCode: failure.code
            )
        }
    }
}
