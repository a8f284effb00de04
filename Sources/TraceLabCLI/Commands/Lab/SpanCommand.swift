import ArgumentParser
import TraceLabCore

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
        // The shown trace first, so words name its spans; then the whole run, so any id works.
        var matches = SpanQuery(query).matches(in: bench.view.spans)
        if matches.isEmpty { matches = SpanQuery(query).matches(in: bench.run.spans) }
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
