/// The trace-context fields of one carrier (HTTP headers or message metadata), by lowercased
/// name: `traceparent` and `tracestate` in fields of their own, so that recording them for every
/// crossing of a big run builds no dictionary, and any other field beside them.
public struct TraceContextFields: Hashable, Sendable {
    /// The `traceparent` value as the carrier holds it (see ``CarriedTraceparent``).
    var carriedTraceparent: CarriedTraceparent
    /// The `tracestate` value, if there was one.
    public var tracestate: String?
    /// Any other field, by lowercased name.
    public var others: [String: String]

    /// Fields holding `traceparent` and `tracestate` only.
    public init(traceparent: String? = nil, tracestate: String? = nil) {
        self.carriedTraceparent = traceparent.map(CarriedTraceparent.init) ?? .absent
        self.tracestate = tracestate
        self.others = [:]
    }

    /// Fields holding the `traceparent` `carried` and `tracestate`, as a tracer writes them.
    init(carried: CarriedTraceparent, tracestate: String?) {
        self.carriedTraceparent = carried
        self.tracestate = tracestate
        self.others = [:]
    }

    /// The `traceparent` value, if there was one.
    public var traceparent: String? {
        get { carriedTraceparent.textIfPresent }
        set { carriedTraceparent = newValue.map(CarriedTraceparent.init) ?? .absent }
    }

    /// The fields of `dictionary`, whose keys are lowercased names.
    public init(_ dictionary: [String: String]) {
        var others = dictionary
        carriedTraceparent =
            others.removeValue(forKey: TraceContextHeaders.traceparent).map(CarriedTraceparent.init)
            ?? .absent
        tracestate = others.removeValue(forKey: TraceContextHeaders.tracestate)
        self.others = others
    }

    /// True when the carrier held none.
    public var isEmpty: Bool { !carriedTraceparent.isPresent && tracestate == nil && others.isEmpty }

    /// Every field as one dictionary.
    public var dictionary: [String: String] {
        var all = others
        all[TraceContextHeaders.traceparent] = traceparent
        all[TraceContextHeaders.tracestate] = tracestate
        return all
    }
}
