import Foundation
import Testing

/// `grade <folder>`: one CSV row per valid submission, cells a spreadsheet cannot run, and
/// every broken file listed on standard error with its reason (exit 65).
@Suite struct GradeCommandTests {
    static let classFolder = RepositoryPaths.fixture("answers/class")

    /// The fixture class plus a student whose name holds control characters, which a fixture
    /// file name in git should not.
    func classWithControlCharacterName() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("tracelab-class")
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.classFolder.path) {
            try FileManager.default.copyItem(
                at: Self.classFolder.appendingPathComponent(name), to: folder.url.appendingPathComponent(name)
            )
        }
        try folder.write(
            "what-a-trace-is: A\nwhy-propagation: A\nbeyond-correlation-ids: C\n",
            to: "eve\u{1B}[31m\u{07}.yaml")
        return folder
    }

    @Test func validSubmissionsAreGradedAndBrokenOnesListed() throws {
        let folder = try classWithControlCharacterName()
        let result = try TestApp().run(["grade", folder.path, "--quiz", "knowledge-check"])
        #expect(result.exitCode == 65)
        let rows = result.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(
            rows.first
                == "student,what-a-trace-is,why-propagation,beyond-correlation-ids,total,max,percent,passed")
        let students = rows.dropFirst().map { $0.prefix { $0 != "," } }
        #expect(students.count == 5)
        #expect(rows.contains("ada,1,1,1,3,3,100,true"))
        #expect(rows.contains("grace,1,0,1,2,3,66.67,true"))
        #expect(rows.contains("linus,0,0,0,0,3,0,false"))

        let errors = result.errorLines
        #expect(errors.count == 5)
        #expect(errors.contains { $0.hasPrefix("not graded: malformed.yaml: ") && $0.contains("YAML") })
        #expect(
            errors.contains {
                $0.hasPrefix("not graded: missing-answer.yaml: ") && $0.contains("why-propagation")
            })
        #expect(
            errors.contains {
                $0.hasPrefix("not graded: no-such-choice.yaml: ") && $0.contains("no choice D")
            })
        #expect(
            errors.contains {
                $0.hasPrefix("not graded: unknown-question.yaml: ") && $0.contains("'what-a-span-is'")
            })
        #expect(errors.last == "tracelab: graded 5 of 9 files; fix the 4 listed above and grade again")
        #expect(!result.errors.contains("notes.txt"))
    }

    @Test func cellsASpreadsheetWouldRunAreNeutralised() throws {
        let folder = try classWithControlCharacterName()
        let result = try TestApp().run(["grade", folder.path, "--quiz", "knowledge-check"])
        let rows = result.output.components(separatedBy: "\r\n")
        let formula = try #require(rows.first { $0.contains("HYPERLINK") })
        #expect(formula.hasPrefix("\"'=HYPERLINK("))
        #expect(!rows.contains { $0.hasPrefix("=") || $0.hasPrefix("\"=") })
        let eve = try #require(rows.first { $0.hasPrefix("eve") })
        #expect(eve.hasSuffix(",1,1,0,2,3,66.67,true"))
        #expect(!result.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\r" && $0 != "\n" })
        #expect(!result.containsEscape)
    }

    @Test func jsonGradebookHasTheSameStudents() throws {
        let result = try TestApp().run([
            "grade", Self.classFolder.path, "--quiz", "knowledge-check", "--format", "json",
        ])
        #expect(result.exitCode == 65)
        struct Gradebook: Decodable {
            struct Row: Decodable {
                let student: String
                let total: Double
            }
            let quizID: String
            let rows: [Row]
        }
        let gradebook = try JSONDecoder().decode(Gradebook.self, from: Data(result.output.utf8))
        #expect(gradebook.quizID == "knowledge-check")
        #expect(
            gradebook.rows.map(\.student).sorted() == [
                #"=HYPERLINK("evil.example";"click")"#, "ada", "grace", "linus",
            ])
    }

    @Test func aCleanFolderExitsZero() throws {
        let folder = try TemporaryFolder("tracelab-class")
        for name in ["all-right.yaml", "two-right.yaml"] {
            try FileManager.default.copyItem(
                at: RepositoryPaths.fixture("answers/\(name)"), to: folder.url.appendingPathComponent(name))
        }
        let result = try TestApp().run(["grade", folder.path, "--quiz", "knowledge-check"])
        #expect(result.exitCode == 0)
        #expect(result.errors.isEmpty)
        #expect(result.output.contains("all-right,1,1,1,3,3,100,true"))
    }

    @Test(arguments: [
        (["grade", "/nonexistent/class", "--quiz", "knowledge-check"], "no folder at /nonexistent/class"),
        (["grade", "/", "--quiz", "no-such-quiz"], "no-such-quiz"),
        (
            [
                "grade", RepositoryPaths.root.appendingPathComponent("Sources").path, "--quiz",
                "knowledge-check",
            ], "holds no .yaml"
        ),
    ])
    func unusableFolderOrQuizIsOneLine(arguments: [String], message: String) throws {
        let result = try TestApp().run(arguments)
        #expect(result.exitCode != 0)
        #expect(result.output.isEmpty)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains(message))
    }
}
