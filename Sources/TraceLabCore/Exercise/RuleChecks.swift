/// The check behind each rule, applied to the calls one request produced. Each returns the
/// traceparents the calls carried, or throws the first problem found.
enum RuleChecks {
    static func check(
        _ rule: PropagationRule, exchange: ExerciseExchange, calls: [ForwardedContext]
    ) throws(RuleProblem) -> [TraceParent] {
        let sent = IncomingContext(exchange.headers)
        var parents: [TraceParent] = []
        for call in calls {
            let parent = try call.traceparent().get()
            switch rule {
            case .continueTrace:
                try continues(parent, sent, call)
                try newParentID(parent, sent, call)
                try sampledKept(parent, sent, call)
            case .newParentPerCall:
                try continues(parent, sent, call)
                try newParentID(parent, sent, call)
                if let twin = parents.firstIndex(where: { $0.parentID == parent.parentID }) {
                    throw RuleProblem(
                        "calls \(twin + 1) and \(call.call) both carried parent id \(parent.parentID.hex); each call "
                            + "is its own span with its own id")
                }
            case .forwardTracestate:
                try tracestateForwarded(call, sent)
            case .malformedTracestateKeepsTrace:
                try continues(parent, sent, call)
                _ = try call.tracestate().get()
            case .headerNameAnyCase, .whitespaceAroundValue, .higherVersionRead:
                try continues(parent, sent, call)
            case .noTraceparentStartsTrace, .invalidTraceparentStartsTrace, .twoTraceparentsStartTrace:
                try startsNewTrace(parent, sent, call)
                try tracestateDropped(call, sent)
            case .randomFlagKept:
                try continues(parent, sent, call)
                try randomFlagKept(parent, sent, call)
            }
            parents.append(parent)
        }
        return parents
    }

    private static func continues(_ parent: TraceParent, _ sent: IncomingContext, _ call: ForwardedContext)
        throws(RuleProblem)
    {
        guard let context = sent.context else { return }
        if parent.traceID != context.traceID {
            throw RuleProblem(
                "call \(call.call) started a new trace \(parent.traceID.hex) instead of continuing trace "
                    + context.traceID.hex)
        }
    }

    private static func newParentID(_ parent: TraceParent, _ sent: IncomingContext, _ call: ForwardedContext)
        throws(RuleProblem)
    {
        guard let context = sent.context, parent.parentID == context.spanID else { return }
        throw RuleProblem(
            "call \(call.call) reused the incoming parent id \(context.spanID.hex); send the id of the service's "
                + "own span")
    }

    private static func sampledKept(_ parent: TraceParent, _ sent: IncomingContext, _ call: ForwardedContext)
        throws(RuleProblem)
    {
        guard let context = sent.context, parent.flags.isSampled != context.flags.isSampled else { return }
        throw RuleProblem(
            "call \(call.call) sent flags \(flagsText(parent.flags)) but \(flagsText(context.flags)) arrived; "
                + "keep the sampled bit as it came")
    }

    private static func randomFlagKept(
        _ parent: TraceParent, _ sent: IncomingContext, _ call: ForwardedContext
    )
        throws(RuleProblem)
    {
        guard let context = sent.context else { return }
        if parent.flags.contains(.random) != context.flags.contains(.random) {
            throw RuleProblem(
                "call \(call.call) sent flags \(flagsText(parent.flags)) but \(flagsText(context.flags)) arrived; "
                    + "the random bit (02) must go on unchanged")
        }
    }

    private static func startsNewTrace(
        _ parent: TraceParent, _ sent: IncomingContext, _ call: ForwardedContext
    )
        throws(RuleProblem)
    {
        if let reused = sent.sentTraceIDs.first(where: { $0 == parent.traceID.hex }) {
            throw RuleProblem(
                "call \(call.call) kept trace id \(reused) from a traceparent that must not be continued; start a "
                    + "new trace with a fresh trace id")
        }
    }

    private static func tracestateDropped(_ call: ForwardedContext, _ sent: IncomingContext)
        throws(RuleProblem)
    {
        let forwarded = call.received.headers.values(named: TraceContextHeaders.tracestate).joined(
            separator: ",")
        let members = forwarded.split(separator: ",").map { String(OptionalWhitespace.trimmed($0)) }
        if let kept = sent.tracestateMembers.first(where: { members.contains($0) }) {
            throw RuleProblem(
                "call \(call.call) forwarded tracestate member '\(kept)' into a new trace; a new trace starts "
                    + "without the old tracestate")
        }
    }

    private static func tracestateForwarded(_ call: ForwardedContext, _ sent: IncomingContext)
        throws(RuleProblem)
    {
        guard let received = try call.tracestate().get() else {
            throw RuleProblem("call \(call.call) carried no tracestate; forward the one that arrived")
        }
        let expected = TraceState.parse(headers: sent.tracestateValues).members
        if received.members.count > TraceState.maximumMembers {
            throw RuleProblem(
                "call \(call.call) carried \(received.members.count) tracestate members; at most 32 are allowed"
            )
        }
        let expectedKeys = Set(expected.map(\.key))
        let kept = received.members.filter { expectedKeys.contains($0.key) }
        if kept != Array(expected.prefix(kept.count)) {
            throw RuleProblem(
                "call \(call.call) changed the members' order or values: '\(TraceState(members: kept).headerValue)' "
                    + "arrived where '\(TraceState(members: expected).headerValue)' was sent")
        }
        let room = TraceState.maximumMembers - (received.members.count - kept.count)
        if kept.count < min(expected.count, room) {
            let lost = expected[kept.count]
            throw RuleProblem("call \(call.call) lost tracestate member '\(lost.key)=\(lost.value)'")
        }
    }

    private static func flagsText(_ flags: TraceFlags) -> String {
        LowercaseHex.string(UInt64(flags.rawValue), width: 2)
    }
}

/// What the harness sent on one request, read the way a correct service reads it.
struct IncomingContext {
    /// The context a correct service continues; nil when it must start a new trace.
    let context: SpanContext?
    /// The lowercased trace-id field of every traceparent sent, valid or not.
    let sentTraceIDs: [String]
    /// The tracestate header values sent.
    let tracestateValues: [String]
    /// The tracestate members sent, as `key=value` text.
    let tracestateMembers: [String]

    init(_ headers: [ExerciseHeader]) {
        let parents = headers.values(named: TraceContextHeaders.traceparent)
        tracestateValues = headers.values(named: TraceContextHeaders.tracestate)
        context = TraceContextHeaders.extract(traceparent: parents, tracestate: tracestateValues)
        sentTraceIDs = parents.compactMap { value in
            let fields = OptionalWhitespace.trimmed(Substring(value)).split(
                separator: "-", omittingEmptySubsequences: false)
            return fields.count > 1 ? fields[1].lowercased() : nil
        }
        tracestateMembers = tracestateValues.joined(separator: ",").split(separator: ",")
            .map { String(OptionalWhitespace.trimmed($0)) }.filter { !$0.isEmpty }
    }
}
