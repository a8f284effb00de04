import Dispatch
import Synchronization

/// Runs async work from the synchronous command grammar: the calling thread waits while the
/// work runs on Swift's concurrency threads.
public enum AsyncBridge {
    /// Runs `body` to completion and returns its result or rethrows its error.
    public static func wait<T: Sendable, Failure: Error>(
        _ body: @escaping @Sendable () async throws(Failure) -> T
    ) throws(Failure) -> T {
        let outcome = Mutex<Result<T, Failure>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            let result: Result<T, Failure>
            do throws(Failure) {
                result = .success(try await body())
            } catch {
                result = .failure(error)
            }
            outcome.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        return try outcome.withLock { $0! }.get()
    }
}
