import ArgumentParser
import TraceLabCore

/// `trace`: the current lab run as a tree of spans, one tree per trace.
public struct TraceCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "trace", abstract: "Show the lab's run as a tree of spans (one tree per trace).")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the tree.
    public func execute(in context: CommandContext) throws {
        let bench = try ProgressKeeper(context: context, global: global).bench()
        context.output.write(LabViews(context: context, global: global).tree(bench))
    }
}

/// `waterfall`: the current lab run on a time axis.
public struct WaterfallCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "waterfall", abstract: "Show the lab's run as a waterfall of spans on a time axis.")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the waterfall.
    public func execute(in context: CommandContext) throws {
        let bench = try ProgressKeeper(context: context, global: global).bench()
        context.output.write(LabViews(context: context, global: global).waterfall(bench))
    }
}

/// `critical`: the request's critical path.
public struct CriticalCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "critical",
        abstract: "Show the critical path of the user's request and who dominates it.")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the path.
    public func execute(in context: CommandContext) throws {
        let bench = try ProgressKeeper(context: context, global: global).bench()
        context.output.write(LabViews(context: context, global: global).critical(bench))
    }
}

/// `headers`: what each hop sent and received.
public struct HeadersCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "headers", abstract: "Show the traceparent (and tracestate) each hop sent and received.")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints every crossing.
    public func execute(in context: CommandContext) throws {
        let bench = try ProgressKeeper(context: context, global: global).bench()
        context.output.write(LabViews(context: context, global: global).headers(bench))
    }
}

/// `span <id>`: every detail of one span.
public struct SpanCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "span",
        abstract: "Show one span in detail: ids, parent, times, status, attributes, events.")

    /// A span id or a unique prefix of one.
    @Argument(help: ArgumentHelp("A span id from 'trace', or its first few characters.", valueName: "id"))
    public var id: String

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the span, or says why no single span matches.
    public func execute(in context: CommandContext) throws {
        let bench = try ProgressKeeper(context: context, global: global).bench()
        let wanted = id.lowercased()
        let matches = bench.run.spans.filter { $0.spanID.hex.hasPrefix(wanted) }
        guard !wanted.isEmpty, matches.count == 1, let span = matches.first else {
            throw CLIError.usage(
                matches.isEmpty
                    ? "no span id starts with '\(TextSafety.clean(id))'; 'trace' lists the ids"
                    : "'\(id)' matches \(matches.count) spans; type more of the id")
        }
        context.output.write(LabViews(context: context, global: global).span(span, in: bench))
    }
}
