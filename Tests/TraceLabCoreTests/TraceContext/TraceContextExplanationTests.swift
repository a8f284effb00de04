import Testing
import TraceLabCore

@Suite("trace context explanation")
struct TraceContextExplanationTests {
    typealias Line = TraceContextExplanation.Line
    static let traceID = TraceContextSamples.traceID
    static let parentID = TraceContextSamples.parentID

    @Test("decodes a version-00 traceparent field by field")
    func decodesVersion00() {
        let explanation = TraceContextExplanation(traceparent: TraceContextSamples.traceparent)
        #expect(explanation.continuesTrace)
        #expect(explanation.traceparent.verdict == .accepted)
        #expect(explanation.tracestate == nil)
        let lines = explanation.traceparent.lines
        #expect(lines.map(\.label) == ["version", "trace-id", "parent-id", "trace-flags"])
        #expect(lines.map(\.value) == ["00", Self.traceID, Self.parentID, "01"])
        #expect(lines.allSatisfy { !$0.meaning.isEmpty })
    }

    static let flagMeanings: [(String, String)] = [
        ("01", "bits 00000001: sampled"),
        ("00", "bits 00000000: not sampled"),
        ("09", "other bits (0x08) have no meaning in version 00"),
    ]

    @Test("says what the flags byte means", arguments: flagMeanings)
    func flagsMeaning(flags: String, expected: String) throws {
        let explanation = TraceContextExplanation(traceparent: TraceContextSamples.withFlags(flags))
        let line = try #require(explanation.traceparent.lines.first { $0.label == "trace-flags" })
        #expect(line.value == flags)
        #expect(line.meaning.contains(expected))
    }

    @Test("notes that a higher version's extra fields were ignored")
    func higherVersion() throws {
        let explanation = TraceContextExplanation(
            traceparent: "cc-\(Self.traceID)-\(Self.parentID)-01-what-the-future-will-be-like")
        let lines = explanation.traceparent.lines
        #expect(lines.map(\.label) == ["version", "trace-id", "parent-id", "trace-flags", "extra fields"])
        #expect(lines.first?.meaning.contains("newer than 00") == true)
        #expect(lines.last?.value == "-what-the-future-will-be-like")
    }

    @Test("a higher version without extra fields has no extra-fields line")
    func higherVersionWithoutExtras() {
        let explanation = TraceContextExplanation(traceparent: "cc-\(Self.traceID)-\(Self.parentID)-01")
        #expect(!explanation.traceparent.lines.contains { $0.label == "extra fields" })
    }

    @Test("a rejected traceparent names the rule, and its tracestate is not read")
    func rejectedTraceparent() {
        let explanation = TraceContextExplanation(
            traceparent: TraceContextSamples.withTraceID(String(repeating: "0", count: 32)),
            tracestate: "rojo=1")
        #expect(!explanation.continuesTrace)
        #expect(explanation.traceparent.violation?.rule == .traceIDAllZeros)
        #expect(explanation.traceparent.lines.map(\.value) == ["starts a new trace"])
        guard case .notRead = explanation.tracestate?.verdict else {
            Issue.record("tracestate should not be read after a rejected traceparent")
            return
        }
    }

    @Test("lists tracestate members with whose data they are")
    func tracestateMembers() throws {
        let explanation = TraceContextExplanation(
            traceparent: TraceContextSamples.traceparent,
            tracestate: "congo=ucfJifl5GOE, ,fw529a3039@dt=x,congo=2")
        let tracestate = try #require(explanation.tracestate)
        #expect(tracestate.verdict == .accepted)
        #expect(tracestate.lines.map(\.label) == ["member 1", "member 2", "dropped", "empty entries"])
        #expect(tracestate.lines.map(\.value) == ["congo=ucfJifl5GOE", "fw529a3039@dt=x", "congo=2", "1"])
        #expect(tracestate.lines[0].meaning.contains("tracing system congo"))
        #expect(tracestate.lines[0].meaning.contains("leftmost"))
        #expect(tracestate.lines[1].meaning.contains("tenant fw529a3039 of tracing system dt"))
        #expect(!tracestate.lines[1].meaning.contains("leftmost"))
    }

    @Test("an empty tracestate says there is nothing to carry")
    func emptyTracestate() throws {
        let explanation = TraceContextExplanation(
            traceparent: TraceContextSamples.traceparent, tracestate: "")
        #expect(try #require(explanation.tracestate).lines.map(\.value) == ["none"])
    }

    @Test("a rejected tracestate names the rule while the trace still continues")
    func rejectedTracestate() throws {
        let explanation = TraceContextExplanation(
            traceparent: TraceContextSamples.traceparent, tracestate: "Rojo=1")
        #expect(explanation.continuesTrace)
        let tracestate = try #require(explanation.tracestate)
        #expect(tracestate.violation?.rule == .tracestateKeyFormat)
        #expect(tracestate.lines.map(\.value) == ["drops tracestate"])
    }
}
