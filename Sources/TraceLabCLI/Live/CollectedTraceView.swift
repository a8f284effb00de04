import TraceLabCore
import TraceLabLive
import TraceLabTerminal

/// How `collect` shows one trace that arrived over OTLP: its spans made safe to print, analysed
/// as a run whose request is the trace's first root, then drawn with the lab's own renderers.
struct CollectedTraceView {
    let style: TerminalStyle

    /// The analysis of one collected trace.
    static func analysis(of batch: TraceCollector.Batch) -> LabAnalysis {
        let spans = batch.spans.map(PrintableSpan.clean)
        let first = TraceAssembly.assemble(spans).first
        let request = first?.roots.first ?? first?.topLevel.first ?? spans.first?.spanID ?? SpanID(0)
        let run = LabRun(
            scenarioID: "collected", spans: spans, crossings: [], requestSpanID: request,
            epochNanos: first?.startNanos ?? 0)
        return LabAnalysis(run: run)
    }

    /// The tree (fragments and orphans explained) and the critical path, for a person.
    func text(_ batch: TraceCollector.Batch) -> String {
        let analysis = Self.analysis(of: batch)
        let services = Set(batch.spans.map(\.service)).sorted().map(TextSanitizer.singleLine)
        var header =
            "received \(batch.spans.count) span\(batch.spans.count == 1 ? "" : "s") from "
            + services.joined(separator: ", ")
        if batch.early { header += " (printed before it was quiet: the collector's span limit was reached)" }
        return [
            ProseWrapper.wrap(header, style: style), TraceTreeRenderer(style: style).render(analysis),
            CriticalPathRenderer(style: style).render(analysis),
        ].map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined(separator: "\n")
    }

    /// One JSON object on one line.
    func json(_ batch: TraceCollector.Batch) -> String {
        JSONText.encodeLine(CollectedTraceReport(analysis: Self.analysis(of: batch), batch: batch))
    }
}

/// A span with every text field stripped of control characters, for printing.
enum PrintableSpan {
    static func clean(_ span: RecordedSpan) -> RecordedSpan {
        var span = span
        span.service = TextSanitizer.singleLine(span.service)
        span.name = TextSanitizer.singleLine(span.name)
        span.attributes = cleaned(span.attributes)
        if case .error(let message) = span.status { span.status = .error(TextSanitizer.singleLine(message)) }
        span.events = span.events.map { event in
            var event = event
            event.name = TextSanitizer.singleLine(event.name)
            event.attributes = cleaned(event.attributes)
            return event
        }
        return span
    }

    private static func cleaned(_ attributes: [String: AttributeValue]) -> [String: AttributeValue] {
        var result: [String: AttributeValue] = [:]
        for (key, value) in attributes {
            if case .string(let text) = value {
                result[TextSanitizer.singleLine(key)] = .string(TextSanitizer.singleLine(text))
            } else {
                result[TextSanitizer.singleLine(key)] = value
            }
        }
        return result
    }
}
