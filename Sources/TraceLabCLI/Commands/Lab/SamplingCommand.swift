import ArgumentParser
import TraceLabCore

/// `sampling [policy]`: shows what the lab's sampling keeps and loses, or sets the policy.
public struct SamplingCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "sampling",
        abstract: "Show or set which traces the lab keeps: all, none, head:10% or tail rules.",
        discussion: """
            'sampling' alone shows the policy and what it keeps and loses on your lab's run: traces \
            and spans kept, their cost as OTLP/protobuf, how many failed and slowest traces survived, \
            and broken traces. 'sampling head:10%' lets the first service keep one trace in ten, \
            decided from the trace id and passed on in the traceparent flags; \
            'sampling tail:errors,slow=2s,rest=5%' keeps every span until the trace is complete and \
            then keeps the trace if it failed, was slow, or by chance (wait=10s changes how long the \
            collector waits). See also 'sampler' and 'run --sample'.
            """)

    /// The new policy, or nil to show the current one.
    @Argument(
        help: ArgumentHelp("all, none, head:10% or tail:errors,slow=2s,rest=5%.", valueName: "policy"),
        transform: SamplingChoice.policy(from:))
    public var policy: SamplingPolicy?

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Sets and saves the policy, or shows the current one and what it does to the lab's run.
    public func execute(in context: CommandContext) throws {
        let progress = try ProgressKeeper(context: context, global: global)
        guard let policy else {
            context.output.write(LabViews(context: context, global: global).sampling(try progress.bench()))
            return
        }
        let state = try SamplingChoice.apply(
            policy: policy, services: [], to: progress.labState(), library: context.library)
        progress.saveLabState(state)
        let scenario = try context.library.scenario(state.scenarioID)
        context.say(
            "Sampling is now \(state.effectiveSampling(for: scenario).summary). Type 'run' to see what it keeps "
                + "(a single request is one trace: add --requests 1000 to see the proportions).",
            global)
    }
}
