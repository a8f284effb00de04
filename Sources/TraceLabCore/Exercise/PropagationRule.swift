/// A rule of W3C Trace Context that the propagation exercise checks on a learner's service. Each
/// rule is one case of the exercise and one test case in its JUnit report.
public enum PropagationRule: String, CaseIterable, Hashable, Sendable, Codable {
    /// A valid `traceparent` is continued: same trace id, the service's own parent id, flags kept.
    case continueTrace = "continue-trace"
    /// Each outgoing call of one request carries its own parent id.
    case newParentPerCall = "new-parent-per-call"
    /// `tracestate` is forwarded with its members in order, at most 32 of them.
    case forwardTracestate = "forward-tracestate"
    /// A malformed `tracestate` does not stop the `traceparent` from being continued.
    case malformedTracestateKeepsTrace = "malformed-tracestate-keeps-trace"
    /// The `traceparent` header is found whatever the case of its name.
    case headerNameAnyCase = "header-name-any-case"
    /// Spaces and tabs around the `traceparent` value are ignored.
    case whitespaceAroundValue = "whitespace-around-value"
    /// Without a `traceparent` the service starts a new trace and drops `tracestate`.
    case noTraceparentStartsTrace = "no-traceparent-starts-trace"
    /// An invalid `traceparent` starts a new trace and drops `tracestate`.
    case invalidTraceparentStartsTrace = "invalid-traceparent-starts-trace"
    /// Two `traceparent` headers start a new trace and drop `tracestate`.
    case twoTraceparentsStartTrace = "two-traceparents-start-trace"
    /// A higher version is read by its first four fields and forwarded as version 00.
    case higherVersionRead = "higher-version-read"
    /// Level 2: the random trace-id flag is passed on exactly as received.
    case randomFlagKept = "random-flag-kept"

    /// The exercise level that introduces the rule (1 or 2); level 2 checks level 1's rules too.
    public var level: Int { self == .randomFlagKept ? 2 : 1 }

    /// The rule in a few words, for the report's table.
    public var title: String {
        switch self {
        case .continueTrace: "a valid traceparent is continued"
        case .newParentPerCall: "each call gets its own parent id"
        case .forwardTracestate: "tracestate is forwarded in order"
        case .malformedTracestateKeepsTrace: "a malformed tracestate does not break the trace"
        case .headerNameAnyCase: "header names are read in any case"
        case .whitespaceAroundValue: "spaces and tabs around the value are ignored"
        case .noTraceparentStartsTrace: "no traceparent: a new trace, no tracestate"
        case .invalidTraceparentStartsTrace: "an invalid traceparent: a new trace, no tracestate"
        case .twoTraceparentsStartTrace: "two traceparent headers: a new trace, no tracestate"
        case .higherVersionRead: "a higher version is read by its first four fields"
        case .randomFlagKept: "the random flag is passed on (level 2)"
        }
    }

    /// What the rule asks of the service, in one or two sentences a learner can act on.
    public var explanation: String {
        switch self {
        case .continueTrace:
            "When a valid traceparent arrives, the outgoing call must carry the same trace id and the same "
                + "sampled flag, with the id of the service's own span as the new parent id."
        case .newParentPerCall:
            "Every outgoing call is a span of its own, so each call needs a parent id of its own, different "
                + "from the incoming one and from the other calls."
        case .forwardTracestate:
            "The tracestate that arrived goes on with the call: the same members in the same order (several "
                + "tracestate headers count as one list), never more than 32; your own member may go first."
        case .malformedTracestateKeepsTrace:
            "A broken tracestate is dropped (or only its broken members are), but the traceparent next to it "
                + "is still valid and the trace must go on."
        case .headerNameAnyCase:
            "HTTP header names are case-insensitive: TraceParent and TRACEPARENT are the same header, so "
                + "look them up without regard to case."
        case .whitespaceAroundValue:
            "Spaces and tabs around a header value are not part of it: trim them before parsing the "
                + "traceparent."
        case .noTraceparentStartsTrace:
            "Without a traceparent the service starts a new trace with a fresh trace id for every request, "
                + "sends its own traceparent, and does not forward the tracestate it got."
        case .invalidTraceparentStartsTrace:
            "A traceparent that breaks the format (wrong length, all-zero ids, version ff, uppercase hex, "
                + "extra fields in version 00) cannot be trusted: start a new trace and drop tracestate."
        case .twoTraceparentsStartTrace:
            "Two traceparent headers leave no way to know which is right: treat it as invalid, start a new "
                + "trace and drop tracestate."
        case .higherVersionRead:
            "A version newer than 00 is read by its first four fields (anything after the flags is ignored); "
                + "the service continues the trace and sends version 00, the version it knows."
        case .randomFlagKept:
            "Trace Context level 2 defines flag bit 1, random: a service that continues a trace sends it "
                + "exactly as it arrived, set or not."
        }
    }

    /// The section of the W3C recommendation that states the rule.
    public var specReference: String {
        let base = "https://www.w3.org/TR/trace-context/#"
        switch self {
        case .continueTrace, .newParentPerCall: return base + "a-traceparent-is-received"
        case .forwardTracestate, .malformedTracestateKeepsTrace: return base + "tracestate-header"
        case .headerNameAnyCase: return base + "header-name"
        case .whitespaceAroundValue: return base + "tracestate-header-field-values"
        case .noTraceparentStartsTrace: return base + "no-traceparent-received"
        case .invalidTraceparentStartsTrace, .twoTraceparentsStartTrace:
            return base + "a-traceparent-is-received"
        case .higherVersionRead: return base + "versioning-of-traceparent"
        case .randomFlagKept: return "https://www.w3.org/TR/trace-context-2/#random-trace-id-flag"
        }
    }

    /// The rules checked at `level`, in the order the exercise runs them.
    public static func checked(atLevel level: Int) -> [PropagationRule] {
        allCases.filter { $0.level <= level }
    }
}
