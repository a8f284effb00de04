import Testing

/// `span` says the prefix rule, recognises a trace id, and tells look-alike spans apart.
@Suite struct SpanLookupTests {
    @Test func aShortPrefixIsToldTheRule() throws {
        let app = try TestApp()
        let result = app.run(["span", "4c"])
        #expect(result.exitCode == 64)
        #expect(result.errors.contains("too short: give at least 4 hex digits"))
    }

    @Test func aTraceIDIsRecognised() throws {
        let app = try TestApp()
        let report = try app.decode(
            RunReportMirror.self, from: app.run(["run", "checkout", "--format", "json"]))
        let traceID = try #require(report.traces.first?.traceId)
        let result = app.run(["span", traceID])
        #expect(result.exitCode == 64)
        #expect(result.errors.contains("is a trace id, not a span id"))
    }

    @Test func lookAlikeSpansAreListedWithAttemptAndStart() throws {
        let app = try TestApp()
        _ = app.run(["run", "checkout"])
        let result = app.run(["span", "payment-provider", "authorize"])
        #expect(result.exitCode == 0)
        #expect(result.output.contains("attempt 1"))
        #expect(result.output.contains("attempt 2"))
        #expect(result.output.contains(" at "))
    }

    @Test func theTreeShowsIDsThatSpanFinds() throws {
        let app = try TestApp()
        let tree = app.run(["trace"]).output
        let line = try #require(
            tree.split(separator: "\n").first { $0.contains("billing POST /charges (server)") })
        let id = try #require(line.split(separator: "[").last?.prefix(4))
        let shown = app.run(["span", String(id)])
        #expect(shown.exitCode == 0)
        #expect(shown.output.contains("billing"))
        #expect(shown.output.contains("POST /charges"))
    }
}
