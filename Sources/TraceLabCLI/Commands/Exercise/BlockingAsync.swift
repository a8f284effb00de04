import Foundation
import Synchronization

/// Runs async work to completion from a synchronous command: the grammar's commands are
/// synchronous, the exercise's HTTP work is not. The work runs on the concurrency pool while the
/// calling thread waits.
enum BlockingAsync {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let result = Outcome<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            let outcome: Result<T, any Error>
            do {
                outcome = .success(try await work())
            } catch {
                outcome = .failure(error)
            }
            result.value.withLock { $0 = outcome }
            done.signal()
        }
        done.wait()
        return try result.value.withLock { $0! }.get()
    }

    /// Where the task leaves its result for the waiting thread.
    private final class Outcome<T: Sendable>: Sendable {
        let value = Mutex<Result<T, any Error>?>(nil)
    }
}
