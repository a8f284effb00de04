import Foundation

extension AppEnvironment {
    /// The environment's clock as Unix nanoseconds, the unit spans use.
    var nowNanos: @Sendable () -> UInt64 {
        let now = self.now
        return { UInt64(max(0, now().timeIntervalSince1970 * 1e9)) }
    }
}
