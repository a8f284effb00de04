import NIOCore
import Synchronization

/// The port a server bound, handed from Hummingbird's `onServerRunning` to whoever waits for it.
final class PortPromise: Sendable {
    private struct State {
        var port: Int?
        var waiters: [CheckedContinuation<Int?, Never>] = []
        var settled = false
    }

    private let state = Mutex(State())

    /// Records the channel's local port and wakes every waiter.
    func fulfil(_ channel: any Channel) {
        settle(channel.localAddress?.port)
    }

    /// Wakes every waiter with `port` (nil: the server never started); only the first call counts.
    func settle(_ port: Int?) {
        let waiters = state.withLock { state -> [CheckedContinuation<Int?, Never>] in
            guard !state.settled else { return [] }
            state.settled = true
            state.port = port
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(returning: port) }
    }

    /// The bound port, or nil when the server failed before listening.
    func port() async -> Int? {
        await withCheckedContinuation { continuation in
            let ready: Int?? = state.withLock { state in
                if state.settled { return .some(state.port) }
                state.waiters.append(continuation)
                return .none
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }
}
