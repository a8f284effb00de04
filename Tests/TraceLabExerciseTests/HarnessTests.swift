import AsyncHTTPClient
import Hummingbird
import Testing
import TraceLabCore
import TraceLabExercise

@Suite("the propagation harness against reference services", .serialized, .timeLimit(.minutes(3)))
struct HarnessTests {
    static let level1 = Set(PropagationRule.checked(atLevel: 1))

    static let expectedFailures: [(ReferenceBehavior, Set<PropagationRule>)] = [
        (.correct, []),
        (.doesNotForward, level1),
        (.reusesIncomingParentID, [.continueTrace, .newParentPerCall]),
        (.dropsTracestate, [.forwardTracestate]),
        (.forwardsInvalidTraceparent, [.invalidTraceparentStartsTrace]),
        (.forwardsTwoTraceparents, [.twoTraceparentsStartTrace]),
    ]

    @Test("each reference service fails exactly the rules it breaks, each named", arguments: expectedFailures)
    func referenceServices(behavior: ReferenceBehavior, failing: Set<PropagationRule>) async throws {
        let client = PropagationExerciseEndpoint.makeClient()
        let service = try await ReferenceService.start(behavior, client: client)
        let report = try await PropagationHarness().run(serviceURL: service.url + "/", level: 1)
        await service.stop()
        try await client.shutdown()

        #expect(report.results.map(\.rule) == PropagationRule.checked(atLevel: 1))
        #expect(Set(report.results.filter { $0.verdict != .passed }.map(\.rule)) == failing)
        #expect(!report.results.contains { $0.verdict == .error }, "\(report.results.compactMap(\.message))")
        #expect(report.passed == failing.isEmpty)
        for result in report.results where result.verdict == .failed {
            #expect(result.message?.contains(result.rule.explanation) == true)
            #expect(result.exchange != nil)
        }
    }

    @Test("a broken service's failure names the ids involved")
    func failureDetail() async throws {
        let client = PropagationExerciseEndpoint.makeClient()
        let service = try await ReferenceService.start(.reusesIncomingParentID, client: client)
        let report = try await PropagationHarness().run(serviceURL: service.url + "/", level: 1)
        await service.stop()
        try await client.shutdown()

        let result = try #require(report.results.first { $0.rule == .continueTrace })
        #expect(
            result.problem
                == "call 1 reused the incoming parent id \(PropagationExercise.parentID); send the id of the service's own span"
        )
        let call = try #require(result.received.first ?? nil)
        #expect(
            call.headers.values(named: "traceparent").first?.contains(PropagationExercise.parentID) == true)
    }

    @Test("nothing listening: every case is a contract error, none a rule failure")
    func unreachable() async throws {
        let closed = try await RunningServer.start(Router(), host: "127.0.0.1", port: 0)
        await closed.stop()
        let report = try await PropagationHarness(requestTimeout: .seconds(5)).run(
            serviceURL: closed.url + "/", level: 1)
        #expect(report.results.allSatisfy { $0.verdict == .error })
        #expect(report.results.first?.problem?.hasPrefix("the service did not answer") == true)
    }
}
