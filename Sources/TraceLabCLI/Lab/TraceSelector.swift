import Foundation
import TraceLabCore

/// Finds the trace a learner names: its number in the `traces` list, or the start of its id
/// (as shown by `traces`, `metrics` exemplars, `logs` or a `traceparent`).
struct TraceSelector {
    let traces: [AssembledTrace]

    /// The trace `text` names, or a usage error saying what exists.
    func trace(_ text: String) throws(CLIError) -> AssembledTrace {
        let typed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let number = Int(typed), typed.count < 8 {
            guard (1...max(1, traces.count)).contains(number), number <= traces.count else {
                throw .usage("there is no trace \(number); the run has \(traces.count) (see 'traces')")
            }
            return traces[number - 1]
        }
        let shown = TextSafety.clean(text)
        guard typed.count >= 4, typed.count <= 32, typed.allSatisfy(\.isHexDigit) else {
            throw .usage(
                "'\(shown)' is neither a trace number nor the start of a trace id (at least 4 hex digits); see 'traces'"
            )
        }
        let matches = traces.filter { $0.traceID.hex.hasPrefix(typed) }
        guard let first = matches.first else {
            throw .usage("no trace id starts with '\(shown)'; see 'traces' for the ids in this run")
        }
        guard matches.count == 1 else {
            throw .usage("'\(shown)' starts \(matches.count) trace ids; type more of it (see 'traces')")
        }
        return first
    }
}
