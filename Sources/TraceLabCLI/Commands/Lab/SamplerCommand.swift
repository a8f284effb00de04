import ArgumentParser
import TraceLabCore

/// `sampler <service> <policy|parent>`: makes one service decide on its own, the classic
/// misconfiguration, or puts it back to following its caller.
public struct SamplerCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "sampler",
        abstract: "Make one service ignore its caller's sampling decision (or follow it again).",
        discussion: """
            'sampler billing head:50%' makes billing decide from the trace id on its own instead of \
            following the sampled flag it receives: it records spans of traces the gateway dropped \
            (they arrive with no parent) and its decision travels on to payment-provider. \
            'sampler billing parent' makes it follow its caller again.
            """)

    /// The service.
    @Argument(help: ArgumentHelp("A service of the lab's scenario, such as billing.", valueName: "service"))
    public var service: String

    /// Its own policy, or `parent`.
    @Argument(
        help: ArgumentHelp("all, none, head:50%, or parent to follow the caller.", valueName: "policy|parent")
    )
    public var policy: String

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Applies and saves the choice, then says what the next run will do.
    public func execute(in context: CommandContext) throws {
        let progress = try ProgressKeeper(context: context, global: global)
        let choice: SamplingChoice.ServiceChoice
        do {
            choice = try SamplingChoice.serviceChoice(service: service, policy: policy)
        } catch let error as ValidationError {
            throw CLIError.usage(error.message)
        }
        let state = try SamplingChoice.apply(
            policy: nil, services: [choice], to: progress.labState(), library: context.library)
        progress.saveLabState(state)
        let scenario = try context.library.scenario(state.scenarioID)
        context.say(
            "Sampling is now \(state.effectiveSampling(for: scenario).summary). Type 'run' to see what it does "
                + "to the traces.",
            global)
    }
}
