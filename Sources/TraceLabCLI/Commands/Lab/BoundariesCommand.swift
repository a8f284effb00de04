import ArgumentParser
import TraceLabCore

/// `boundaries`: the current scenario's boundaries and whether each propagates.
public struct BoundariesCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "boundaries",
        abstract: "Show each boundary of the lab's scenario and whether it propagates.")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints one line per boundary.
    public func execute(in context: CommandContext) throws {
        let state = try ProgressKeeper(context: context, global: global).labState()
        let scenario = try context.library.scenario(state.scenarioID)
        var lines = ["Boundaries of \(scenario.id) (propagation \(state.propagationSummary)):"]
        for boundary in scenario.boundaries {
            let on = state.propagation.propagates(boundary.name)
            let via = boundary.carrier == .http ? "HTTP headers" : "message metadata"
            lines.append("  \(on ? "on " : "off") \(boundary.name)  (\(via))")
        }
        context.say(lines.joined(separator: "\n"), global)
    }
}
