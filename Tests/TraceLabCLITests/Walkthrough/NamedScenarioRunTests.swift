import Testing

/// A `run` that names its scenario means what it says, whatever an earlier session left on the
/// lab bench; a bare `run` keeps the bench's settings.
@Suite struct NamedScenarioRunTests {
    @Test func aNamedScenarioStartsFromItsDefaults() throws {
        let app = try TestApp()
        #expect(app.repl(["propagation off gateway:billing"]).errors.isEmpty)
        let named = app.run(["run", "checkout", "--format", "json"])
        #expect(named.exitCode == 0)
        #expect(try app.decode(RunReportMirror.self, from: named).traceCount == 1)
        let trace = app.run(["trace"]).output
        #expect(trace.contains("propagation on everywhere"))
        #expect(!trace.contains("trace 1 of"))
    }

    @Test func aNamedScenarioTakesItsOwnOptions() throws {
        let app = try TestApp()
        _ = app.run(["propagation", "off", "all"])
        let named = app.run([
            "run", "checkout", "--off", "gateway:billing", "--format", "json", "--seed", "7",
        ])
        let report = try app.decode(RunReportMirror.self, from: named)
        #expect(report.traceCount == 2)
        #expect(report.seed == 7)
        #expect(app.run(["boundaries"]).output.contains("off gateway:billing"))
    }

    @Test func aBareRunKeepsTheBenchSettings() throws {
        let app = try TestApp()
        _ = app.run(["propagation", "off", "gateway:billing"])
        let bare = app.run(["run", "--format", "json"])
        #expect(try app.decode(RunReportMirror.self, from: bare).traceCount == 2)
    }
}
