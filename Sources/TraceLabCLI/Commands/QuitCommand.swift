import ArgumentParser

/// `quit`: leaves the course; progress is already saved.
public struct QuitCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "quit",
        abstract: "Leave the course (your progress is saved; 'exit' and Ctrl-D work too).")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Nothing to do outside the REPL: progress is saved by every command as it runs.
    public func execute(in context: CommandContext) throws {
        context.say("Progress is saved as you go; nothing to quit outside the course.", global)
    }
}
