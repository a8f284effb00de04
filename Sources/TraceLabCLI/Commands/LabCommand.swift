import ArgumentParser

/// A command of the shared grammar: parsed the same way from the shell's arguments and from a
/// line typed at the prompt, then executed against an explicit ``CommandContext``.
public protocol LabCommand: ParsableCommand {
    /// The options every command accepts.
    var global: GlobalOptions { get }

    /// Does the command's work, writing to the context's outputs; throws ``CLIError`` on failure.
    func execute(in context: CommandContext) throws
}

extension LabCommand {
    /// Commands run through ``TraceLabMain``, which supplies the context; this entry point is
    /// never used and says so.
    public mutating func run() throws {
        throw CLIError("internal: run through TraceLabMain", exitCode: 70)
    }
}
