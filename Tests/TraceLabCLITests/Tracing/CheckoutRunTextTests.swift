import Testing

/// `run checkout` as a person reads it: every service, the 2.8 s wait, the 900 ms queue wait,
/// the timed-out payment attempt and billing dominating.
@Suite struct CheckoutRunTextTests {
    let result: CommandResult

    init() throws {
        result = try TestApp().run(["run", "checkout"])
    }

    @Test func succeedsQuietly() {
        #expect(result.exitCode == 0)
        #expect(result.errors.isEmpty)
    }

    @Test(arguments: ["gateway", "billing", "payment-provider", "enrollment", "notification-worker"])
    func showsEveryService(service: String) {
        #expect(result.output.contains(service))
    }

    @Test func showsTheWaitAndTheQueueDelay() {
        #expect(result.output.contains("user waited   2.8 s"))
        #expect(result.output.contains("waited 900 ms in the queue"))
    }

    @Test func marksTheTimedOutAttemptAsAnError() throws {
        let attemptLines = result.output.split(separator: "\n").filter {
            $0.contains("billing POST payment-provider /") && $0.contains("(client)")
        }
        #expect(attemptLines.count == 2)
        let first = try #require(attemptLines.first)
        #expect(first.contains("800 ms") && first.contains("ERROR"))
        #expect(!(attemptLines.last?.contains("ERROR") ?? true))
        #expect(result.output.contains("timed out after 800 ms"))
    }

    @Test func namesBillingAsDominant() {
        #expect(result.output.contains("billing dominates"))
        #expect(result.output.contains("1 trace: every service joined"))
    }
}
