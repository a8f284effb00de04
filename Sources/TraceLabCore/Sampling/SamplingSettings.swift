/// How a run samples: the policy every service applies when it starts a trace (and, for tail
/// policies, the collector's rules), plus services that ignore their parent's decision and
/// apply a policy of their own.
public struct SamplingSettings: Hashable, Sendable, Codable {
    /// The pipeline's policy.
    public var policy: SamplingPolicy
    /// Services that decide on their own instead of following the sampled flag they receive,
    /// by service name. Only `all`, `none` and `head:` policies; a service cannot tail-sample.
    public var samplers: [String: SamplingPolicy]

    /// Every trace kept, every service following its parent: today's behaviour.
    public static let keepAll = SamplingSettings(policy: .all)

    /// Creates settings.
    public init(policy: SamplingPolicy, samplers: [String: SamplingPolicy] = [:]) {
        self.policy = policy
        self.samplers = samplers
    }

    /// True when nothing is sampled out and no service decides on its own.
    public var keepsEverything: Bool { policy == .all && samplers.isEmpty }

    /// `head:10%`, or `head:10%; billing decides on its own (head:50%)`.
    public var summary: String {
        var text = policy.description
        for service in samplers.keys.sorted() {
            text += "; \(service) decides on its own (\(samplers[service]!))"
        }
        return text
    }

    /// The sampler `service` runs: its own policy when it has one, else parent-based.
    public func sampler(for service: String) -> HeadSampler {
        HeadSampler(root: policy, own: samplers[service])
    }

    /// Checks a policy given to one service: tail sampling happens at a collector, not in a service.
    public static func checkServicePolicy(_ policy: SamplingPolicy, service: String) -> SamplingPolicyError? {
        guard policy.isTail else { return nil }
        return SamplingPolicyError(
            message: "\(service) cannot tail-sample on its own (a collector does that); "
                + "give it all, none or head:N%")
    }
}

/// The decision one service's tracer makes for each new span, as OpenTelemetry's
/// `ParentBased(root: TraceIdRatioBased)` does: a span with a parent follows the parent's
/// sampled flag; a span that starts a trace applies the root policy. A service with its own
/// policy ignores the parent and applies that policy to every span.
public struct HeadSampler: Hashable, Sendable {
    /// The policy for spans that start a trace.
    public let root: SamplingPolicy
    /// The service's own policy, applied even under a parent; nil to follow the parent.
    public let own: SamplingPolicy?

    /// Creates a sampler.
    public init(root: SamplingPolicy, own: SamplingPolicy? = nil) {
        self.root = root
        self.own = own
    }

    /// Whether a new span in `traceID` is recorded (and sent on with the sampled flag);
    /// `parentSampled` is the parent's flag, or nil when the span starts a trace.
    public func decide(traceID: TraceID, parentSampled: Bool?) -> Bool {
        if let own { return own.headDecision(for: traceID) }
        if let parentSampled { return parentSampled }
        return root.headDecision(for: traceID)
    }
}
