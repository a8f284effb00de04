/// Reads a trace question's load options (`requests`, `rate`, `arrivals`, `seed`), recording a
/// problem at the line of each bad one so `tracelab check` reports them all at once.
enum TraceRunLoadReader {
    /// The question's load (defaults for the options not written), or nil when any option has
    /// a problem; problems go into `collector`.
    static func load(_ reader: ContentReader, into collector: inout ProblemCollector) -> TraceRunLoad? {
        let requests = collector.attempt { () throws(ContentError) in
            try reader.optionalInt("requests", in: 1...ScenarioLimits.maxRequests)
        }
        let rate = collector.attempt { () throws(ContentError) in try self.rate(reader) }
        let arrivals = collector.attempt { () throws(ContentError) in try self.arrivals(reader) }
        let seed = collector.attempt { () throws(ContentError) in try self.seed(reader) }
        guard let requests, let rate, let arrivals, let seed else { return nil }
        let defaults = TraceRunLoad()
        return TraceRunLoad(
            requests: requests ?? defaults.requests, ratePerSecond: rate ?? defaults.ratePerSecond,
            arrivals: arrivals ?? defaults.arrivals, seed: seed ?? defaults.seed)
    }

    private static func rate(_ reader: ContentReader) throws(ContentError) -> Double? {
        guard let rate = try reader.optionalDouble("rate") else { return nil }
        guard rate > 0 else {
            throw reader.error(
                at: "rate",
                "'rate' in \(reader.context) must be a positive number of requests per second, not '\(NumberText.format(rate))'"
            )
        }
        return rate
    }

    private static func arrivals(_ reader: ContentReader) throws(ContentError) -> ArrivalPattern? {
        guard let arrivals = try reader.optionalString("arrivals") else { return nil }
        guard let pattern = ArrivalPattern(rawValue: arrivals.lowercased()) else {
            let allowed = ArrivalPattern.allCases.map(\.rawValue).joined(separator: ", ")
            throw reader.error(
                at: "arrivals", "'arrivals' in \(reader.context) must be one of \(allowed), not '\(arrivals)'"
            )
        }
        return pattern
    }

    private static func seed(_ reader: ContentReader) throws(ContentError) -> UInt64? {
        guard let seed = try reader.optionalString("seed") else { return nil }
        guard let value = UInt64(seed) else {
            throw reader.error(
                at: "seed",
                "'seed' in \(reader.context) must be a whole number from 0 to \(UInt64.max), not '\(seed)'")
        }
        return value
    }
}
