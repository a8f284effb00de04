/// How many user requests a lab run sends and how they arrive: one request by default, the
/// single checkout of the lesson.
public struct LoadSettings: Hashable, Sendable, Codable {
    /// How many requests (at least 1).
    public var requests: Int
    /// Requests per second on average.
    public var ratePerSecond: Double
    /// How arrivals are spread.
    public var arrivals: ArrivalPattern

    /// One request.
    public static let single = LoadSettings(
        requests: 1, ratePerSecond: RunOptions.defaultRate, arrivals: .poisson)

    /// Creates settings.
    public init(requests: Int, ratePerSecond: Double, arrivals: ArrivalPattern) {
        self.requests = requests
        self.ratePerSecond = ratePerSecond
        self.arrivals = arrivals
    }
}
