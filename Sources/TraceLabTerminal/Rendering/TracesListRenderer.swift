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

        /// Creates a filter.
        public init(
            slowest: Bool = false, errorsOnly: Bool = false, limit: Int = 20, showDropped: Bool = false,
            dropped: Set<TraceID> = [], broken: Set<TraceID> = [], keptSpans: [TraceID: Int] = [:]
        ) {
            self.keptSpans = keptSpans
            self.slowest = slowest
            self.errorsOnly = errorsOnly
            self.limit = limit
            self.showDropped = showDropped
            self.dropped = dropped
            self.broken = broken
        }
    }

    /// One listed trace.
    public struct Entry: Hashable, Sendable {
        /// 1-based position in start order: what `trace <number>` takes.
        public let number: Int
        /// The trace.
        public let traceID: TraceID
        /// The root span's service and name (the first root, or the first orphan).
        public let root: String
        /// Start, in nanoseconds after the run began.
        public let startNanos: UInt64
        /// First start to last end.
        public let durationNanos: UInt64
        /// How many spans.
        public let spans: Int
        /// How many failed.
        public let errors: Int
        /// True when the trace holds no user request: a piece of some request's story.
        public let fragment: Bool
        /// For a fragment started by a lost crossing: the candidate callers by timestamps.
        public let candidates: Int?
    }

    /// Colour and width of the output.
    public var style: TerminalStyle

    /// Creates a renderer for `style`.
    public init(style: TerminalStyle) {
        self.style = style
    }

    /// Every trace of `analysis`'s run, numbered in start order.
    public static func entries(_ analysis: LabAnalysis) -> [Entry] {
        let run = analysis.run
        let origin = run.requests.first?.arrivalNanos ?? run.epochNanos
        let requestSpans = Set(run.requests.isEmpty ? [run.requestSpanID] : run.requests.map(\.requestSpanID))
        var candidatesByCallee: [SpanID: Int] = [:]
        for match in analysis.timestampMatches {
            candidatesByCallee[match.crossing.calleeSpanID] = match.candidates
        }
        return analysis.traces.enumerated().map { index, trace in
            let rootID = trace.topLevel.first
            let root = rootID.flatMap { trace.span($0) }
            let fragment = !trace.spans.contains { requestSpans.contains($0.spanID) }
            return Entry(
                number: index + 1, traceID: trace.traceID,
                root: root.map { TextSanitizer.singleLine("\($0.service) \($0.name)") } ?? "(no spans)",
                startNanos: trace.startNanos > origin ? trace.startNanos - origin : 0,
                durationNanos: trace.durationNanos, spans: trace.spans.count,
                errors: trace.spans.reduce(0) { $0 + ($1.status.isError ? 1 : 0) }, fragment: fragment,
                candidates: fragment ? rootID.flatMap { candidatesByCallee[$0] } : nil)
        }
    }

    /// The list, chosen by `filter`, without a trailing newline.
    public func render(_ analysis: LabAnalysis, filter: Filter, selected: TraceID?) -> String {
        var entries = Self.entries(analysis)
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
            var root = entry.fragment ? "↳ " + entry.root : entry.root
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
        var lines = TableText(alignments: alignments).lines(rows, width: style.width)
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
        }
        lines.append(contentsOf: WordWrap.wrap(WordWrap.words(closing), width: style.width))
        return StyledLine.join(lines, in: style)
    }
}
