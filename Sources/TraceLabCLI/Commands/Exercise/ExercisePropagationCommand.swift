import ArgumentParser
import Foundation
import TraceLabCore
import TraceLabExercise
import TraceLabLive

/// `exercise propagation URL`: drives the learner's service through every rule of the level,
/// prints the result, files the attempt, and exits 0 only when every rule passed.
public struct ExercisePropagationCommand: LabCommand {
    /// How the result is printed.
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// A table of rules, then each failure with the headers sent and received.
        case text
        /// JSON for scripts (see README).
        case json
        /// JUnit XML, one test case per rule.
        case junit
    }

    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "propagation",
        abstract: "Check that the service at URL propagates W3C trace context correctly.",
        discussion: """
            Starts a callback server on 127.0.0.1, sends the service one POST per request of every case, and \
            judges the traceparent and tracestate its calls carry. Exit 0 when every rule passes, 1 otherwise.
            Example: exercise propagation http://127.0.0.1:8000/ --format junit
            """)

    /// The service's URL.
    @Argument(help: ArgumentHelp("The service under test, such as http://127.0.0.1:8000/.", valueName: "url"))
    public var url: String

    /// Output format.
    @Option(help: "Output format: text, json or junit.")
    public var format: Format = .text

    /// Which rules.
    @Option(
        help: ArgumentHelp("1: the Trace Context rules; 2: also the level-2 random flag.", valueName: "level")
    )
    public var level: Int = 1

    /// Skip the store.
    @Flag(name: .customLong("no-record"), help: "Do not store the attempt.")
    public var noRecord = false

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Runs the exercise and prints the report.
    public func execute(in context: CommandContext) throws {
        guard level == 1 || level == 2 else {
            throw CLIError.usage("--level \(level) is not a level; use --level 1 or --level 2")
        }
        let serviceURL = try Self.checkedURL(url)
        let database = noRecord ? nil : try context.database(global)
        let learner = context.learner(global)
        let startedAt = context.environment.now()
        let level = level
        let report: PropagationReport
        do {
            report = try AsyncBridge.wait {
                try await PropagationHarness().run(serviceURL: serviceURL, level: level)
            }
        } catch {
            throw CLIError.io("cannot start the exercise's callback server on 127.0.0.1: \(error)")
        }
        context.output.write(
            ExerciseReport(report: report, learner: learner, serviceURL: serviceURL).render(format))
        let unreachable = report.results.allSatisfy { result in
            result.verdict == .error && result.problem?.hasPrefix("the service did not answer") == true
        }
        if unreachable {
            throw CLIError.failed(
                "no service answered at \(TextSafety.clean(serviceURL)); start it first (nothing was recorded)"
            )
        }
        if let database {
            try ExerciseRecorder.record(
                report, learner: learner, database: database, startedAt: startedAt,
                endedAt: context.environment.now())
        }
        if !report.passed {
            throw CLIError.failed(
                "\(report.maxScore - report.score) of \(report.maxScore) propagation rules not passed")
        }
    }

    /// `text` if it is an absolute http URL with a host, else a usage error saying what to give.
    static func checkedURL(_ text: String) throws(CLIError) -> String {
        guard let components = URLComponents(string: text), components.scheme?.lowercased() == "http",
            let host = components.host, !host.isEmpty
        else {
            throw CLIError.usage(
                "'\(TextSafety.clean(String(text.prefix(80))))' is not an http URL; give the service's address, "
                    + "such as http://127.0.0.1:8000/")
        }
        return text
    }
}
