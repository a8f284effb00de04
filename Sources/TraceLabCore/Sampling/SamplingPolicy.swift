/// Which traces a tracing pipeline keeps, as a learner types it: `all`, `none`, `head:10%`, or
/// `tail:errors,slow=2s,rest=5%`.
public enum SamplingPolicy: Hashable, Sendable {
    /// Every trace is recorded (full fidelity).
    case all
    /// No trace is recorded.
    case none
    /// The first service of a trace decides from the trace id, keeping this fraction (0...1);
    /// the decision travels in the `traceparent` flags.
    case head(ratio: Double)
    /// Every span is recorded and held at the collector until its trace is complete, then the
    /// whole trace is kept or dropped by these rules.
    case tail(TailRules)

    /// The rules of a tail policy; a trace is kept when any rule keeps it.
    public struct TailRules: Hashable, Sendable {
        /// Keep every trace with a failed span.
        public var errors: Bool
        /// Keep every trace whose request took longer than this, in nanoseconds.
        public var slowerThanNanos: UInt64?
        /// Keep this fraction (0...1) of the traces no other rule kept, chosen from the trace id.
        public var rest: Double
        /// How long the collector waits after a trace's last span before deciding, in nanoseconds.
        public var decisionWaitNanos: UInt64

        /// The collector's wait when the policy names none: 5 s.
        public static let defaultDecisionWaitNanos: UInt64 = 5_000_000_000

        /// Creates rules.
        public init(
            errors: Bool = false, slowerThanNanos: UInt64? = nil, rest: Double = 0,
            decisionWaitNanos: UInt64 = TailRules.defaultDecisionWaitNanos
        ) {
            self.errors = errors
            self.slowerThanNanos = slowerThanNanos
            self.rest = rest
            self.decisionWaitNanos = decisionWaitNanos
        }
    }

    /// True for ``tail(_:)``.
    public var isTail: Bool {
        if case .tail = self { return true }
        return false
    }

    /// The decision a service makes when it starts a trace (or decides on its own): tail
    /// policies record everything and decide later.
    public func headDecision(for traceID: TraceID) -> Bool {
        switch self {
        case .all, .tail: true
        case .none: false
        case .head(let ratio): TraceIDRatio.keeps(traceID, ratio: ratio)
        }
    }
}

extension SamplingPolicy: CustomStringConvertible {
    /// The policy as typed: `head:10%`, `tail:errors,slow=2s,rest=5%`.
    public var description: String {
        switch self {
        case .all: return "all"
        case .none: return "none"
        case .head(let ratio): return "head:" + Self.percent(ratio)
        case .tail(let rules):
            var parts: [String] = []
            if rules.errors { parts.append("errors") }
            if let slow = rules.slowRule { parts.append(slow) }
            if rules.rest > 0 || parts.isEmpty { parts.append("rest=" + Self.percent(rules.rest)) }
            if rules.decisionWaitNanos != TailRules.defaultDecisionWaitNanos {
                parts.append("wait=" + Self.duration(rules.decisionWaitNanos))
            }
            return "tail:" + parts.joined(separator: ",")
        }
    }

    /// `10%`, `0.5%`, `100%`.
    static func percent(_ ratio: Double) -> String {
        let value = (ratio * 100 * 1000).rounded() / 1000
        if value == value.rounded() { return "\(Int(value))%" }
        return "\(value)%"
    }

    /// `2s`, `800ms`, `1.5s`: a form ``DurationText/nanoseconds(_:)`` reads back.
    static func duration(_ nanos: UInt64) -> String {
        if nanos % 1_000_000_000 == 0 { return "\(nanos / 1_000_000_000)s" }
        if nanos % 1_000_000 == 0 { return "\(nanos / 1_000_000)ms" }
        if nanos % 1000 == 0 { return "\(nanos / 1000)us" }
        return "\(nanos)ns"
    }
}

extension SamplingPolicy.TailRules {
    /// The rule for slow traces as typed (`slow=4s`), or nil when there is none.
    public var slowRule: String? {
        slowerThanNanos.map { "slow=" + SamplingPolicy.duration($0) }
    }
}

extension SamplingPolicy: Codable {
    /// Decodes the typed form.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        switch SamplingPolicy.parse(text) {
        case .success(let policy): self = policy
        case .failure(let error):
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    /// Encodes the typed form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
