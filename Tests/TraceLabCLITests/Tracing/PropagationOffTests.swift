import Testing

/// Turning propagation off splits the checkout into traces, and the run names every crossing
/// where the context was lost.
@Suite struct PropagationOffTests {
    @Test func offEverywhereGivesSixTracesAndNamesEveryLostCrossing() throws {
        let app = try TestApp()
        let result = app.run(["run", "checkout", "--propagation", "off", "--format", "json"])
        #expect(result.exitCode == 0)
        let report = try app.decode(RunReportMirror.self, from: result)
        #expect(report.traceCount == 6)
        #expect(report.traces.count == 6)
        #expect(Set(report.traces.map(\.traceId)).count == 6)
        let lost = report.lostCrossings.map(\.boundary)
        #expect(
            lost.sorted() == [
                "billing:payment-provider", "billing:payment-provider", "enrollment:notification-worker",
                "gateway:billing", "gateway:enrollment",
            ])
        let retried = report.lostCrossings.filter { $0.boundary == "billing:payment-provider" }
        #expect(retried.map(\.attempt).sorted() == [1, 2])
    }

    @Test func offEverywhereInTextNamesTheRetriedCallTwice() throws {
        let result = try TestApp().run(["run", "checkout", "--propagation", "off"])
        #expect(result.output.contains("6 traces"))
        #expect(result.output.contains("billing:payment-provider ×2"))
        for boundary in ["gateway:billing", "gateway:enrollment", "enrollment:notification-worker"] {
            #expect(result.output.contains(boundary))
        }
    }

    @Test(arguments: [
        ("gateway:billing", 2), ("billing:payment-provider", 3), ("gateway:enrollment", 2),
        ("enrollment:notification-worker", 2),
    ])
    func eachSingleBoundaryOff(boundary: String, expectedTraces: Int) throws {
        let app = try TestApp()
        let result = app.run(["run", "checkout", "--off", boundary, "--format", "json"])
        #expect(result.exitCode == 0)
        let report = try app.decode(RunReportMirror.self, from: result)
        #expect(report.traceCount == expectedTraces)
        #expect(Set(report.lostCrossings.map(\.boundary)) == [boundary])
        #expect(report.propagation.disabledBoundaries == [boundary])
    }

    @Test func queueBoundaryOffLeavesTheRequestWholeAndTheWorkerAlone() throws {
        let app = try TestApp()
        let result = app.run([
            "run", "checkout", "--off", "enrollment:notification-worker", "--format", "json",
        ])
        let report = try app.decode(RunReportMirror.self, from: result)
        #expect(report.traces.count == 2)
        let workerTrace = try #require(
            report.traces.first { $0.spans.contains { $0.service == "notification-worker" } })
        #expect(workerTrace.spans.map(\.service) == ["notification-worker"])
        #expect(report.userVisibleLatencyMs == 2800)
    }
}
