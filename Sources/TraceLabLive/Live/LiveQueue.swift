import AsyncHTTPClient
import Foundation
import NIOCore
import Synchronization

/// The live lab's message queue, run by the parent: it holds each message for its delay, then
/// delivers it to the consumer's process. The message, trace context in its metadata, is the
/// delivery's body; the delivery request itself carries no trace headers.
final class LiveQueue: Sendable {
    private struct State {
        var pending = 0
        var failures: [String] = []
    }

    private let state = Mutex(State())
    private let ports: @Sendable (String) -> Int?

    /// Creates a queue that finds consumers' ports with `ports`.
    init(ports: @escaping @Sendable (String) -> Int?) {
        self.ports = ports
    }

    /// Accepts `message` and delivers it later, in the background.
    func accept(_ message: QueuedMessage) {
        state.withLock { $0.pending += 1 }
        Task {
            await RealWait.wait(nanos: message.holdNanos)
            let failure = await deliver(message)
            state.withLock { state in
                state.pending -= 1
                if let failure { state.failures.append(failure) }
            }
        }
    }

    /// Messages accepted and not yet handled by their consumer.
    var pending: Int { state.withLock { $0.pending } }

    /// Deliveries that failed, one line each.
    var failures: [String] { state.withLock { $0.failures } }

    private func deliver(_ message: QueuedMessage) async -> String? {
        guard let port = ports(message.consumer) else {
            return "no process consumes \(message.topic) for \(message.consumer)"
        }
        guard let body = try? JSONEncoder().encode(message) else { return "cannot encode a message" }
        return await UntracedHTTPClient.with { client -> String? in
            var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(LiveRoute.deliveryPath)")
            request.method = .POST
            request.headers.add(name: "content-type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
            do {
                let response = try await client.execute(request, timeout: .seconds(120))
                _ = try await response.body.collect(upTo: 64 * 1024)
                return response.status.code < 300
                    ? nil : "\(message.consumer) refused a \(message.topic) message (\(response.status.code))"
            } catch {
                return
                    "cannot deliver \(message.topic) to \(message.consumer): \(TextCleaning.oneLine("\(error)", limit: 120))"
            }
        }
    }
}
