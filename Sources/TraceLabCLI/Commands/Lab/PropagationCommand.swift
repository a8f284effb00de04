import ArgumentParser
import TraceLabCore

/// `propagation on|off [<boundary>|all]`: changes which boundaries carry trace context.
public struct PropagationCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "propagation",
        abstract: "Turn trace-context propagation on or off, everywhere or at one boundary.",
        discussion:
            "Examples: 'propagation off gateway:billing', 'propagation off all', 'propagation on all'.")

    /// On or off.
    @Argument(help: ArgumentHelp("on or off.", valueName: "on|off"))
    public var setting: Switch

    /// A boundary, or `all` (the default).
    @Argument(
        help: ArgumentHelp("A boundary such as gateway:billing, or all.", valueName: "boundary|all")
    )
    public var boundary: String = "all"

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Updates and saves the lab settings, then says what the next run will do.
    public func execute(in context: CommandContext) throws {
        let progress = try ProgressKeeper(context: context, global: global)
        var state = progress.labState()
        if boundary == "all" {
            state.propagation = setting == .on ? .allOn : .allOff
        } else {
            let scenario = try context.library.scenario(state.scenarioID)
            try LabBench.checkBoundaries([boundary], in: scenario)
            var settings = state.propagation
            if !settings.enabledByDefault {
                // Off everywhere: express it as "on, except every boundary" so one can be turned back on.
                settings = PropagationSettings(
                    enabledByDefault: true, disabledBoundaries: Set(scenario.boundaries.map(\.name)))
            }
            if setting == .on {
                settings.disabledBoundaries.remove(boundary)
            } else {
                settings.disabledBoundaries.insert(boundary)
            }
            state.propagation = settings
        }
        state.selectedTrace = nil
        progress.saveLabState(state)
        context.say(
            "Propagation is now \(state.propagationSummary). Type 'trace' or 'run' to see what it does to the trace.",
            global)
    }
}
