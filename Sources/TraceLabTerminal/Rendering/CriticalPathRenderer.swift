import TraceLabCore

/// Lists the critical path of the user's request, stretch by stretch (from–to in milliseconds
/// since the request started, how long, and its share of what the user waited), then the time
/// by the service whose span each stretch is, the time by the request's direct dependencies,
/// and the dominant dependency.
public struct CriticalPathRenderer: Sendable {
    /// Colour and width of the output.
    public var style: TerminalStyle

    /// Creates a renderer for `style`.
    public init(style: TerminalStyle) {
        self.style = style
    }

    /// The critical path of `analysis` as text without a trailing newline.
    public func render(_ analysis: LabAnalysis) -> String {
        guard let trace = analysis.requestTrace, let request = trace.span(analysis.run.requestSpanID) else {
            return paragraph(
                "No request span was recorded in this run, so there is no critical path to show.")
        }
        let total = analysis.userVisibleLatencyNanos
        var lines: [StyledLine] = []
        var title = StyledLine("Critical path of ", Palette.strong)
        title.append(SpanText.service(request), Palette.service, shrinkPriority: 1)
        title.append(" ")
        title.append(SpanText.name(request), .plain, shrinkPriority: 0)
        title.append(" · " + DurationText.format(nanos: total))
        lines.append(title.fitted(to: style.width))
        lines.append(
            contentsOf: segmentTable(analysis.criticalPath, in: trace, from: request.startNanos, total: total)
        )
        lines.append(StyledLine())
        lines.append(StyledLine("Critical-path time by service", Palette.strong).fitted(to: style.width))
        lines.append(contentsOf: serviceTable(analysis.criticalTimeByService, total: total))
        lines.append(StyledLine())
        lines.append(
            StyledLine("By the request's direct dependencies (with what they called)", Palette.strong)
                .fitted(to: style.width))
        lines.append(contentsOf: serviceTable(analysis.criticalTimeByDownstreamService, total: total))
        lines.append(StyledLine())
        lines.append(contentsOf: verdict(analysis, total: total))
        return StyledLine.join(lines, in: style)
    }

    private func segmentTable(
        _ path: CriticalPath, in trace: AssembledTrace, from origin: UInt64, total: UInt64
    )
        -> [StyledLine]
    {
        let rows = path.segments.map { segment in
            (
                range: SpanText.milliseconds(elapsed(segment.startNanos, since: origin)) + "–"
                    + SpanText.milliseconds(elapsed(segment.endNanos, since: origin)) + " ms",
                took: DurationText.format(nanos: segment.durationNanos),
                share: SpanText.percent(segment.durationNanos, of: total),
                span: trace.span(segment.spanID)
            )
        }
        let rangeWidth = rows.map { TerminalColumns.of($0.range) }.max() ?? 0
        let tookWidth = rows.map { TerminalColumns.of($0.took) }.max() ?? 0
        let shareWidth = rows.map { TerminalColumns.of($0.share) }.max() ?? 0
        let numbersWidth = 2 + rangeWidth + 2 + tookWidth + 2 + shareWidth + 2
        // Below this much room the span goes on a line of its own instead of beside the numbers.
        let stacked = style.width - numbersWidth < 24
        return rows.flatMap { row in
            var numbers = StyledLine("  ")
            numbers.append(leftPadded(row.range, to: rangeWidth), Palette.secondary)
            numbers.append("  " + leftPadded(row.took, to: tookWidth))
            numbers.append("  " + leftPadded(row.share, to: shareWidth) + "  ", Palette.critical)
            var spanText = stacked ? StyledLine("      ") : StyledLine()
            if let span = row.span {
                spanText.append(SpanText.service(span), Palette.service, shrinkPriority: 2, shrinkFloor: 8)
                spanText.append(" ")
                spanText.append(SpanText.name(span), .plain, shrinkPriority: 1, shrinkFloor: 8)
                if span.status.isError { spanText.append(" ✗ ERROR", Palette.error) }
            }
            if stacked { return [numbers.fitted(to: style.width), spanText.fitted(to: style.width)] }
            numbers.append(spanText)
            return [numbers.fitted(to: style.width)]
        }
    }

    private func elapsed(_ nanos: UInt64, since origin: UInt64) -> UInt64 {
        nanos > origin ? nanos - origin : 0
    }

    private func serviceTable(_ totals: [(service: String, nanos: UInt64)], total: UInt64) -> [StyledLine] {
        let names = totals.map { TextSanitizer.singleLine($0.service) }
        let nameWidth = min(names.map { TerminalColumns.of($0) }.max() ?? 0, style.width / 2)
        let tookWidth = totals.map { TerminalColumns.of(DurationText.format(nanos: $0.nanos)) }.max() ?? 0
        return zip(names, totals).map { name, entry in
            var line = StyledLine("  ")
            line.append(
                TerminalColumns.pad(TerminalColumns.truncate(name, to: nameWidth), to: nameWidth),
                Palette.service)
            line.append("  " + leftPadded(DurationText.format(nanos: entry.nanos), to: tookWidth))
            line.append("  " + SpanText.percent(entry.nanos, of: total), Palette.critical)
            return line.fitted(to: style.width)
        }
    }

    private func verdict(_ analysis: LabAnalysis, total: UInt64) -> [StyledLine] {
        guard let dominant = analysis.dominantService,
            let entry = analysis.criticalTimeByDownstreamService.first(where: { $0.service == dominant })
        else {
            return wrapped(WordWrap.words("The request called no other service on its critical path."))
        }
        let name = TextSanitizer.singleLine(dominant)
        if analysis.dominantServiceSpansElsewhere, let request = analysis.run.requestSpan {
            let caller = TextSanitizer.singleLine(request.service)
            return wrapped(
                [StyledLine(name, Palette.service + .bold)]
                    + WordWrap.words(
                        "dominates: the \(caller) waited \(SpanText.duration(entry.nanos)) on \(name) "
                            + "(\(SpanText.percent(entry.nanos, of: total)) of the \(SpanText.duration(total)) the user waited); "
                            + "\(name)'s own spans are in another trace."))
        }
        let words =
            [StyledLine(name, Palette.service + .bold)]
            + WordWrap.words(
                "dominates: \(SpanText.duration(entry.nanos)) of the \(SpanText.duration(total)) "
                    + "the user waited (\(SpanText.percent(entry.nanos, of: total))).")
        return wrapped(words)
    }

    private func paragraph(_ text: String) -> String {
        StyledLine.join(wrapped(WordWrap.words(text)), in: style)
    }

    private func wrapped(_ words: [StyledLine]) -> [StyledLine] {
        WordWrap.wrap(words, width: style.width)
    }

    private func leftPadded(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - TerminalColumns.of(text))) + text
    }
}
