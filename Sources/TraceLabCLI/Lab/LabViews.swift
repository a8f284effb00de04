import TraceLabCore
import TraceLabTerminal

/// Turns lab results into the text a command prints, at the terminal's width and with colour
/// only where the terminal and the user allow it.
struct LabViews {
    let style: TerminalStyle

    init(context: CommandContext, global: GlobalOptions) {
        style = context.style(global)
    }

    /// What `run` prints: a header, the summary, the tree and the critical path; for many
    /// requests, the load summary and the first trace's tree. `brief` leaves out the critical path.
    func runReport(_ bench: LabBench, brief: Bool = false) -> String {
        let sampling = bench.sampling.map { [SamplingRenderer(style: style).render($0)] } ?? []
        guard bench.isMany else {
            let critical = brief ? [] : [CriticalPathRenderer(style: style).render(bench.viewAnalysis)]
            return
                ([header(bench), RunSummaryRenderer(style: style).render(bench.analysis)] + sampling + [
                    ending(selection(bench)) + TraceTreeRenderer(style: style).render(bench.viewAnalysis)
                ] + critical).map(ending).joined(separator: "\n")
        }
        return
            ([header(bench), LoadSummaryRenderer(style: style).render(bench.analysis)] + sampling + [
                ending(selection(bench)) + TraceTreeRenderer(style: style).render(bench.viewAnalysis)
            ]).map(ending).joined(separator: "\n")
    }

    /// What `sampling` prints: the policy, and what it keeps and loses on the lab's run.
    func sampling(_ bench: LabBench) -> String {
        let report =
            bench.sampling ?? SamplingReport(run: bench.run, ratePerSecond: bench.state.load.ratePerSecond)
        return ending(header(bench)) + ending(SamplingRenderer(style: style).render(report))
    }

    /// What `trace` prints.
    func tree(_ bench: LabBench) -> String {
        ending(header(bench)) + ending(selection(bench))
            + ending(TraceTreeRenderer(style: style).render(bench.viewAnalysis))
    }

    /// What `waterfall` prints.
    func waterfall(_ bench: LabBench) -> String {
        ending(header(bench)) + ending(selection(bench))
            + ending(WaterfallRenderer(style: style).render(bench.viewAnalysis))
    }

    /// What `critical` prints.
    func critical(_ bench: LabBench) -> String {
        ending(header(bench)) + ending(selection(bench))
            + ending(CriticalPathRenderer(style: style).render(bench.viewAnalysis))
    }

    /// What `headers` prints: every crossing, or `boundary`'s.
    func headers(_ bench: LabBench, boundary: String? = nil) -> String {
        ending(header(bench)) + ending(selection(bench))
            + ending(CrossingsRenderer(style: style).render(bench.view, boundary: boundary))
    }

    /// What `traces` prints.
    func traces(_ listing: LabListing, filter: TracesListRenderer.Filter) -> String {
        var filter = filter
        filter.dropped = listing.overview.dropped
        filter.broken = listing.overview.broken
        filter.keptSpans = listing.overview.keptSpans
        if case .tail(let rules) = listing.state.effectiveSampling(for: listing.scenario).policy {
            filter.slowRule = rules.slowRule
        }
        return ending(header(listing.scenario, listing.state))
            + ending(
                TracesListRenderer(style: style).render(
                    listing.overview.traces, filter: filter,
                    selected: listing.overview.shownTrace(selected: listing.state.selectedTrace)))
    }

    /// What `metrics` prints.
    func metrics(_ listing: LabListing) -> String {
        let entry = "\(listing.scenario.entryOperation) (\(listing.scenario.entryService))"
        return ending(header(listing.scenario, listing.state))
            + ending(MetricsRenderer(style: style).render(listing.overview.metrics, entry: entry))
    }

    /// What `logs` prints.
    func logs(_ bench: LabBench, records: [LogRecord]) -> String {
        ending(header(bench))
            + ending(
                LogsRenderer(style: style).render(
                    records, origin: bench.run.requests.first?.arrivalNanos ?? bench.run.epochNanos,
                    total: bench.run.logs.count))
    }

    /// Which trace the views show, said on screen: empty for a single request shown whole.
    private func selection(_ bench: LabBench) -> String {
        let sampled = samplingNote(bench)
        guard let trace = bench.shownTrace else { return sampled }
        let number = bench.number(of: trace)
        let total = bench.analysis.traces.count
        let id = String(trace.traceID.hex.prefix(12))
        let how =
            bench.chosen
            ? "Showing trace \(number) of \(total) (\(id)), as chosen with 'trace'."
            : "Showing trace \(number) of \(total) (\(id)), the first to start"
                + (bench.sampling == nil ? "; " : " that a backend received; ")
                + "choose another with 'trace <number or id>' (see 'traces')."
        return ProseWrapper.wrap(how, style: style) + (sampled.isEmpty ? "" : "\n" + sampled)
    }

    /// What sampling did to the trace on screen: dropped (drawn from the simulator's copy), or
    /// kept and drawn as the backend received it.
    private func samplingNote(_ bench: LabBench) -> String {
        guard bench.sampling != nil else { return "" }
        let note =
            bench.shownTraceDropped
            ? "Sampled out: no backend ever received this trace. What follows is the simulator's own copy."
            : "Drawn as a tracing backend received it, after sampling."
        return ProseWrapper.wrap(note, style: style)
    }

    /// What `span <id>` prints: every recorded field of one span.
    func span(_ span: RecordedSpan, in bench: LabBench) -> String {
        let origin =
            bench.view.requestSpan?.startNanos ?? bench.view.requests.first?.arrivalNanos
            ?? bench.run.epochNanos
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
        var fields = [
            ("trace", span.traceID.hex), ("parent", parent), ("kind", span.kind.rawValue),
            ("start", at(span.startNanos)), ("end", at(span.endNanos)),
            ("duration", DurationText.format(nanos: span.durationNanos)),
            ("status", span.status.message.map { "error: \($0)" } ?? "ok"),
        ]
        let attributes = span.attributes
        if !attributes.isEmpty { fields.append(("attributes", "")) }
        var lines = [ProseWrapper.wrap("span \(span.spanID.hex): \(span.service) \(span.name)", style: style)]
        lines += fields.map {
            ProseWrapper.field(
                "  " + $0.0.padding(toLength: 11, withPad: " ", startingAt: 0), $0.1, style: style)
        }
        for key in attributes.keys.sorted() {
            lines.append(ProseWrapper.field("    \(key) = ", attributes[key]!.description, style: style))
        }
        for event in span.events {
            let details = event.attributes.keys.sorted().map { "\($0)=\(event.attributes[$0]!.description)" }
            lines.append(
                ProseWrapper.field(
                    "  event      ", "\(at(event.timeNanos)) \(event.name) \(details.joined(separator: " "))",
                    style: style))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func header(_ bench: LabBench) -> String {
        header(bench.scenario, bench.state)
    }

    /// The scenario and the lab's settings in a line: what every lab view starts with.
    private func header(_ scenario: Scenario, _ state: LabState) -> String {
        let load = state.loadSummary.map { " · " + $0 } ?? ""
        let sampling = state.effectiveSampling(for: scenario)
        let sampled = sampling.keepsEverything ? "" : " · sampling " + sampling.summary
        return ProseWrapper.wrap(
            "\(scenario.id) · propagation \(state.propagationSummary)\(load)\(sampled) · seed \(state.seed)",
            style: style)
    }

    private func ending(_ text: String) -> String {
        text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
    }
}
