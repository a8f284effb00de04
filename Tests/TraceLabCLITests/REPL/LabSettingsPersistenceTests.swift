import Testing

/// Lab settings outlive the invocation that changed them: `propagation off` in one, the
/// fragments in the next.
@Suite struct LabSettingsPersistenceTests {
    @Test func propagationOffInOneInvocationSplitsTheTraceInTheNext() throws {
        let app = try TestApp()
        let change = app.run(["propagation", "off", "gateway:billing"])
        #expect(change.exitCode == 0)
        #expect(change.output.contains("off at gateway:billing"))
        let trace = app.run(["trace"])
        #expect(trace.output.contains("trace 1 of 2"))
        #expect(trace.output.contains("trace 2 of 2"))
        #expect(trace.output.contains("root: billing POST /charges"))
        let headers = app.run(["headers"])
        #expect(headers.output.contains("gateway:billing · attempt 1"))
        #expect(headers.output.contains("sent:     nothing: propagation is off here"))
        #expect(headers.output.contains("billing started a new trace"))
        #expect(app.run(["boundaries"]).output.contains("off gateway:billing"))
    }

    @Test func offEverywhereThenOneBoundaryBackOn() throws {
        let app = try TestApp()
        _ = app.run(["propagation", "off", "all"])
        #expect(app.run(["trace"]).output.contains("trace 6 of 6"))
        _ = app.run(["propagation", "on", "billing:payment-provider"])
        #expect(app.run(["trace"]).output.contains("trace 4 of 4"))
        _ = app.run(["reset"])
        let whole = app.run(["trace"]).output
        #expect(!whole.contains("trace 1 of"))
        #expect(whole.contains("propagation on everywhere"))
    }

    @Test func settingsChangedAtThePromptHoldInTheNextSession() throws {
        let app = try TestApp()
        let first = app.repl(["propagation off enrollment:notification-worker", "quit"])
        #expect(first.errors.isEmpty)
        let second = app.repl(["trace"])
        #expect(second.output.hasPrefix("Welcome back"))
        #expect(second.output.contains("trace 2 of 2"))
        #expect(second.output.contains("root: notification-worker"))
    }

    @Test func runWithOptionsBecomesTheLabBench() throws {
        let app = try TestApp()
        _ = app.run(["run", "--propagation", "off", "--seed", "99"])
        let trace = app.run(["trace"])
        #expect(trace.output.contains("propagation off everywhere · seed 99"))
        #expect(trace.output.contains("trace 6 of 6"))
    }

    @Test func anUnknownBoundaryChangesNothing() throws {
        let app = try TestApp()
        let result = app.run(["propagation", "off", "billing:gateway"])
        #expect(result.exitCode == 64)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains("gateway:billing"))
        #expect(app.run(["boundaries"]).output.contains("propagation on everywhere"))
    }
}
