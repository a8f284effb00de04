/// The ratio decision of OpenTelemetry's `TraceIdRatioBased` sampler: the trace id's last eight
/// bytes, shifted right by one, are compared with `ratio` × 2⁶³. Every service that decides
/// from the same trace id and ratio agrees, and a trace kept at 10 % is also kept at 50 %.
public enum TraceIDRatio {
    /// True when a sampler keeping `ratio` (0...1) of traces keeps `traceID`.
    public static func keeps(_ traceID: TraceID, ratio: Double) -> Bool {
        if ratio >= 1 { return true }
        if ratio <= 0 { return false }
        return traceID.low >> 1 < upperBound(ratio)
    }

    /// The bound below which the shifted random part keeps the trace.
    static func upperBound(_ ratio: Double) -> UInt64 {
        UInt64(ratio * Double(UInt64(1) << 63))
    }
}
