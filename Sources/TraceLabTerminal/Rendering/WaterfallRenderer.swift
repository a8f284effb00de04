import TraceLabCore

/// Draws each trace of a run as a waterfall: a label column naming each span (after the first
/// four hex digits of its id, indented by depth)
/// and a bar column on one time scale for the whole trace, with a time axis under it.
///
/// Bars say what they are without colour: ``criticalBar`` for the request's critical path,
/// ``errorBar`` for failed spans, ``afterResponseBar`` for work the user no longer waited for,
/// ``otherBar`` for the rest, and ``queueWaitMark`` for the time a message sat in a queue before
/// its consumer started. A dotted guide and a note mark the moment the response was sent, and
/// orphans are named under their trace's header. No line
/// is wider than the style's width, and the work is linear in the number of spans.
public struct WaterfallRenderer: Sendable {
    /// Bar character for spans on the critical path of the user's request.
    public static let criticalBar: Character = "█"
    /// Bar character for spans that ended with an error.
    public static let errorBar: Character = "╳"
    /// Bar character for spans of the request's trace that ended after the response was sent.
    public static let afterResponseBar: Character = "░"
    /// Bar character for every other span.
    public static let otherBar: Character = "▒"
    /// The mark filling the time between a message being published and its consumer starting.
    public static let queueWaitMark: Character = "·"
    /// The mark drawn down the bar column at the moment the user's response was sent.
    public static let responseGuide: Character = "┊"

    /// Colour and width of the output.
    public var style: TerminalStyle

    /// Creates a renderer for `style`.
    public init(style: TerminalStyle) {
        self.style = style
    }

    /// Every trace of `analysis`, in the order the analysis lists them, as text without a trailing
    /// newline, followed by a legend of the bar characters used.
    public func render(_ analysis: LabAnalysis) -> String {
        guard let firstTrace = analysis.traces.first else {
            return StyledLine.join([StyledLine("No spans were recorded in this run.")], in: style)
        }
        let facts = WaterfallFacts(analysis: analysis)
        // One UTF-8 buffer for the whole output: a large trace draws thousands of rows, and
        // copying them from string to string would cost as much as drawing them.
        var output: [UInt8] = []
        var used = Set<WaterfallCell.Kind>()
        for (index, trace) in analysis.traces.enumerated() {
            var lines = TraceHeader.lines(
                for: trace, position: index + 1, of: analysis.traces.count,
                isRequestTrace: trace.traceID == analysis.requestTrace?.traceID, width: style.width)
            if index > 0 {
                let offset = SpanText.duration(trace.startNanos - firstTrace.startNanos)
                lines += WordWrap.wrap(
                    WordWrap.words("starts \(offset) after the first trace", Palette.secondary),
                    width: style.width)
            }
            lines.append(contentsOf: facts.crossTraceWaitNotes(for: trace, width: style.width))
            lines.append(contentsOf: Self.orphanNotes(for: trace, width: style.width))
            if index > 0 { output.append(contentsOf: "\n\n".utf8) }
            output.append(contentsOf: StyledLine.join(lines, in: style).utf8)
            output.append(UInt8(ascii: "\n"))
            var drawing = TraceWaterfall(trace: trace, facts: facts, style: style)
            drawing.render(into: &output)
            used.formUnion(drawing.usedKinds)
        }
        let legend = Self.legend(for: used, width: style.width)
        if !legend.isEmpty {
            output.append(contentsOf: "\n\n".utf8)
            output.append(contentsOf: StyledLine.join(legend, in: style).utf8)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// One note per orphan, naming the span and the parent that is not in the trace.
    private static func orphanNotes(for trace: AssembledTrace, width: Int) -> [StyledLine] {
        trace.orphans.compactMap { trace.span($0) }.flatMap { span in
            let parent = span.parentSpanID?.hex ?? ""
            let words =
                [StyledLine("↳", Palette.warning)] + WordWrap.words(SpanText.service(span), Palette.service)
                + WordWrap.words(SpanText.name(span))
                + WordWrap.words("is an orphan: parent \(parent) not in this trace", Palette.warning)
            return WordWrap.wrap(words, width: width, firstPrefix: StyledLine(), prefix: StyledLine("  "))
        }
    }

    private static func legend(for used: Set<WaterfallCell.Kind>, width: Int) -> [StyledLine] {
        let entries: [(WaterfallCell.Kind, String)] = [
            (.critical, "critical path of the user's request"),
            (.other, "other work"),
            (.error, "failed span"),
            (.afterResponse, "after the response was sent"),
            (.queue, "waiting in a queue"),
            (.guide, "the moment the response was sent"),
        ]
        return entries.filter { used.contains($0.0) }.flatMap { kind, text in
            WordWrap.wrap(
                [StyledLine(String(kind.mark), kind.ansi)] + WordWrap.words(text), width: width,
                firstPrefix: StyledLine(), prefix: StyledLine("  "))
        }
    }
}

/// Facts about the whole run that each trace's drawing looks up.
struct WaterfallFacts {
    let critical: Set<SpanID>
    let afterResponse: Set<SpanID>
    let responseNanos: UInt64?
    let requestTraceID: TraceID?
    let waitsByConsumer: [SpanID: QueueWait]

    init(analysis: LabAnalysis) {
        critical = Set(analysis.criticalPath.spanIDs)
        afterResponse = Set(analysis.afterResponse)
        responseNanos = analysis.run.requestSpan?.endNanos
        requestTraceID = analysis.requestTrace?.traceID
        waitsByConsumer = Dictionary(
            analysis.queueWaits.map { ($0.consumerSpanID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Notes for consumers in `trace` whose message was published in another trace, where the
    /// wait cannot be drawn on this trace's scale.
    func crossTraceWaitNotes(for trace: AssembledTrace, width: Int) -> [StyledLine] {
        guard !waitsByConsumer.isEmpty else { return [] }
        return trace.spans.compactMap { span -> [StyledLine]? in
            guard let wait = waitsByConsumer[span.spanID], trace.span(wait.producerSpanID) == nil else {
                return nil
            }
            let text =
                "\(SpanText.service(span)) started \(SpanText.duration(wait.waitNanos)) after "
                + "the message was published in another trace"
            return WordWrap.wrap(
                [StyledLine(String(WaterfallRenderer.queueWaitMark), Palette.queue)] + WordWrap.words(text),
                width: width, firstPrefix: StyledLine(), prefix: StyledLine("  "))
        }.flatMap { $0 }
    }
}

/// One cell of the bar column: a character and what it means.
struct WaterfallCell {
    enum Kind: UInt8, Hashable {
        case blank
        case critical
        case other
        case error
        case afterResponse
        case queue
        case guide
        case text

        var mark: Character {
            switch self {
            case .blank, .text: " "
            case .critical: WaterfallRenderer.criticalBar
            case .other: WaterfallRenderer.otherBar
            case .error: WaterfallRenderer.errorBar
            case .afterResponse: WaterfallRenderer.afterResponseBar
            case .queue: WaterfallRenderer.queueWaitMark
            case .guide: WaterfallRenderer.responseGuide
            }
        }

        var ansi: ANSIStyle {
            switch self {
            case .blank: .plain
            case .critical: Palette.critical
            case .other: .plain
            case .error: Palette.error
            case .afterResponse: Palette.afterResponse
            case .queue: Palette.queue
            case .guide, .text: Palette.secondary
            }
        }
    }
}
