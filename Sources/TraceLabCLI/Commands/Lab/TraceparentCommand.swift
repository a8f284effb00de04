import ArgumentParser
import TraceLabCore

/// `traceparent <value> [--tracestate <value>]`: decodes a W3C header for the learner, or
/// names the exact rule it breaks (exit 65).
public struct TraceparentCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "traceparent",
        abstract: "Decode a W3C traceparent header (and tracestate), or say which rule it breaks.",
        discussion: "Example: traceparent 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")

    /// The header value.
    @Argument(
        help: ArgumentHelp("The traceparent value, such as 00-<trace-id>-<parent-id>-01.", valueName: "value")
    )
    public var value: String

    /// An optional tracestate value.
    @Option(help: ArgumentHelp("A tracestate value to decode with it.", valueName: "value"))
    public var tracestate: String?

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the decoded fields; throws a data error naming the broken rule.
    public func execute(in context: CommandContext) throws {
        let explanation = TraceContextExplanation(traceparent: value, tracestate: tracestate)
        var lines: [String] = []
        for header in [explanation.traceparent] + (explanation.tracestate.map { [$0] } ?? []) {
            lines.append("\(header.name): \(header.value)")
            switch header.verdict {
            case .accepted:
                lines.append("  accepted")
            case .rejected(let violation):
                lines.append("  rejected: \(violation.description)")
                lines.append("  see \(violation.rule.specReference)")
            case .notRead(let reason):
                lines.append("  not read: \(reason)")
            }
            for line in header.lines {
                lines.append("  \(line.label): \(line.value)")
                if !line.meaning.isEmpty { lines.append("      \(line.meaning)") }
            }
        }
        context.say(lines.joined(separator: "\n"), global)
        if let violation = explanation.traceparent.violation {
            throw CLIError.data("invalid traceparent: \(violation.description)")
        }
    }
}
