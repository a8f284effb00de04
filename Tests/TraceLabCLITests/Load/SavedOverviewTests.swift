import Foundation
import GRDB
import Testing
import TraceLabCore

/// In the shell each command is a new process: `traces` and `metrics` after a many-request
/// `run` draw the overview that run saved, and only when it is exactly that run's.
@Suite struct SavedOverviewTests {
    static let run = [
        "run", "busy-checkout", "--requests", "150", "--rate", "40", "--seed", "11", "--off",
        "gateway:billing",
        "--sample", "head:50%",
    ]

    /// An app that saves and reads overviews, as the real executable does.
    static func app(build: String = "build-1") throws -> TestApp {
        var app = try TestApp()
        app.buildIdentity = build
        return app
    }

    /// Rewrites the saved overview: every trace's root becomes `root`.
    static func tamper(_ app: TestApp, root: String) throws {
        let queue = try DatabaseQueue(path: app.dataDirectory.appendingPathComponent("tracelab.sqlite").path)
        try queue.write { db in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT key, body FROM run_overview"))
            let key: String = row["key"]
            let body: Data = row["body"]
            let saved = try #require(RunOverview(bytes: [UInt8](body)))
            let changed = saved.traces.map { trace in
                TraceSummary(
                    number: trace.number, traceID: trace.traceID, root: root, startNanos: trace.startNanos,
                    durationNanos: trace.durationNanos, spans: trace.spans, errors: trace.errors,
                    fragment: trace.fragment, candidates: trace.candidates)
            }
            let overview = RunOverview(
                traces: changed, metrics: saved.metrics, dropped: saved.dropped,
                broken: saved.broken, keptSpans: saved.keptSpans, defaultTrace: saved.defaultTrace)
            try db.execute(
                sql: "UPDATE run_overview SET body = ? WHERE key = ?",
                arguments: [Data(overview.bytes()), key])
        }
        try queue.close()
    }

    @Test(arguments: [
        ["traces"], ["traces", "--slowest", "--limit", "7"], ["traces", "--errors"], ["traces", "--dropped"],
        ["metrics"],
    ])
    func aSavedOverviewDrawsWhatSimulatingTheRunDraws(view: [String]) throws {
        let saving = try Self.app()
        try #require(saving.run(Self.run).exitCode == 0)
        let fromSaved = saving.run(view)
        #expect(fromSaved.exitCode == 0)
        var simulating = saving
        simulating.buildIdentity = nil
        #expect(fromSaved.output == simulating.run(view).output)
        #expect(!fromSaved.output.isEmpty)
    }

    @Test func theViewsDrawTheSavedOverview() throws {
        var app = try Self.app()
        app.terminalColumns = 160
        try #require(app.run(Self.run).exitCode == 0)
        try Self.tamper(app, root: "saved overview")
        #expect(app.run(["traces", "--limit", "3"]).output.contains("saved overview"))
        #expect(app.run(["trace", "2"]).exitCode == 0)
        // Choosing a trace changes no run option: the saved overview still answers, marking it.
        let listed = app.run(["traces", "--dropped", "--limit", "3"]).output
        #expect(listed.contains("saved overview"))
        #expect(
            listed.split(separator: "\n").contains {
                $0.contains("◀ shown") && $0.drop { $0 == " " }.hasPrefix("2 ")
            })
    }

    @Test func anotherBuildOrAnotherRunIsSimulatedAgain() throws {
        let app = try Self.app()
        try #require(app.run(Self.run).exitCode == 0)
        try Self.tamper(app, root: "saved overview")
        var upgraded = app
        upgraded.buildIdentity = "build-2"
        #expect(!upgraded.run(["traces"]).output.contains("saved overview"))
        try #require(app.run(Self.run).exitCode == 0)
        try Self.tamper(app, root: "saved overview")
        try #require(app.run(["run", "--seed", "12"]).exitCode == 0)
        #expect(!app.run(["traces"]).output.contains("saved overview"))
    }

    @Test func anEditedScenarioFileIsSimulatedAgain() throws {
        let app = try Self.app()
        let file = app.dataDirectory.appendingPathComponent("mine.yaml")
        let original = try String(
            contentsOf: RepositoryPaths.root.appendingPathComponent("lessons/busy-checkout.yaml"),
            encoding: .utf8)
        try original.write(to: file, atomically: true, encoding: .utf8)
        try #require(app.run(["run", file.path, "--requests", "40", "--rate", "20"]).exitCode == 0)
        try Self.tamper(app, root: "saved overview")
        #expect(app.run(["metrics"]).exitCode == 0)
        #expect(app.run(["traces"]).output.contains("saved overview"))
        try (original + "\n# edited\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(!app.run(["traces"]).output.contains("saved overview"))
    }

    @Test func aDamagedOverviewIsSimulatedAgainAndReplaced() throws {
        let app = try Self.app()
        try #require(app.run(Self.run).exitCode == 0)
        let expected = app.run(["traces"]).output
        let queue = try DatabaseQueue(path: app.dataDirectory.appendingPathComponent("tracelab.sqlite").path)
        try queue.write { try $0.execute(sql: "UPDATE run_overview SET body = x'544c524f01ff'") }
        try queue.close()
        let again = app.run(["traces"])
        #expect(again.exitCode == 0)
        #expect(again.output == expected)
        #expect(again.errors.isEmpty)
    }

    @Test func aViewDoesNotWaitForAnotherWriterToSaveTheOverview() throws {
        var app = try Self.app()
        app.buildIdentity = nil
        try #require(app.run(Self.run).exitCode == 0)
        let expected = app.run(["traces"]).output
        app.buildIdentity = "build-1"
        let queue = try DatabaseQueue(path: app.dataDirectory.appendingPathComponent("tracelab.sqlite").path)
        try queue.inTransaction(.immediate) { _ in
            let listed = app.run(["traces"])
            #expect(listed.exitCode == 0)
            #expect(listed.output == expected)
            #expect(listed.errors.isEmpty)
            return .rollback
        }
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM run_overview") } == 0)
        try queue.close()
    }
}
