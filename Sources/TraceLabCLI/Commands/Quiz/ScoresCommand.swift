import ArgumentParser
import TraceLabStore

/// `scores`: every stored attempt, with the best and last per learner and quiz.
public struct ScoresCommand: LabCommand {
    /// How scores are printed.
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// An aligned table.
        case table
        /// CSV for a spreadsheet.
        case csv
        /// JSON (see README).
        case json
    }

    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "scores",
        abstract:
            "List stored quiz attempts (all learners, or --learner), with the best and last per learner and quiz."
    )

    /// Only this quiz.
    @Option(help: ArgumentHelp("Only this quiz's attempts.", valueName: "quiz"))
    public var quiz: String?

    /// Output format.
    @Option(help: "Output format: table, csv or json.")
    public var format: Format = .table

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Prints the attempts.
    public func execute(in context: CommandContext) throws {
        let attempts: [StoredAttempt]
        let database = try context.readableDatabase(global)
        do {
            attempts = try database.attempts(learner: global.learner, quizID: quiz)
        } catch {
            throw CLIError.io(error.description)
        }
        let table = ScoresTable(attempts: attempts)
        switch format {
        case .table:
            context.output.line(attempts.isEmpty ? "No attempts yet. Take one with 'quiz'." : table.text())
        case .csv:
            context.output.write(table.csv())
        case .json:
            context.output.line(table.json())
        }
    }
}
