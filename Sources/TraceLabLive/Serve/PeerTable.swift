import Synchronization

/// The ports of the other service processes, known once the parent has started them all.
/// Requests that arrive earlier wait for it.
public final class PeerTable: Sendable {
    private struct State {
        var ports: [String: Int]?
        var waiters: [CheckedContinuation<[String: Int], Never>] = []
    }

    private let state = Mutex(State())

    /// Creates an empty table.
    public init() {}

    /// Sets the ports and wakes everyone waiting.
    public func set(_ ports: [String: Int]) {
        let waiters = state.withLock { state in
            state.ports = ports
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(returning: ports) }
    }

    /// The port of `service`, once known.
    public func port(of service: String) async -> Int? {
        let ports = await withCheckedContinuation { continuation in
            let known: [String: Int]? = state.withLock { state in
                if let ports = state.ports { return ports }
                state.waiters.append(continuation)
                return nil
            }
            if let known { continuation.resume(returning: known) }
        }
        return ports[service]
    }
}
