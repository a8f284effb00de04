import Foundation

/// How user requests are spread over time.
public enum ArrivalPattern: String, Hashable, Sendable, Codable, CaseIterable {
    /// A Poisson process: independent arrivals, exponential gaps averaging 1/rate.
    case poisson
    /// Exactly 1/rate apart.
    case even

    /// The arrival instants, in nanoseconds after the first, of `count` requests at `rate` per
    /// second; Poisson gaps are drawn from `generator`. The first request arrives at 0.
    public func offsets(count: Int, rate: Double, generator: inout SplitMix64) -> [UInt64] {
        var offsets: [UInt64] = []
        offsets.reserveCapacity(count)
        var seconds = 0.0
        for index in 0..<count {
            if index > 0 {
                switch self {
                case .even:
                    seconds = Double(index) / rate
                case .poisson:
                    // A uniform number in (0, 1], so the logarithm is finite.
                    let uniform = Double(generator.next() >> 11 + 1) / Double(1 << 53)
                    seconds += -log(uniform) / rate
                }
            }
            offsets.append(UInt64((seconds * 1e9).rounded()))
        }
        return offsets
    }
}
