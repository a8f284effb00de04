import Foundation
import Synchronization
import Testing
import TraceLabCLI
import TraceLabStore

/// Text from files and from the command line reaches the terminal only sanitised and on one
/// line, whatever libyaml or a parser quotes back.
@Suite struct UntrustedTextTests {
    /// Bytes that must never reach a terminal.
    static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }
    }

    @Test(arguments: [
        "id: x\ntitle: \u{1B}]0;PWNED-TITLE\u{07}\n",
        "id: x\ntitle: a\u{0}b\n",
        "id: x\ntitle: \u{202E}olleh\n",
        "id: x\n\u{1B}[2J\u{202E}unknown: 1\n",
    ])
    func aScenarioWithControlCharactersGivesOneCleanLine(text: String) throws {
        let folder = try TemporaryFolder("tracelab-control")
        let file = try folder.write(text, to: "bad.yaml")
        let result = try TestApp().run(["run", file.path])
        #expect(result.exitCode == 65)
        #expect(result.errorLines.count == 1)
        #expect(Self.isClean(result.errors))
        #expect(!result.errors.contains("PWNED"))
    }

    @Test func aQuizFileWithAnEscapeGivesOneCleanLine() throws {
        let folder = try TemporaryFolder("tracelab-control-quiz")
        let file = try folder.write("id: q\ntitle: \u{1B}]2;x\u{07}\u{0}\n", to: "q.yaml")
        let result = try TestApp().run(["quiz", file.path, "--answers", "A", "--no-record"])
        #expect(result.exitCode == 65)
        #expect(result.errorLines.count == 1)
        #expect(Self.isClean(result.errors))
    }

    @Test func aTraceparentWithReorderingControlsIsEchoedClean() {
        let result = try? TestApp().run(["traceparent", "\u{202E}00-\u{1B}[31mabc\u{0}"])
        #expect(result?.exitCode == 65)
        #expect(Self.isClean((result?.output ?? "") + (result?.errors ?? "")))
    }
}

/// `grade` reads only regular files inside the folder: a link is listed as skipped, never followed.
@Suite struct GradeFolderTests {
    @Test func aSymbolicLinkIsSkippedWithItsReasonAndNotFollowed() throws {
        let folder = try TemporaryFolder("tracelab-link-class")
        let secret = try TemporaryFolder("tracelab-secret")
        let target = try secret.write("root-secret-key: hunter2\n", to: "shadow")
        try folder.write(BoundedReadingTests.goodAnswers, to: "ada.yaml")
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("x.yaml").path, withDestinationPath: target.path)
        let result = try TestApp().run(["grade", folder.path, "--quiz", "knowledge-check"])
        #expect(result.output.contains("ada,"))
        #expect(!(result.output + result.errors).contains("root-secret-key"))
        let line = try #require(result.errorLines.first { $0.contains("x.yaml") })
        #expect(line.contains("symbolic link"))
        #expect(result.exitCode == 65)
    }
}

/// History, like everything else, is kept in the data directory the command was given.
@Suite struct HistoryLocationTests {
    @Test func aShellCommandKeepsItsLineHistoryInItsDataDirectory() throws {
        let app = try TestApp()
        let chosen = try TemporaryFolder("tracelab-chosen-data")
        let seen = HistorySeen()
        _ = TraceLabMain.run(
            arguments: ["quiz", "knowledge-check", "--data-dir", chosen.path, "--no-record"],
            environment: app.environment, output: BufferedOutput(), errors: BufferedOutput(),
            lineReader: { setup in
                seen.record(setup.historyFile)
                return { _ in .endOfInput }
            })
        #expect(
            seen.files.first?.path.hasPrefix(URL(fileURLWithPath: chosen.path).standardizedFileURL.path)
                == true)
    }
}

/// The history files handed to line readers, collected across threads.
final class HistorySeen: Sendable {
    private let recorded = Mutex<[URL]>([])
    func record(_ url: URL) { recorded.withLock { $0.append(url) } }
    var files: [URL] { recorded.withLock { $0 } }
}

/// The smaller findings: an empty data directory, messages about locks, missing files and
/// trace questions that point outside the content.
@Suite struct SmallerFindingsTests {
    @Test func anEmptyDataDirectoryIsAUsageError() throws {
        let result = try TestApp().run(["scores", "--data-dir", ""])
        #expect(result.exitCode == 64)
        #expect(result.errors.contains("--data-dir needs a folder"))
    }

    @Test func aMissingQuizFileIsAUsageErrorNotADataDirectoryOne() throws {
        let result = try TestApp().run(["quiz", "/nonexistent/quiz.yaml", "--answers", "A"])
        #expect(result.exitCode == 64)
        #expect(result.errors.contains("no quiz file at /nonexistent/quiz.yaml"))
    }

    @Test func theLockMessageDoesNotGuessWhoHoldsTheLock() {
        let message = StoreError.locked(path: "/data/tracelab.sqlite", timeoutSeconds: 15).description
        #expect(message.contains("another process"))
        #expect(!message.contains("tracelab process"))
    }

    @Test func aTraceQuestionNamingAPathIsNotRead() throws {
        let folder = try TemporaryFolder("tracelab-path-quiz")
        let quiz = """
            id: sneaky
            title: Sneaky
            pass-mark: 1/1
            questions:
              - id: how-long
                type: trace
                objective: trace-and-spans
                scenario: ../../../../../../etc/passwd
                fact: trace-count
                prompt: How many traces?
                explanation: It is {fact}.
            """
        let file = try folder.write(quiz, to: "sneaky.yaml")
        let result = try TestApp().run(["quiz", file.path, "--answers", "1", "--no-record"])
        #expect(result.exitCode == 65)
        #expect(result.errorLines.count == 1)
        #expect(!result.errors.contains("root:"))
        #expect(result.errors.contains("by its id"))
    }
}
