/// Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value
/// at rank ⌈p·n/100⌉ (1-based), always one of the values measured.
public enum Percentile {
    /// The `percent`-th percentile of `sorted` (ascending), or 0 for no values.
    public static func of(_ percent: Double, sorted: [UInt64]) -> UInt64 {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }
}
