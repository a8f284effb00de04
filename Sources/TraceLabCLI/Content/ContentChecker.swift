import Foundation
import TraceLabCore

/// Validates every content file under a library's root, like a compiler: all problems, each
/// with file and line, so an instructor fixes them in one pass.
struct ContentChecker {
    struct Report {
        var problems: [ContentError] = []
        var scenarioCount = 0
        var lessonCount = 0
        var quizCount = 0
    }

    let library: ContentLibrary

    func check() -> Report {
        var report = Report()
        var scenarios: [String: [String]] = [:]
        for file in library.scenarioFiles {
            report.scenarioCount += 1
            let name = library.displayName(file)
            do {
                let text = try library.read(file, what: "scenario file")
                let scenario = try ScenarioLoader.load(text: text, file: name)
                let expected = file.deletingPathExtension().lastPathComponent
                if scenario.id != expected {
                    report.problems.append(
                        ContentError(
                            file: name, line: 1,
                            message:
                                "scenario id '\(scenario.id)' must match the file name; rename one to '\(expected)'"
                        ))
                }
                scenarios[scenario.id] = scenario.boundaries.map(\.name)
            } catch let error as ContentError {
                report.problems.append(error)
            } catch {
                report.problems.append(ContentError(file: name, line: nil, message: "\(error)"))
            }
        }
        let quizzes = checkQuizzes(scenarios: scenarios, into: &report)
        for file in library.lessonFiles {
            report.lessonCount += 1
            let name = library.displayName(file)
            do {
                let text = try library.read(file, what: "lesson file")
                report.problems += LessonValidator.validate(
                    text: text, file: name, isKnownCommand: Self.commandProblem, knownScenarios: scenarios,
                    knownQuizzes: quizzes)
            } catch {
                report.problems.append(ContentError(file: name, line: nil, message: "\(error)"))
            }
        }
        if report.lessonCount == 0 {
            report.problems.append(
                ContentError(
                    file: library.root.appendingPathComponent("lessons").path, line: nil,
                    message: "holds no lesson"))
        }
        return report
    }

    /// Checks every quiz file, returning the ids of those that load.
    private func checkQuizzes(scenarios: [String: [String]], into report: inout Report) -> Set<String> {
        var ids = Set<String>()
        for file in library.quizFiles {
            report.quizCount += 1
            let name = library.displayName(file)
            do {
                let text = try library.read(file, what: "quiz file")
                let problems = QuizLoader.check(text: text, file: name, knownScenarios: scenarios)
                report.problems += problems
                if problems.isEmpty {
                    let quiz = try QuizLoader.load(text: text, file: name)
                    let expected = file.deletingPathExtension().lastPathComponent
                    if quiz.id != expected {
                        report.problems.append(
                            ContentError(
                                file: name, line: quiz.lines.line(of: "id"),
                                message:
                                    "quiz id '\(quiz.id)' must match the file name; rename one to '\(expected)'"
                            ))
                    }
                    _ = try ResolvedQuiz(quiz, resolver: QuizCatalog(library: library).resolver)
                    ids.insert(quiz.id)
                }
            } catch let error as ContentError {
                report.problems.append(error)
            } catch {
                report.problems.append(ContentError(file: name, line: nil, message: "\(error)"))
            }
        }
        return ids
    }

    /// Why a suggested command would not run, or nil when the shared grammar accepts it.
    static func commandProblem(_ text: String) -> String? {
        do {
            let words = try CommandLineTokenizer.words(text)
            guard !words.isEmpty else { return "empty command" }
            let command = try RootCommand.parseAsRoot(words)
            return command is any LabCommand ? nil : "not a command a learner can run; see 'tracelab help'"
        } catch let error as CLIError {
            return error.message
        } catch {
            let message = RootCommand.message(for: error)
            return message.isEmpty ? "not a command" : message
        }
    }
}
