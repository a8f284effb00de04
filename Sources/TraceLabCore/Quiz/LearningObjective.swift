/// What a question checks: one of the lesson's three learning objectives, one of its three
/// troubleshooting items, or one of its two advanced connections. Quiz files name it by raw value.
public enum LearningObjective: String, CaseIterable, Hashable, Sendable, Codable {
    /// What a trace and a span represent: one operation's timed, structured story.
    case traceAndSpans = "trace-and-spans"
    /// Why trace context must cross every boundary of the workflow.
    case propagation
    /// What tracing adds over logs, metrics and plain correlation ids.
    case tracingVsOtherSignals = "tracing-vs-other-signals"
    /// Troubleshooting: tracing complements logs and metrics; it does not replace them.
    case notAReplacement = "troubleshooting-not-a-replacement"
    /// Troubleshooting: services with local spans but no propagation give disconnected traces.
    case localSpansWithoutPropagation = "troubleshooting-local-spans-without-propagation"
    /// Troubleshooting: keeping every span forever is costly; sample and set retention on purpose.
    case samplingAndRetention = "troubleshooting-sampling-and-retention"
    /// Advanced: the critical path as the starting point for latency work.
    case criticalPath = "advanced-critical-path"
    /// Advanced: time spent waiting in a queue at an asynchronous boundary.
    case queueDelay = "advanced-queue-delay"

    /// A short heading for reports.
    public var title: String {
        switch self {
        case .traceAndSpans: "Traces and spans"
        case .propagation: "Propagation"
        case .tracingVsOtherSignals: "Tracing versus logs, metrics and correlation ids"
        case .notAReplacement: "Troubleshooting: tracing is not a replacement"
        case .localSpansWithoutPropagation: "Troubleshooting: local spans without propagation"
        case .samplingAndRetention: "Troubleshooting: sampling and retention"
        case .criticalPath: "Advanced: the critical path"
        case .queueDelay: "Advanced: queue delay"
        }
    }

    /// True for the lesson's three core learning objectives.
    public var isCore: Bool {
        switch self {
        case .traceAndSpans, .propagation, .tracingVsOtherSignals: true
        default: false
        }
    }
}
