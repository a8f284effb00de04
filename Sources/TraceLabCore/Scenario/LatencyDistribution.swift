import Foundation

/// A duration that varies from one invocation to the next: a log-normal distribution given by
/// its median and its 99th percentile, the two figures a latency dashboard shows.
///
/// Log-normal keeps every draw positive and gives the long right tail real services have.
public struct LatencyDistribution: Hashable, Sendable {
    /// Half the draws are shorter than this, in nanoseconds.
    public var medianNanos: UInt64
    /// 99 % of the draws are shorter than this, in nanoseconds; at least the median.
    public var p99Nanos: UInt64

    /// The 99th percentile of the standard normal distribution.
    static let z99 = 2.326_347_874_040_841

    /// Creates a distribution; a 99th percentile below the median is raised to it.
    public init(medianNanos: UInt64, p99Nanos: UInt64) {
        self.medianNanos = medianNanos
        self.p99Nanos = max(medianNanos, p99Nanos)
    }

    /// The duration for two uniform numbers in `(0, 1]` and `[0, 1)`, by the Box–Muller transform.
    public func sample(_ u1: Double, _ u2: Double) -> UInt64 {
        guard medianNanos > 0 else { return 0 }
        let normal = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
        let mu = log(Double(medianNanos))
        let sigma = p99Nanos > medianNanos ? (log(Double(p99Nanos)) - mu) / Self.z99 : 0
        let value = exp(mu + sigma * normal)
        // A draw is capped at a hundred times the 99th percentile, far beyond anything seen in practice.
        return UInt64(min(value, Double(p99Nanos) * 100).rounded())
    }
}
