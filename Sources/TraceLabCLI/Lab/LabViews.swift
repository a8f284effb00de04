import TraceLabCore
import TraceLabTerminal

/// Turns lab results into the text a command prints, at the terminal's width and with colour
/// only where the terminal and the user allow it.
struct LabViews {
    let style: TerminalStyle

    init(context: CommandContext, global: GlobalOptions) {
        style = context.style(global)
    }

    /// What `run` prints: a header, the summary, the tree and the critical path.
    func runReport(_ bench: LabBench) -> String {
        [
            header(bench), RunSummaryRenderer(style: style).render(bench.analysis),
            TraceTreeRenderer(style: style).render(bench.analysis),
            CriticalPathRenderer(style: style).render(bench.analysis),
        ].map(ending).joined(separator: "\n")
    }

    /// What `trace` prints.
    func tree(_ bench: LabBench) -> String {
        ending(header(bench)) + ending(TraceTreeRenderer(style: style).render(bench.analysis))
    }

    /// What `waterfall` prints.
    func waterfall(_ bench: LabBench) -> String {
        ending(header(bench)) + ending(WaterfallRenderer(style: style).render(bench.analysis))
    }

    /// What `critical` prints.
    func critical(_ bench: LabBench) -> String {
        ending(header(bench)) + ending(CriticalPathRenderer(style: style).render(bench.analysis))
    }

    /// What `headers` prints.
    func headers(_ bench: LabBench) -> String {
        ending(header(bench)) + ending(CrossingsRenderer(style: style).render(bench.run))
    }

    /// What `span <id>` prints: every recorded field of one span.
    func span(_ span: RecordedSpan, in bench: LabBench) -> String {
        let origin = bench.run.requestSpan?.startNanos ?? bench.run.epochNanos
        func at(_ nanos: UInt64) -> String {
            if nanos == origin { return "+0 ms" }
            return nanos >= origin
                ? "+" + DurationText.format(nanos: nanos - origin)
                : "-" + DurationText.format(nanos: origin - nanos)
        }
        let trace = bench.analysis.traces.first { $0.traceID == span.traceID }
        let parent: String
        if let parentID = span.parentSpanID {
            let found = trace?.span(parentID)
            parent =
                parentID.hex + (found.map { " (\($0.service) \($0.name))" } ?? " (not in this trace: orphan)")
        } else {
            parent = "none: this span started its trace"
        }
        var lines = [
            "span \(span.spanID.hex): \(span.service) \(span.name)",
            "  trace      \(span.traceID.hex)",
            "  parent     \(parent)",
            "  kind       \(span.kind.rawValue)",
            "  start      \(at(span.startNanos))",
            "  end        \(at(span.endNanos))",
            "  duration   \(DurationText.format(nanos: span.durationNanos))",
            "  status     \(span.status.message.map { "error: \($0)" } ?? "ok")",
        ]
        if !span.attributes.isEmpty {
            lines.append("  attributes")
            for key in span.attributes.keys.sorted() {
                lines.append("    \(key) = \(span.attributes[key]!.description)")
            }
        }
        for event in span.events {
            let details = event.attributes.keys.sorted().map { "\($0)=\(event.attributes[$0]!.description)" }
            lines.append(
                "  event      \(at(event.timeNanos)) \(event.name) \(details.joined(separator: " "))")
        }
        return TextSanitizer.sanitize(lines.joined(separator: "\n")) + "\n"
    }

    private func header(_ bench: LabBench) -> String {
        ProseWrapper.wrap(
            "\(bench.scenario.id) · propagation \(bench.state.propagationSummary) · seed \(bench.state.seed)",
            style: style)
    }

    private func ending(_ text: String) -> String {
        text.hasSuffix("\n") ? text : text + "\n"
    }
}
