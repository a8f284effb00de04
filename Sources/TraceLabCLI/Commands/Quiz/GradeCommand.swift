import ArgumentParser
import Foundation
import TraceLabCore
import TraceLabStore

/// `grade <folder> --quiz <id>`: grades one answers file per student into a gradebook.
public struct GradeCommand: LabCommand {
    /// How the gradebook is printed.
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// CSV, ready for a spreadsheet or an LMS import.
        case csv
        /// JSON.
        case json
    }

    /// Help text.
    public static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade a folder of answers files (one per student) into a gradebook.",
        discussion: """
            Each .yaml, .yml or .json file maps question ids to answers (letters in the quiz file's \
            order, or choice ids); the file name (without extension) is the student. A blank, \
            missing or unreadable answer scores 0 and the row's notes say why; unknown keys are \
            ignored and noted. Only a file that cannot be read at all is not graded: it is listed on \
            standard error and the exit code is 65; the others are graded all the same.
            """)

    /// The folder of submissions.
    @Argument(help: ArgumentHelp("Folder with one answers file per student.", valueName: "folder"))
    public var folder: String

    /// The quiz to grade against.
    @Option(help: ArgumentHelp("The quiz the answers are for.", valueName: "quiz"))
    public var quiz: String

    /// Output format.
    @Option(help: "Output format: csv or json.")
    public var format: Format = .csv

    /// The options every command accepts.
    @OptionGroup public var global: GlobalOptions

    /// Creates the command.
    public init() {}

    /// Grades every file and prints the gradebook; broken files go to standard error.
    public func execute(in context: CommandContext) throws {
        let resolved = try QuizCatalog(library: context.library, cancellation: context.cancellation)
            .resolvedQuiz(quiz)
        let directory = URL(fileURLWithPath: folder, isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw CLIError.usage(
                "no folder at \(TextSafety.clean(folder)); give the folder that holds the answers files")
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { [".yaml", ".yml", ".json"].contains(where: $0.hasSuffix) }.sorted()
        guard !names.isEmpty else {
            throw CLIError.usage("\(TextSafety.clean(folder)) holds no .yaml, .yml or .json answers files")
        }
        let now = context.environment.now()
        var attempts: [StoredAttempt] = []
        var notes: [String: [String]] = [:]
        var broken: [String] = []
        for (index, name) in names.enumerated() {
            let url = directory.appendingPathComponent(name)
            let student = url.deletingPathExtension().lastPathComponent
            do {
                if let reason = Self.skipReason(url) {
                    broken.append("\(name): skipped, \(reason)")
                    continue
                }
                let text = try BoundedFile.text(at: url.path, what: "answers file", followingLinks: false)
                let submission = try AnswerSheet.submission(text: text, file: name, quiz: resolved.quiz)
                let result = QuizGrader.grade(resolved, answers: submission.answers)
                notes[student] = submission.problems.map { TextSafety.clean(Self.note($0, file: name)) }
                attempts.append(
                    StoredAttempt(
                        id: AttemptID(rawValue: Int64(index + 1)), learner: student, quizID: resolved.quiz.id,
                        quizVersion: resolved.quiz.version, quizTitle: resolved.quiz.title, mode: .auto,
                        startedAt: now,
                        outcome: AttemptOutcome(
                            endedAt: now, score: result.score, maxScore: result.maxScore,
                            passed: result.passed),
                        answers: result.questions.map(QuizRecorder.stored)))
            } catch let error as AnswerSheetError {
                broken.append("\(name): " + error.problems.map(\.description).joined(separator: "; "))
            } catch {
                broken.append("\(name): \(error)")
            }
        }
        let gradebook = Gradebook(
            quizID: resolved.quiz.id, attempts: attempts, questionOrder: resolved.quiz.questions.map(\.id),
            notes: notes, storedAttempts: false)
        context.output.write(format == .csv ? gradebook.csv() : gradebook.json() + "\n")
        for line in broken {
            context.errors.line("not graded: " + TextSafety.errorLine(line))
        }
        if !broken.isEmpty {
            throw CLIError.data(
                "graded \(attempts.count) of \(names.count) files; fix the \(broken.count) listed above and grade again"
            )
        }
    }

    /// Why the entry at `url` is not read as a submission: only regular files that sit in the
    /// folder itself are, so a link cannot make `grade` print lines of a file elsewhere.
    static func skipReason(_ url: URL) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
            let type = attributes[.type] as? FileAttributeType
        else { return "it cannot be read" }
        switch type {
        case .typeRegular: return nil
        case .typeSymbolicLink:
            return "it is a symbolic link (links are never followed); copy the file into the folder"
        case .typeDirectory: return "it is a folder"
        default: return "it is not a regular file"
        }
    }

    /// A problem as a gradebook note: the line in the student's file and what was wrong, without
    /// repeating the file name the row already stands for.
    static func note(_ problem: AnswerError, file: String) -> String {
        var note = problem
        if let location = note.location, location.hasPrefix(file + ":") {
            note.location = "line " + location.dropFirst(file.count + 1)
        } else if note.location == file {
            note.location = nil
        }
        return note.description
    }
}
