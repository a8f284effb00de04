/// Durations as content files write them: a number and a unit (`ns`, `us`, `ms`, `s`, `m`).
public enum DurationText {
    /// Nanoseconds for `text` (`800ms`, `1.5s`, `0`), or nil when it is not a duration.
    public static func nanoseconds(_ text: String) -> UInt64? {
        let trimmed = String(text.trimmingWhitespace)
        if trimmed == "0" { return 0 }
        let units: [(suffix: String, nanos: Double)] = [
            ("ns", 1), ("us", 1_000), ("µs", 1_000), ("ms", 1_000_000), ("s", 1_000_000_000),
            ("m", 60_000_000_000),
        ]
        for unit in units where trimmed.hasSuffix(unit.suffix) {
            let number = trimmed.dropLast(unit.suffix.count).trimmingWhitespace
            guard let value = Double(number), value.isFinite, value >= 0, value * unit.nanos < 1e18 else {
                return nil
            }
            return UInt64((value * unit.nanos).rounded())
        }
        return nil
    }

    /// A short human form: `2.8 s`, `900 ms`, `15 µs`.
    public static func format(nanos: UInt64) -> String {
        let value = Double(nanos)
        if nanos >= 1_000_000_000 { return trimmed(value / 1e9) + " s" }
        if nanos >= 1_000_000 { return trimmed(value / 1e6) + " ms" }
        if nanos >= 1_000 { return trimmed(value / 1e3) + " µs" }
        return "\(nanos) ns"
    }

    private static func trimmed(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
