/// The trace-context fields of one carrier (HTTP headers or message metadata), by lowercased
/// name: `traceparent` and `tracestate`, and any other field beside them.
///
/// A `traceparent` in the form every tracer writes (see ``CarriedTraceparent``) is held inline as
/// the numbers it spells; everything else a carrier rarely holds (a `traceparent` in any other
/// form, a `tracestate`, other fields) shares one reference, nil for most carriers. Copying the
/// fields of a big run's crossings then touches no reference count, and reading them back
/// parses nothing.
public struct TraceContextFields: Hashable, Sendable {
    /// The fields most carriers lack, kept together behind one reference.
    private final class Rare: Sendable {
        let traceparent: String?
        let tracestate: String?
        let others: [String: String]

        init(traceparent: String?, tracestate: String?, others: [String: String]) {
            self.traceparent = traceparent
            self.tracestate = tracestate
            self.others = others
        }
    }

    // `rare` first: the 26 bytes of the optional `traceparent` end the value, so a record may
    // put a small field of its own in the 6 bytes after it.
    private var rare: Rare?
    /// The `traceparent` when it has the form a tracer writes.
    private(set) var inlineTraceparent: CarriedTraceparent?

    /// Fields holding `traceparent` and `tracestate` only.
    public init(traceparent: String? = nil, tracestate: String? = nil) {
        (inlineTraceparent, rare) = Self.held(traceparent: traceparent, tracestate: tracestate, others: nil)
    }

    /// Fields holding the inline `traceparent` `carried` and `tracestate`, as a tracer writes them.
    init(carried: CarriedTraceparent, tracestate: String?) {
        inlineTraceparent = carried
        if tracestate != nil { rare = Rare(traceparent: nil, tracestate: tracestate, others: [:]) }
    }

    /// The fields of `dictionary`, whose keys are lowercased names.
    public init(_ dictionary: [String: String]) {
        var others = dictionary
        let traceparent = others.removeValue(forKey: TraceContextHeaders.traceparent)
        let tracestate = others.removeValue(forKey: TraceContextHeaders.tracestate)
        self.init(traceparent: traceparent, tracestate: tracestate, others: others)
    }

    private init(traceparent: String?, tracestate: String?, others: [String: String]) {
        (inlineTraceparent, rare) = Self.held(
            traceparent: traceparent, tracestate: tracestate, others: others)
    }

    /// How the fields are held: the `traceparent` inline when it fits, the rest (if any) in one `Rare`.
    private static func held(
        traceparent: String?, tracestate: String?, others: [String: String]?
    ) -> (CarriedTraceparent?, Rare?) {
        let hasOthers = others.map { !$0.isEmpty } ?? false
        guard traceparent != nil || tracestate != nil || hasOthers else { return (nil, nil) }
        let inline = traceparent.flatMap(CarriedTraceparent.init)
        let outOfLine = inline == nil ? traceparent : nil
        guard outOfLine != nil || tracestate != nil || hasOthers else { return (inline, nil) }
        return (inline, Rare(traceparent: outOfLine, tracestate: tracestate, others: others ?? [:]))
    }

    /// The `traceparent` value, if there was one.
    public var traceparent: String? {
        get { inlineTraceparent?.text ?? rare?.traceparent }
        set { self = TraceContextFields(traceparent: newValue, tracestate: tracestate, others: others) }
    }

    /// The `traceparent` value when it is not held inline (not in the form a tracer writes).
    var outOfLineTraceparent: String? { rare?.traceparent }

    /// The `tracestate` value, if there was one.
    public var tracestate: String? {
        get { rare?.tracestate }
        set { self = TraceContextFields(traceparent: traceparent, tracestate: newValue, others: others) }
    }

    /// Any other field, by lowercased name.
    public var others: [String: String] {
        get { rare?.others ?? [:] }
        set { self = TraceContextFields(traceparent: traceparent, tracestate: tracestate, others: newValue) }
    }

    /// True when the carrier held none.
    public var isEmpty: Bool { inlineTraceparent == nil && rare == nil }

    /// Every field as one dictionary.
    public var dictionary: [String: String] {
        var all = others
        all[TraceContextHeaders.traceparent] = traceparent
        all[TraceContextHeaders.tracestate] = tracestate
        return all
    }

    /// True when both hold the same fields with equal values, however they are held.
    public static func == (left: TraceContextFields, right: TraceContextFields) -> Bool {
        if left.rare == nil, right.rare == nil {
            switch (left.inlineTraceparent, right.inlineTraceparent) {
            case (nil, nil): return true
            case (let leftValue?, let rightValue?): return leftValue == rightValue
            default: return false
            }
        }
        return left.traceparent == right.traceparent && left.tracestate == right.tracestate
            && left.others == right.others
    }

    /// Hashes the fields' values, not how they are held.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(traceparent)
        hasher.combine(tracestate)
        hasher.combine(others)
    }
}
