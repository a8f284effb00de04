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
        let spans = bench.run.spans
        // The shown trace first, so words name its spans; then the whole run, so any id works.
        var matches = SpanQuery(query).matches(in: bench.view.spans)
        if matches.isEmpty { matches = SpanQuery(query).matches(in: spans) }
        guard matches.count == 1, let span = matches.first else {
            let shown = TextSafety.clean(query.joined(separator: " "))
            guard !matches.isEmpty else {
                throw CLIError.usage(Self.noMatch(shown, spans: spans))
            }
            var lines = ["'\(shown)' matches \(matches.count) spans; add a word or give the start of one id:"]
            for match in matches.prefix(20) {
                lines.append("  " + Self.listing(match, in: bench.run))
            }
            context.say(lines.joined(separator: "\n"), global)
            return
        }
        context.output.write(LabViews(context: context, global: global).span(span, in: bench))
    }

    /// Why nothing matched, saying the rule that was not met: a span id needs at least
    /// ``SpanQuery/minimumPrefix`` hex digits, and a trace id names a trace, not a span.
    static func noMatch(_ shown: String, spans: [RecordedSpan]) -> String {
        let word = shown.lowercased()
        if !word.isEmpty, word.allSatisfy(\.isHexDigit) {
            if let trace = spans.first(where: { $0.traceID.hex.hasPrefix(word) && word.count > 16 }) {
                let root = spans.first { $0.traceID == trace.traceID && $0.isRoot } ?? trace
                return "'\(shown)' is a trace id, not a span id; its root span is "
                    + "\(root.spanID.hex.prefix(8)) (\(root.service) \(root.name)): try 'span \(root.spanID.hex.prefix(8))'"
            }
            if word.count < SpanQuery.minimumPrefix {
                return
                    "'\(shown)' is too short: give at least \(SpanQuery.minimumPrefix) hex digits of a span id "
                    + "(the ids in 'trace' and 'headers'), or words such as 'billing charges'"
            }
        }
        return "no span matches '\(shown)'; give at least \(SpanQuery.minimumPrefix) hex digits of a span id "
            + "(see 'trace' or 'headers') or words such as 'billing charges'"
    }

    /// One line of a list of matches: short id, start time, service, name, kind, and which
    /// attempt of a call it belongs to when it crossed a boundary.
    static func listing(_ span: RecordedSpan, in run: LabRun) -> String {
        let start = DurationText.format(nanos: span.startNanos &- run.epochNanos)
        let crossing = run.crossings.first {
            $0.calleeSpanID == span.spanID || $0.callerSpanID == span.spanID
        }
        let attempt = crossing.map { "attempt\u{A0}\($0.attempt), " } ?? ""
        return
            "\(span.spanID.hex.prefix(8)) \(attempt)at\u{A0}\(start): \(span.service) \(span.name) (\(span.kind.rawValue))"
    }
}
