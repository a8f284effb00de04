import AsyncHTTPClient
import Hummingbird
import NIOCore
import Testing
import TraceLabCore
import TraceLabExercise

@Suite("TraceLab's own exercise endpoint", .timeLimit(.minutes(2)))
struct EndpointTests {
    @Test("passes every rule at level 1 and level 2", arguments: [1, 2])
    func passes(level: Int) async throws {
        let server = try await PropagationExerciseEndpoint(ids: SeededIDSource(seed: 7)).start()
        let report = try await PropagationHarness().run(serviceURL: server.url + "/", level: level)
        await server.stop()
        #expect(report.maxScore == PropagationRule.checked(atLevel: level).count)
        #expect(report.passed, "\(report.results.compactMap(\.message))")
    }

    @Test("answers 400 to a body that is not the contract's array")
    func badBody() async throws {
        let client = PropagationExerciseEndpoint.makeClient()
        let server = try await PropagationExerciseEndpoint().start()
        var request = HTTPClientRequest(url: server.url + "/")
        request.method = .POST
        request.body = .bytes(ByteBuffer(string: #"{"url": "http://127.0.0.1:1/"}"#))
        let response = try await client.execute(request, timeout: .seconds(10))
        await server.stop()
        try await client.shutdown()
        #expect(response.status.code == 400)
    }

    @Test("a port already in use is an error at start")
    func portTaken() async throws {
        let first = try await PropagationExerciseEndpoint().start()
        await #expect(throws: (any Error).self) {
            _ = try await PropagationExerciseEndpoint(port: first.port).start()
        }
        await first.stop()
    }
}
