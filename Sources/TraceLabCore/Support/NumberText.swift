/// Renders numbers for reports the same way everywhere, whatever the locale.
public enum NumberText {
    /// `value` rounded to at most two decimals with trailing zeros dropped: `2`, `0.5`, `66.67`, `-1`.
    /// Non-finite values render as `nan`, `inf` or `-inf`.
    public static func compact(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        let hundredths = (value * 100).rounded()
        guard abs(hundredths) < 9e17 else { return String(value) }
        let scaled = Int64(hundredths)
        let sign = scaled < 0 ? "-" : ""
        let whole = scaled.magnitude / 100
        let fraction = scaled.magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        if fraction % 10 == 0 { return sign + String(whole) + "." + String(fraction / 10) }
        return sign + String(whole) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// `2800`, `0.5`, `2.75`.
    public static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// A percentage rounded to a whole number: `67%`.
    public static func percent(_ value: Double) -> String {
        value.isFinite ? "\(Int(value.rounded()))%" : "-"
    }
}
