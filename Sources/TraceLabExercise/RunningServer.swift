import Hummingbird
import Logging
import NIOCore

/// A Hummingbird application listening on a real socket, started in the background: its address,
/// and ``stop()`` to shut it down. Port 0 asks the system for a free port; ``port`` is the one
/// it gave.
public struct RunningServer: Sendable {
    /// The host the server listens on, as given.
    public let host: String
    /// The port it listens on.
    public let port: Int
    private let task: Task<Void, any Error>
    private let afterStop: @Sendable () async -> Void

    /// The server's base URL, `http://host:port`.
    public var url: String { "http://\(host):\(port)" }

    /// Starts `router` on `host:port` and returns once the socket listens; throws when it cannot
    /// bind (the port is taken, the host is not an address of this machine). `afterStop` runs
    /// once the server has shut down (to close clients its handlers use).
    public static func start(
        _ router: Router<BasicRequestContext>, host: String, port: Int,
        afterStop: @escaping @Sendable () async -> Void = {}
    ) async throws -> RunningServer {
        let (listening, continuation) = AsyncStream<Int?>.makeStream()
        let application = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port)
                continuation.finish()
            },
            logger: quietLogger)
        let task = Task {
            defer { continuation.finish() }
            try await application.run()
        }
        var port: Int?
        for await announced in listening {
            port = announced
        }
        guard let port else {
            try await task.value
            throw ServerStartError(host: host)
        }
        return RunningServer(host: host, port: port, task: task, afterStop: afterStop)
    }

    /// Stops accepting connections, lets requests in flight finish, and returns when the server
    /// has shut down.
    public func stop() async {
        task.cancel()
        _ = try? await task.value
        await afterStop()
    }

    /// A logger that writes nothing: the command's output is its report.
    static let quietLogger = Logger(label: "tracelab.exercise") { _ in SwiftLogNoOpLogHandler() }
}

/// The server stopped before it listened, without saying why.
public struct ServerStartError: Error, CustomStringConvertible {
    /// The host it tried.
    public let host: String

    /// One line for the user.
    public var description: String { "the server on \(host) stopped before it listened" }
}
