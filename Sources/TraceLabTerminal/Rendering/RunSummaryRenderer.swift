import TraceLabCore

/// The few facts shown after a run: how long the user waited, how long the whole trace took, how
/// many traces the request became, where the context was lost, how long messages waited in
/// queues, and which service dominated the request.
public struct RunSummaryRenderer: Sendable {
    /// The span attribute that names a message's topic or queue, as OpenTelemetry defines it.
    public static let destinationAttribute = "messaging.destination.name"

    /// Colour and width of the output.
    public var style: TerminalStyle

    /// Creates a renderer for `style`.
    public init(style: TerminalStyle) {
        self.style = style
    }

    /// The summary of `analysis` as labelled lines without a trailing newline; values that do not
    /// fit beside their label wrap under it.
    public func render(_ analysis: LabAnalysis) -> String {
        var rows: [(label: String, values: [[StyledLine]])] = []
        rows.append(("user waited", [latency(analysis)]))
        rows.append(("whole trace", [wholeTrace(analysis)]))
        rows.append(("traces", [traces(analysis)]))
        rows.append(("context lost", [lost(analysis)]))
        if !analysis.timestampMatches.isEmpty {
            rows.append(("by time", [candidates(analysis)]))
        }
        if !analysis.queueWaits.isEmpty {
            rows.append(("queue", analysis.queueWaits.map { queueWait($0, in: analysis.run) }))
        }
        rows.append(("dominant", [dominant(analysis)]))
        let labelWidth = (rows.map(\.label.count).max() ?? 0) + 2
        let sideBySide = style.width - labelWidth >= 32
        var lines: [StyledLine] = []
        for row in rows {
            for (index, words) in row.values.enumerated() {
                let label = index == 0 ? row.label : ""
                if sideBySide {
                    lines.append(
                        contentsOf: WordWrap.wrap(
                            words, width: style.width,
                            firstPrefix: StyledLine(
                                TerminalColumns.pad(label, to: labelWidth), Palette.secondary),
                            prefix: StyledLine(String(repeating: " ", count: labelWidth))))
                } else {
                    if !label.isEmpty { lines.append(StyledLine(label, Palette.secondary)) }
                    lines.append(
                        contentsOf: WordWrap.wrap(
                            words, width: style.width, firstPrefix: StyledLine("  "), prefix: StyledLine("  ")
                        ))
                }
            }
        }
        return StyledLine.join(lines, in: style)
    }

    private func latency(_ analysis: LabAnalysis) -> [StyledLine] {
        guard analysis.run.requestSpan != nil else {
            return WordWrap.words("unknown: the request span was not recorded")
        }
        return [StyledLine(DurationText.format(nanos: analysis.userVisibleLatencyNanos), Palette.strong)]
    }

    private func wholeTrace(_ analysis: LabAnalysis) -> [StyledLine] {
        guard analysis.requestTrace != nil else { return WordWrap.words("unknown") }
        let whole = analysis.wholeTraceNanos
        let latency = analysis.userVisibleLatencyNanos
        var words = [StyledLine(SpanText.duration(whole), Palette.strong)]
        if whole > latency {
            words.append(
                contentsOf: WordWrap.words(
                    "(\(SpanText.duration(whole - latency)) of it after the response was sent)"))
        }
        return words
    }

    private func traces(_ analysis: LabAnalysis) -> [StyledLine] {
        switch analysis.traceCount {
        case 0:
            return WordWrap.words("none: no span was recorded")
        case 1:
            return WordWrap.words("1 trace: every service joined the request's trace", Palette.ok)
        case let count:
            return [StyledLine("\(count) traces:", Palette.error)]
                + WordWrap.words("the request fell apart", Palette.error)
        }
    }

    /// The lost crossings by boundary name, in the order they happened; a boundary lost on more
    /// than one attempt shows the count (`billing:payment-provider ×2`).
    private func lost(_ analysis: LabAnalysis) -> [StyledLine] {
        let lost = analysis.lostCrossings
        guard !lost.isEmpty else { return WordWrap.words("nowhere: the context crossed every boundary") }
        var order: [String] = []
        var counts: [String: Int] = [:]
        for crossing in lost {
            let name = TextSanitizer.singleLine(crossing.boundary)
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        return order.enumerated().map { index, name in
            let count = counts[name] ?? 1
            var word = StyledLine(name, Palette.warning)
            if count > 1 { word.append("\u{A0}×\(count)") }
            if index < order.count - 1 { word.append(",") }
            return word
        }
    }

    /// How many requests each orphan could belong to if matched by timestamps.
    private func candidates(_ analysis: LabAnalysis) -> [StyledLine] {
        let counts = analysis.timestampMatches.map(\.candidates)
        let low = counts.min() ?? 0
        let high = counts.max() ?? 0
        let range = low == high ? "\(low)" : "\(low)–\(high)"
        let noun = high == 1 ? "candidate caller" : "candidate callers"
        return WordWrap.words(
            "matched by timestamps, each lost crossing has \(range) \(noun) in flight when it started")
    }

    private func queueWait(_ wait: QueueWait, in run: LabRun) -> [StyledLine] {
        let producer = run.spans.first { $0.spanID == wait.producerSpanID }
        let topic = producer?.attribute(Self.destinationAttribute).map {
            TextSanitizer.singleLine($0.description)
        }
        let name = topic.flatMap { $0.isEmpty ? nil : $0 } ?? TextSanitizer.singleLine(wait.boundary)
        return [StyledLine(name, Palette.service)]
            + WordWrap.words("waited")
            + [StyledLine(SpanText.duration(wait.waitNanos), Palette.strong)]
            + WordWrap.words(
                wait.knownOnlyToSimulator
                    ? "in the queue (known only to the simulator: a tracing backend could not join these spans)"
                    : "in the queue")
    }

    private func dominant(_ analysis: LabAnalysis) -> [StyledLine] {
        guard let service = analysis.dominantService,
            let entry = analysis.criticalTimeByDownstreamService.first(where: { $0.service == service })
        else { return WordWrap.words("none: no other service appears in the request's trace") }
        let total = analysis.userVisibleLatencyNanos
        if analysis.dominantServiceSpansElsewhere, let request = analysis.run.requestSpan {
            let name = TextSanitizer.singleLine(service)
            return [StyledLine(name + ":", Palette.service + .bold)]
                + WordWrap.words(
                    "the \(TextSanitizer.singleLine(request.service)) waited \(SpanText.duration(entry.nanos)) on \(name) "
                        + "(\(SpanText.percent(entry.nanos, of: total))); \(name)'s own spans are in another trace"
                )
        }
        return [StyledLine(TextSanitizer.singleLine(service) + ":", Palette.service + .bold)]
            + WordWrap.words(
                "\(SpanText.duration(entry.nanos)) of the \(SpanText.duration(total)) "
                    + "the user waited (\(SpanText.percent(entry.nanos, of: total)))")
    }
}
