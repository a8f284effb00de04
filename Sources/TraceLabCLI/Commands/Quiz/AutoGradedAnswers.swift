import Foundation
import TraceLabCore

/// The answers of an auto-graded run, from `--answers`, `--answers -` or `--answers-file`.
struct AutoGradedAnswers {
    let answers: String?
    let file: String?
    let library: ContentLibrary

    /// Parses the answers against the quiz in its file's order (questions and choice letters
    /// alike, whatever order a learner would see at the prompt); every problem is one line, exit 65.
    func read(quiz: Quiz) throws(CLIError) -> QuizAnswers {
        do {
            if let file {
                let text = try library.read(URL(fileURLWithPath: file), what: "answers file")
                return try AnswerSheet.file(text: text, file: file, quiz: quiz)
            }
            var text = answers ?? ""
            if text == "-" {
                text = try BoundedFile.standardInput(what: "the answers on standard input")
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.contains(":") || trimmed.hasPrefix("{") {
                    return try AnswerSheet.file(text: text, file: "standard input", quiz: quiz)
                }
                text = trimmed.split(whereSeparator: \.isNewline).joined(separator: ",")
            }
            return try AnswerSheet.positional(text, presentation: .unshuffled(quiz))
        } catch let error as AnswerSheetError {
            throw CLIError.data(TextSafety.clean(Self.summary(of: error.problems)))
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError.data("\(error)")
        }
    }

    /// The first three problems, then how many more there are, so one line stays readable.
    static func summary(of problems: [AnswerError]) -> String {
        let shown = problems.prefix(3).map(\.description).joined(separator: "; ")
        return problems.count > 3 ? shown + "; and \(problems.count - 3) more like these" : shown
    }
}
