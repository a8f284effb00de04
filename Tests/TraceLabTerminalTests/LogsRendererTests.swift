import Testing
import TraceLabCore
import TraceLabTerminal

/// `logs` keeps every id whole at any width: one line per record when it fits, the ids below
/// the message when not, wrapped at their spaces on a very narrow screen; never cut.
@Suite struct LogsRendererTests {
    private let records = [
        LogRecord(
            timeNanos: 1_411_080_000, service: "billing", message: "charging the card",
            correlationID: "req-484b8031c2e3", traceID: TraceID(high: 0x21da_b339_0b6e_0001, low: 7),
            spanID: SpanID(0xe4f0_1234_5678_9abc)),
        LogRecord(
            timeNanos: 28_070_000, service: "billing", message: "card charged",
            correlationID: "req-f0a81afe35c9", traceID: nil, spanID: nil),
    ]

    @Test(arguments: [100, 60, 40, 24])
    func everyIdIsShownWholeAndNoLineIsTooWide(width: Int) {
        let text = LogsRenderer(style: TerminalStyle(colorEnabled: false, width: width))
            .render(records, origin: 0, total: 2)
        for line in text.split(separator: "\n") {
            #expect(line.count <= width, "\(line)")
        }
        for id in ["req-484b8031c2e3", "trace=21dab3390b6e", "span=e4f01234", "req-f0a81afe35c9", "trace=-"] {
            #expect(text.contains(id), "\(id) at \(width) columns")
        }
        #expect(!text.contains("…"))
    }

    @Test func aWideScreenGivesEachRecordOneLine() {
        let text = LogsRenderer(style: TerminalStyle(colorEnabled: false, width: 100))
            .render(records, origin: 0, total: 2)
        #expect(text.split(separator: "\n").count == 2)
    }
}
