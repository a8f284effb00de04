import Foundation

/// Waits for SIGINT or SIGTERM, which meanwhile no longer end the process, so a server can stop
/// cleanly.
enum InterruptSignal {
    static func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            SignalWaiter(continuation).listen(to: [SIGINT, SIGTERM])
        }
    }
}

/// Resumes its continuation at the first of the signals, then cancels its signal sources (which
/// keep it alive until then). Its state is only touched under its lock.
private final class SignalWaiter: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Void, Never>?
    private var sources: [any DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "tracelab.signals")

    init(_ continuation: CheckedContinuation<Void, Never>) {
        self.continuation = continuation
    }

    func listen(to signals: [Int32]) {
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { self.fire() }
            lock.withLock { sources.append(source) }
            source.resume()
        }
    }

    private func fire() {
        let (continuation, sources) = lock.withLock {
            defer {
                self.continuation = nil
                self.sources = []
            }
            return (self.continuation, self.sources)
        }
        for source in sources { source.cancel() }
        continuation?.resume()
    }
}
