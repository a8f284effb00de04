import Foundation
import Testing

/// The "Done when" list of the many-request lab, through the command grammar.
@Suite struct ManyRequestsTests {
    @Test func twoHundredCheckoutsReportTwoHundredTracesAndRepeatByteForByte() throws {
        let app = try TestApp()
        let arguments = ["run", "checkout", "--requests", "200", "--rate", "50", "--seed", "7", "--format"]
        let json = app.run(arguments + ["json"])
        try #require(json.exitCode == 0)
        let report = try app.decode(RunReportMirror.self, from: json)
        #expect(report.traces.count == 200)
        #expect(
            report.metrics.first { $0.service == "gateway" && $0.operation == "POST /checkout" }?.count == 200
        )
        #expect(app.run(arguments + ["json"]).output == json.output)
        let otlp = app.run(arguments + ["otlp"])
        #expect(otlp.exitCode == 0)
        #expect(try TestApp().run(arguments + ["otlp"]).output == otlp.output)
    }

    @Test func oneCheckoutChargesPaymentProviderItsOwnTime() throws {
        let app = try TestApp()
        let report = try app.decode(
            RunReportMirror.self, from: app.run(["run", "checkout", "--format", "json"]))
        #expect(report.criticalPathByService.first { $0.service == "payment-provider" }?.ms == 1370)
        let lost = try app.decode(
            RunReportMirror.self,
            from: app.run(["run", "checkout", "--off", "gateway:billing", "--format", "json"]))
        #expect(lost.dominantService == "billing")
        #expect(lost.lostCrossings.map(\.candidates) == [1])
    }

    @Test func lostCrossingsUnderLoadHaveSeveralCandidates() throws {
        let app = try TestApp()
        let report = try app.decode(
            RunReportMirror.self,
            from: app.run([
                "run", "checkout", "--off", "gateway:billing", "--requests", "50", "--rate", "25", "--format",
                "json",
            ]))
        #expect(report.lostCrossings.count == 50)
        #expect(report.lostCrossings.contains { $0.candidates > 1 })
    }

    @Test func metricsLogsAndTracesWorkInTheShellAndAnExemplarOpens() throws {
        let app = try TestApp()
        #expect(
            app.run(["run", "busy-checkout", "--requests", "60", "--rate", "5", "--seed", "3"]).exitCode == 0)
        let metrics = app.run(["metrics"])
        #expect(metrics.exitCode == 0)
        #expect(metrics.output.contains("Latency of POST /checkout (gateway), 60 requests"))
        let exemplar = try #require(
            metrics.output.split(separator: "\n").last { $0.contains("█") }?.split(separator: " ").last)
        let opened = app.run(["trace", String(exemplar)])
        #expect(opened.exitCode == 0)
        #expect(opened.output.contains("as chosen with 'trace'"))
        #expect(app.run(["waterfall"]).output.contains("trace \(exemplar.prefix(8))"))
        let traces = app.run(["traces", "--slowest", "--limit", "3"])
        #expect(traces.exitCode == 0)
        #expect(traces.output.contains("3 of 60 traces"))
        let logs = app.run(["logs", "--service", "billing"])
        #expect(logs.output.contains("charging the card"))
        #expect(!logs.output.contains("sending the receipt"))
        #expect(app.run(["logs", "--service", "nobody"]).exitCode == 64)
        #expect(app.run(["trace", "9999"]).exitCode == 64)
    }

    @Test func theSameWordsWorkAtThePrompt() throws {
        let app = try TestApp()
        let session = app.repl([
            "run checkout --requests 20 --rate 10", "traces --limit 2", "metrics", "logs", "quit",
        ])
        #expect(session.output.contains("2 of 20 traces"))
        #expect(session.output.contains("Latency of POST /checkout (gateway), 20 requests"))
        #expect(session.output.contains("No log lines"))
    }

    @Test func logsAsJSON() throws {
        let app = try TestApp()
        _ = app.run(["run", "busy-checkout", "--requests", "3"])
        struct Logs: Decodable {
            struct Record: Decodable {
                let service: String
                let message: String
                let traceId: String?
                let timeUnixNano: String
            }
            let logs: [Record]
        }
        let logs = try app.decode(Logs.self, from: app.run(["logs", "--format", "json"]))
        #expect(!logs.logs.isEmpty)
        #expect(logs.logs.allSatisfy { $0.traceId?.count == 32 })
    }
}
