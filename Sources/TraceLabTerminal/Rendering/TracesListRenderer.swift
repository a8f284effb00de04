import TraceLabCore

/// `traces`: one line per trace of a run, the way a tracing backend's search page lists them:
/// number, trace id, root span, start, duration, spans, errors, and for a fragment (a trace that
/// holds no user request) how many requests it could belong to by timestamps.
public struct TracesListRenderer: Sendable {
    /// Which traces to list and in which order.
    public struct Filter: Hashable, Sendable {
        /// Longest first instead of first-starting first.
        public var slowest: Bool
        /// Only traces with at least one failed span.
        public var errorsOnly: Bool
        /// At most this many lines.
        public var limit: Int
        /// List sampled-out traces too (marked); otherwise only what a backend received.
        public var showDropped: Bool
        /// The traces sampling dropped entirely; empty when the run kept everything.
        public var dropped: Set<TraceID>
        /// Kept traces with a hole left by sampling.
        public var broken: Set<TraceID>
        /// For kept traces of which sampling dropped a part: how many spans a backend received.
        public var keptSpans: [TraceID: Int]
        /// The run's tail rule for slow traces as typed (`slow=4s`), when it had one: the list's
        /// durations are whole traces, which that rule does not judge by, and a list that shows
        /// dropped traces says so.
        public var slowRule: String?

        /// Creates a filter.
        public init(
            slowest: Bool = false, errorsOnly: Bool = false, limit: Int = 20, showDropped: Bool = false,
            dropped: Set<TraceID> = [], broken: Set<TraceID> = [], keptSpans: [TraceID: Int] = [:],
            slowRule: String? = nil
        ) {
            self.keptSpans = keptSpans
            self.slowRule = slowRule
            self.slowest = slowest
            self.errorsOnly = errorsOnly
            self.limit = limit
            self.showDropped = showDropped
            self.dropped = dropped
            self.broken = broken
        }
    }

    /// Colour and width of the output.
    public var style: TerminalStyle

    /// Creates a renderer for `style`.
    public init(style: TerminalStyle) {
        self.style = style
    }

    /// The list, chosen by `filter`, without a trailing newline.
    public func render(_ traces: [TraceSummary], filter: Filter, selected: TraceID?) -> String {
        var entries = traces
        let all = entries.count
        let sampled = !filter.dropped.isEmpty || !filter.broken.isEmpty
        if !filter.showDropped { entries = entries.filter { !filter.dropped.contains($0.traceID) } }
        let keptCount = all - filter.dropped.count
        if filter.errorsOnly { entries = entries.filter { $0.errors > 0 } }
        if filter.slowest {
            entries.sort { ($1.durationNanos, $0.number) < ($0.durationNanos, $1.number) }
        }
        let matching = entries.count
        entries = Array(entries.prefix(max(0, filter.limit)))
        var rows = [["#", "trace id", "start", "duration", "spans", "err", "by time", "root"]]
        for entry in entries {
            let named = TextSanitizer.singleLine(entry.root)
            var root = entry.fragment ? "↳ " + named : named
            if filter.dropped.contains(entry.traceID) {
                root = "✗ dropped · " + root
            } else if filter.broken.contains(entry.traceID) {
                root = "⚠ broken · " + root
            }
            if entry.traceID == selected { root += "  ◀ shown" }
            rows.append([
                String(entry.number), String(entry.traceID.hex.prefix(8)),
                "+" + SpanText.milliseconds(entry.startNanos / 1_000_000 * 1_000_000) + " ms",
                DurationText.format(nanos: entry.durationNanos),
                filter.keptSpans[entry.traceID].map { "\($0)/\(entry.spans)" } ?? String(entry.spans),
                String(entry.errors),
                entry.candidates.map(String.init) ?? "", root,
            ])
        }
        var alignments: [TableText.Alignment] = [
            .right, .left, .right, .right, .right, .right, .right, .left,
        ]
        // With no fragment listed, 'by time' is empty: give its room to the root.
        if !entries.contains(where: { $0.candidates != nil }) {
            rows = rows.map { row in row.enumerated().filter { $0.offset != 6 }.map(\.element) }
            alignments.remove(at: 6)
        }
        var lines = table(rows, alignments: alignments)
        lines.append(StyledLine())
        if entries.contains(where: \.fragment) {
            lines.append(
                contentsOf: WordWrap.wrap(
                    WordWrap.words(
                        "↳ a fragment: a trace that holds no user request. 'by time': how many requests were "
                            + "calling its service when it started, the ones to choose from if you matched it by timestamps."
                    ),
                    width: style.width))
            lines.append(StyledLine())
        }
        let order = filter.slowest ? "slowest first" : "in start order"
        let which = filter.errorsOnly ? " with errors" : ""
        let whole = matching == all ? "" : " (\(all) in the run)"
        var closing =
            "\(entries.count) of \(matching) traces\(which)\(whole), \(order). "
            + "Open one with 'trace <number or id>'."
        if sampled {
            closing +=
                " Sampling kept \(keptCount) of the \(all) traces"
                + (filter.broken.isEmpty ? "" : ", \(filter.broken.count) of them broken (⚠)")
                + (filter.keptSpans.isEmpty
                    ? "" : "; 'spans' as k/n: a backend received k of the trace's n spans")
                + (filter.showDropped
                    ? "; ✗ marks the ones no backend received."
                    : "; this list shows what a backend received ('traces --dropped' adds the rest).")
            if filter.showDropped, let slowRule = filter.slowRule {
                closing +=
                    " A duration here runs from a trace's first span to its last, work after the"
                    + " response included; \(slowRule) judged each trace by its root span, the time"
                    + " the user waited, so a dropped trace can be listed longer than that."
            }
        }
        lines.append(contentsOf: WordWrap.wrap(WordWrap.words(closing), width: style.width))
        return StyledLine.join(lines, in: style)
    }

    /// The rows as a table whose last column, the root, runs on at the right; when the screen
    /// leaves the root too little room to read, each root goes on its own line under its row.
    private func table(_ rows: [[String]], alignments: [TableText.Alignment]) -> [StyledLine] {
        let roots = rows.dropFirst().map { $0.last ?? "" }
        let numbers = rows.map { Array($0.dropLast()) }
        let numbersTable = TableText(alignments: Array(alignments.dropLast()))
        let room = style.width - numbersTable.naturalWidth(numbers) - 2
        let rootWidth = roots.map { TerminalColumns.of($0) }.max() ?? 0
        guard room < min(rootWidth, Self.readableRoot) else {
            return TableText(alignments: alignments).lines(rows, width: style.width)
        }
        let numberLines = numbersTable.lines(numbers, width: style.width)
        let indent = StyledLine("      ")
        var lines = Array(numberLines.prefix(1))
        for (line, root) in zip(numberLines.dropFirst(), roots) {
            lines.append(line)
            lines += WordWrap.wrap(
                WordWrap.words(root), width: style.width, firstPrefix: indent, prefix: indent)
        }
        return lines
    }

    /// The fewest columns a root is given beside its row before it moves below it.
    private static var readableRoot: Int { 24 }
}
