/// Reads what one callback call carried, the way the exercise judges it: one valid version-00
/// `traceparent`, and the `tracestate` list if any.
struct ForwardedContext {
    let call: Int
    let received: ReceivedCall

    /// The single valid version-00 traceparent the call carried, or what is wrong with it.
    func traceparent() -> Result<TraceParent, RuleProblem> {
        let values = received.headers.values(named: TraceContextHeaders.traceparent)
        guard let value = values.first else {
            return .failure(RuleProblem("call \(call) carried no traceparent"))
        }
        guard values.count == 1 else {
            return .failure(
                RuleProblem("call \(call) carried \(values.count) traceparent headers; send exactly one"))
        }
        let parent: TraceParent
        do {
            parent = try TraceParent.parse(value)
        } catch {
            return .failure(
                RuleProblem("call \(call) carried an invalid traceparent '\(value)' (\(error.rule.summary))"))
        }
        guard parent.version == 0 else {
            return .failure(
                RuleProblem(
                    "call \(call) sent traceparent version \(LowercaseHex.string(UInt64(parent.version), width: 2)); send version 00, "
                        + "the version the service implements"))
        }
        return .success(parent)
    }

    /// The tracestate members the call carried (every tracestate header as one list), nil when it
    /// carried none, or the rule the list breaks.
    func tracestate() -> Result<TraceState?, RuleProblem> {
        let values = received.headers.values(named: TraceContextHeaders.tracestate)
        if values.isEmpty { return .success(nil) }
        do {
            return .success(try TraceState.read(headers: values))
        } catch {
            return .failure(
                RuleProblem("call \(call) forwarded an invalid tracestate (\(error.description))"))
        }
    }
}

/// What a service did wrong on one request, in words that name the call and the ids.
struct RuleProblem: Error, Hashable {
    let text: String

    init(_ text: String) {
        self.text = text
    }
}
