import ArgumentParser
import TraceLabCore

/// `check`: validates every lesson, scenario and quiz file before learners see them, and
/// reports every problem with its file and line (exit 1 when there is any).
public struct CheckCommand: LabCommand {
    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate every lesson, scenario and quiz file and report each problem with file and line.")

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Checks all content; throws a failure when a problem was found.
    public func execute(in context: CommandContext) throws {
        let report = ContentChecker(library: context.library).check()
        for problem in report.problems {
            context.output.line(TextSafety.errorLine(problem.description))
        }
        let summary =
            "checked \(report.scenarioCount) scenario(s), \(report.lessonCount) lesson(s), \(report.quizCount) quiz(zes): "
        if report.problems.isEmpty {
            context.output.line(summary + "no problems")
        } else {
            throw CLIError.failed(
                summary + "\(report.problems.count) problem(s); fix them and run 'tracelab check' again")
        }
    }
}
