import AsyncHTTPClient
import Foundation
import NIOCore
import TraceLabCore

/// Sends the contract's requests with exactly the headers an exercise asks for: names in the
/// case given, repeated names as separate lines, values with their spaces and tabs. The client's
/// own tracing is switched off, so it never adds a `traceparent` of its own.
struct ServiceDriver {
    let client: HTTPClient
    let timeout: TimeAmount

    init(timeout: Duration) {
        var configuration = HTTPClient.Configuration()
        configuration.tracing.tracer = nil
        configuration.decompression = .disabled
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let (seconds, attoseconds) = timeout.components
        self.timeout = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// POSTs `body` to `url` with `headers` (and a JSON content type); the reply's status code.
    func post(_ url: String, headers: [ExerciseHeader], body: String) async -> ExchangeOutcome.Reply {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        for header in headers {
            request.headers.add(name: header.name, value: header.value)
        }
        request.headers.add(name: "content-type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: body))
        do {
            let response = try await client.execute(request, timeout: timeout)
            _ = try await response.body.collect(upTo: 1 << 20)
            return .status(Int(response.status.code))
        } catch let error as HTTPClientError where error == .deadlineExceeded {
            return .noResponse("no answer within \(timeout.nanoseconds / 1_000_000_000) s")
        } catch {
            return .noResponse(Self.describe(error))
        }
    }

    func shutdown() async {
        try? await client.shutdown()
    }

    private static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("connectionRefused") || text.contains("Connection refused") {
            return "connection refused"
        }
        return text
    }
}
