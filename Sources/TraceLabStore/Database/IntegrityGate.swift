import GRDB
import Synchronization

/// Runs `PRAGMA quick_check` once, before the first write through a pool, so nothing is ever
/// written into a damaged file: a file that fails the check is refused, byte for byte unchanged.
final class IntegrityGate: Sendable {
    private let pool: DatabasePool
    private let errors: StoreErrorMapping
    private let verified: Mutex<Bool>

    /// A gate for `pool`; `verified` is true when the file was already checked (or just created).
    init(pool: DatabasePool, errors: StoreErrorMapping, verified: Bool) {
        self.pool = pool
        self.errors = errors
        self.verified = Mutex(verified)
    }

    /// Throws ``StoreError/corrupt(path:)`` when the file is damaged; checks only once when it is not.
    func verify() throws(StoreError) {
        if verified.withLock({ $0 }) { return }
        let problems: [String]
        do {
            problems = try pool.read { try String.fetchAll($0, sql: "PRAGMA quick_check") }
        } catch {
            throw errors.map(error)
        }
        guard problems == ["ok"] else { throw .corrupt(path: errors.path) }
        verified.withLock { $0 = true }
    }
}
