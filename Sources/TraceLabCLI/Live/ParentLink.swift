import Foundation
import Synchronization
import TraceLabLive

/// A `serve` process's standard input, which only its parent writes: the first line is the
/// other services' ports as JSON; end of file means the parent is done or gone. After end of
/// file the process has five seconds to ship its spans before it exits regardless.
final class ParentLink: Sendable {
    private let ended = Mutex<(done: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    init(peers: PeerTable, input: FileHandle = .standardInput) {
        let thread = Thread { [self] in
            var pending = Data()
            var sentPeers = false
            while case let chunk = input.availableData, !chunk.isEmpty {
                pending.append(chunk)
                if !sentPeers, let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = pending[pending.startIndex..<newline]
                    peers.set((try? JSONDecoder().decode([String: Int].self, from: Data(line))) ?? [:])
                    sentPeers = true
                }
            }
            if !sentPeers { peers.set([:]) }
            let waiters = self.ended.withLock { state in
                state.done = true
                defer { state.waiters = [] }
                return state.waiters
            }
            for waiter in waiters { waiter.resume() }
            DispatchQueue.global().asyncAfter(deadline: .now() + 5) { exit(0) }
        }
        thread.start()
    }

    /// Returns once standard input has ended.
    func ended() async {
        await withCheckedContinuation { continuation in
            let done = ended.withLock { state in
                if state.done { return true }
                state.waiters.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }
}
