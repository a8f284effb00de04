/// The propagation exercise: which requests are sent for each rule. The ids are fixed, so a report
/// reads the same on every run; the service's own ids are what vary.
public enum PropagationExercise {
    /// The id the store files attempts under (never a quiz id, which has no colon).
    public static let id = "exercise:propagation"

    /// The cases run at `level` (1 or 2), one per rule, in order.
    public static func cases(level: Int) -> [PropagationCase] {
        PropagationRule.checked(atLevel: level).map {
            PropagationCase(rule: $0, exchanges: exchanges(for: $0))
        }
    }

    /// A trace id the exercise sends.
    public static let traceID = "4bf92f3577b34da6a3ce929d0e0e4736"
    /// A second trace id, for the request with two traceparent headers.
    public static let otherTraceID = "0af7651916cd43dd8448eb211c80319c"
    /// The parent id the exercise sends.
    public static let parentID = "00f067aa0ba902b7"
    /// A second parent id.
    public static let otherParentID = "b7ad6b7169203331"

    static func traceparent(_ flags: String = "01", version: String = "00") -> String {
        "\(version)-\(traceID)-\(parentID)-\(flags)"
    }

    static let tracestate = "congo=t61rcWkgMzE,rojo=00f067aa0ba902b7"
    static let thirtyTwoMembers = (1...32).map { "k\($0)=v\($0)" }.joined(separator: ",")

    private static func parent(_ value: String, name: String = "traceparent") -> ExerciseHeader {
        ExerciseHeader(name, value)
    }

    private static func state(_ value: String, name: String = "tracestate") -> ExerciseHeader {
        ExerciseHeader(name, value)
    }

    static func exchanges(for rule: PropagationRule) -> [ExerciseExchange] {
        switch rule {
        case .continueTrace:
            return [
                ExerciseExchange("sampled (flags 01)", headers: [parent(traceparent("01"))]),
                ExerciseExchange("not sampled (flags 00)", headers: [parent(traceparent("00"))]),
            ]
        case .newParentPerCall:
            return [ExerciseExchange("three calls", headers: [parent(traceparent())], calls: 3)]
        case .forwardTracestate:
            return [
                ExerciseExchange(
                    "one tracestate header", headers: [parent(traceparent()), state(tracestate)]),
                ExerciseExchange(
                    "two tracestate headers",
                    headers: [
                        parent(traceparent()), state("congo=t61rcWkgMzE"), state("rojo=00f067aa0ba902b7"),
                    ]),
                ExerciseExchange(
                    "name TraceState, spaces and tabs between members",
                    headers: [
                        parent(traceparent()),
                        state("congo=t61rcWkgMzE ,\trojo=00f067aa0ba902b7", name: "TraceState"),
                    ]),
                ExerciseExchange("32 members", headers: [parent(traceparent()), state(thirtyTwoMembers)]),
            ]
        case .malformedTracestateKeepsTrace:
            return [
                ExerciseExchange(
                    "uppercase key", headers: [parent(traceparent()), state("congo=t61rcWkgMzE,Rojo=1")]),
                ExerciseExchange(
                    "member without '='", headers: [parent(traceparent()), state("congo=t61rcWkgMzE,rojo")]),
                ExerciseExchange(
                    "33 members", headers: [parent(traceparent()), state(thirtyTwoMembers + ",k33=v33")]),
            ]
        case .headerNameAnyCase:
            return [
                ExerciseExchange("name TraceParent", headers: [parent(traceparent(), name: "TraceParent")]),
                ExerciseExchange("name TRACEPARENT", headers: [parent(traceparent(), name: "TRACEPARENT")]),
            ]
        case .whitespaceAroundValue:
            return [
                ExerciseExchange("spaces", headers: [parent("  " + traceparent() + "  ")]),
                ExerciseExchange("tabs", headers: [parent("\t" + traceparent() + "\t")]),
                ExerciseExchange("spaces and tabs", headers: [parent(" \t" + traceparent() + "\t ")]),
            ]
        case .noTraceparentStartsTrace:
            return [
                ExerciseExchange("no trace-context headers", headers: []),
                ExerciseExchange("tracestate only", headers: [state(tracestate)]),
            ]
        case .invalidTraceparentStartsTrace:
            let withState = { (label: String, value: String) in
                ExerciseExchange(label, headers: [parent(value), state(tracestate)])
            }
            return [
                withState("trace-id one digit short", "00-\(traceID.dropLast())-\(parentID)-01"),
                withState("all-zero trace-id", "00-\(String(repeating: "0", count: 32))-\(parentID)-01"),
                withState("all-zero parent-id", "00-\(traceID)-\(String(repeating: "0", count: 16))-01"),
                withState("version ff", traceparent(version: "ff")),
                withState("uppercase hex", "00-\(traceID.uppercased())-\(parentID)-01"),
                withState("version 00 with an extra field", traceparent() + "-extra"),
            ]
        case .twoTraceparentsStartTrace:
            return [
                ExerciseExchange(
                    "two different traceparent headers",
                    headers: [
                        parent(traceparent()), parent("00-\(otherTraceID)-\(otherParentID)-01"),
                        state(tracestate),
                    ])
            ]
        case .higherVersionRead:
            return [
                ExerciseExchange(
                    "version cc with extra fields",
                    headers: [parent(traceparent(version: "cc") + "-what-comes-next")]),
                ExerciseExchange("version cc, four fields", headers: [parent(traceparent(version: "cc"))]),
            ]
        case .randomFlagKept:
            return [
                ExerciseExchange("random and sampled (flags 03)", headers: [parent(traceparent("03"))]),
                ExerciseExchange("random, not sampled (flags 02)", headers: [parent(traceparent("02"))]),
                ExerciseExchange("sampled, not random (flags 01)", headers: [parent(traceparent("01"))]),
            ]
        }
    }
}
