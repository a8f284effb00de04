import ArgumentParser
import TraceLabCore

/// `reset`: lab settings back to the defaults.
public struct ResetCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Put the lab back to its defaults: checkout, propagation on everywhere.")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Saves the default lab state, keeping the seed so ids stay familiar.
    public func execute(in context: CommandContext) throws {
        let progress = try ProgressKeeper(context: context, global: global)
        let seed = progress.labState().seed
        progress.saveLabState(.initial(seed: seed))
        context.say("Lab reset: scenario checkout, propagation on everywhere.", global)
    }
}
