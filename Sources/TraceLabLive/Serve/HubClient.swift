import AsyncHTTPClient
import Foundation
import NIOCore

/// A service process's untraced line to the parent's hub: the queue and the crossing reports
/// (spans go through ``OTLPHTTPExporter``).
struct HubClient: Sendable {
    let port: Int

    var tracesEndpoint: String { "http://127.0.0.1:\(port)/v1/traces" }

    /// Hands `message` to the queue; returns why that failed, or nil.
    func enqueue(_ message: QueuedMessage) async -> String? {
        await post(path: LiveHubPaths.queue, json: message)
    }

    /// Reports crossing halves; returns why that failed, or nil.
    func report(_ report: CrossingReport) async -> String? {
        await post(path: LiveHubPaths.crossings, json: report)
    }

    private func post(path: String, json: some Encodable) async -> String? {
        guard let data = try? JSONEncoder().encode(json) else { return "cannot encode the request" }
        return await UntracedHTTPClient.with { client -> String? in
            var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
            request.method = .POST
            request.headers.add(name: "content-type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: data))
            do {
                let response = try await client.execute(request, timeout: .seconds(10))
                _ = try await response.body.collect(upTo: 64 * 1024)
                return (200..<300).contains(response.status.code)
                    ? nil : "the hub answered \(response.status.code)"
            } catch {
                return "the hub cannot be reached (\(TextCleaning.oneLine("\(error)", limit: 120)))"
            }
        }
    }
}

/// The paths of the parent's hub beside `/v1/traces`.
enum LiveHubPaths {
    static let queue = "/v1/tracelab/queue"
    static let crossings = "/v1/tracelab/crossings"
}
