import Testing

/// `run --format json` carries the documented keys with the checkout's numbers.
@Suite struct RunJSONReportTests {
    let report: RunReportMirror

    init() throws {
        let app = try TestApp()
        let result = app.run(["run", "checkout", "--format", "json"])
        try #require(result.exitCode == 0)
        report = try app.decode(RunReportMirror.self, from: result)
    }

    @Test func oneTraceWithEveryService() throws {
        #expect(report.scenario == "checkout")
        #expect(report.traceCount == 1)
        let trace = try #require(report.traces.first)
        #expect(trace.traceId.count == 32 && trace.traceId.allSatisfy(\.isHexDigit))
        #expect(trace.spans.count == 11)
        #expect(
            Set(trace.spans.map(\.service)) == [
                "gateway", "billing", "payment-provider", "enrollment", "notification-worker",
            ])
        #expect(report.lostCrossings.isEmpty)
    }

    @Test func latencyQueueWaitAndDominantService() {
        #expect(report.userVisibleLatencyMs == 2800)
        #expect(report.wholeTraceMs == 3720)
        #expect(report.queueWaitMs == 900)
        #expect(report.dominantService == "billing")
    }

    @Test func everyCrossingSentAndReceivedTheSameTraceparent() throws {
        #expect(report.crossings.count == 5)
        for crossing in report.crossings {
            let sent = try #require(crossing.sent["traceparent"])
            #expect(crossing.received["traceparent"] == sent)
            #expect(sent.hasPrefix("00-\(report.traces[0].traceId)-"))
            #expect(crossing.callerTraceId == crossing.calleeTraceId)
            #expect(!crossing.lostContext)
        }
    }

    @Test func criticalPathRunsThroughGatewayBillingAndEnrollment() throws {
        let services = report.criticalPath.map(\.service)
        #expect(services.first == "gateway")
        #expect(services.last == "gateway")
        #expect(Set(services) == ["gateway", "billing", "payment-provider", "enrollment"])
        let total = report.criticalPath.map(\.durationMs).reduce(0, +)
        #expect(abs(total - 2800) < 1)
        #expect(report.criticalPath.allSatisfy { !$0.name.isEmpty })
    }

    @Test func theTimedOutAttemptIsTheOnlyError() throws {
        let errors = report.traces.flatMap(\.spans).filter { $0.status.code == "error" }
        let failed = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(failed.service == "billing" && failed.kind == "client" && failed.durationMs == 800)
    }
}
