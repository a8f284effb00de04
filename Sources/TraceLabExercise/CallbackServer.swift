import Hummingbird
import NIOCore
import TraceLabCore

/// The harness's side of the contract: a server on loopback that records the headers of every
/// `POST /callback/<token>` and answers 200 with an empty JSON array.
struct CallbackServer {
    let server: RunningServer
    let inbox: CallbackInbox

    static func start(host: String = "127.0.0.1") async throws -> CallbackServer {
        let inbox = CallbackInbox()
        let router = Router()
        router.post("/callback/{token}") { request, context -> Response in
            let token = context.parameters.get("token") ?? ""
            let headers = request.headers.map { ExerciseHeader($0.name.rawName, $0.value) }
            _ = try await request.body.collect(upTo: 1 << 20)
            await inbox.record(token, ReceivedCall(headers: headers))
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: "[]")))
        }
        return CallbackServer(
            server: try await RunningServer.start(router, host: host, port: 0), inbox: inbox)
    }

    /// The callback URL for `token`.
    func url(_ token: String) -> String {
        "\(server.url)/callback/\(token)"
    }
}
