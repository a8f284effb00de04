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

    /// A span id prefix, or words from the span's service and name.
    @Argument(
        help: ArgumentHelp(
            "The start of a span id (as in a traceparent's parent-id), or words from the span's service and name.",
            valueName: "id or words"))
    public var query: [String]

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the span, or says why no single span matches.
    public func execute(in context: CommandContext) throws {
        let bench = try ProgressKeeper(context: context, global: global).bench()
        let matches = SpanQuery(query).matches(in: bench.run.spans)
        guard matches.count == 1, let span = matches.first else {
            let shown = TextSafety.clean(query.joined(separator: " "))
            guard !matches.isEmpty else {
                throw CLIError.usage(
                    "no span matches '\(shown)'; give the start of a span id (see 'headers') or words such as 'billing charges'"
                )
            }
            var lines = ["'\(shown)' matches \(matches.count) spans; add a word or give the start of one id:"]
            for match in matches.prefix(20) {
                lines.append(
                    "  \(match.spanID.hex.prefix(8))  \(match.service) \(match.name) (\(match.kind.rawValue))"
                )
            }
            context.say(lines.joined(separator: "\n"), global)
            return
        }
        context.output.write(LabViews(context: context, global: global).span(span, in: bench))
    }
}
