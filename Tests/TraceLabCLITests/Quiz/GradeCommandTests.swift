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

    @Test func everyReadableSubmissionIsGradedAndOnlyUnreadableOnesListed() throws {
        let folder = try classWithControlCharacterName()
        let result = try TestApp().run(["grade", folder.path, "--quiz", "knowledge-check"])
        #expect(result.exitCode == 65)
        let rows = result.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(
            rows.first
                == "student,what-a-trace-is,why-propagation,beyond-correlation-ids,total,max,percent,passed,notes"
        )
        let students = rows.dropFirst().map { $0.prefix { $0 != "," } }
        #expect(students.count == 8)
        #expect(rows.contains("ada,1,1,1,3,3,100,true,"))
        #expect(rows.contains("grace,1,0,1,2,3,66.67,true,"))
        #expect(rows.contains("linus,0,0,0,0,3,0,false,"))
        #expect(
            rows.contains(
                "missing-answer,1,0,1,2,3,66.67,true,"
                    + "line 1: missing answers for why-propagation; add one line per question"))
        #expect(
            rows.contains(
                "no-such-choice,1,0,1,2,3,66.67,true,"
                    + "line 2: question 'why-propagation': there is no choice D; this question has A to C"))
        #expect(
            rows.contains {
                $0.hasPrefix(
                    "unknown-question,1,1,1,3,3,100,true,\"line 4: unknown question id 'what-a-span-is'")
            })

        let errors = result.errorLines
        #expect(errors.count == 2)
        #expect(errors.first?.hasPrefix("not graded: malformed.yaml: ") == true)
        #expect(errors.first?.contains("YAML") == true)
        #expect(errors.last == "tracelab: graded 8 of 9 files; fix the 1 listed above and grade again")
        #expect(!result.errors.contains("notes.txt"))
    }

    @Test func aBlankAnswerScoresZeroForThatQuestionOnly() throws {
        let folder = try TemporaryFolder("tracelab-class")
        try folder.write("what-a-trace-is: A\nwhy-propagation:\nbeyond-correlation-ids: A\n", to: "sam.yaml")
        try folder.write(
            "what-a-trace-is: A\nwhy-propagation: ''\nbeyond-correlation-ids: A\n", to: "kim.yaml")
        let result = try TestApp().run(["grade", folder.path, "--quiz", "knowledge-check"])
        #expect(result.exitCode == 0, "\(result.errors)")
        #expect(result.errors.isEmpty)
        let rows = result.output.components(separatedBy: "\r\n")
        for student in ["sam", "kim"] {
            let row = try #require(rows.first { $0.hasPrefix(student + ",") })
            #expect(row.hasPrefix("\(student),1,0,1,2,3,66.67,true,"))
            #expect(row.contains("line 2: question 'why-propagation': no answer given"))
        }
    }

    @Test func cellsASpreadsheetWouldRunAreNeutralised() throws {
        let folder = try classWithControlCharacterName()
        let result = try TestApp().run(["grade", folder.path, "--quiz", "knowledge-check"])
        let rows = result.output.components(separatedBy: "\r\n")
        let formula = try #require(rows.first { $0.contains("HYPERLINK") })
        #expect(formula.hasPrefix("\"'=HYPERLINK("))
        #expect(!rows.contains { $0.hasPrefix("=") || $0.hasPrefix("\"=") })
        let eve = try #require(rows.first { $0.hasPrefix("eve") })
        #expect(eve.hasSuffix(",1,1,0,2,3,66.67,true,"))
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
                #"=HYPERLINK("evil.example";"click")"#, "ada", "grace", "linus", "missing-answer",
                "no-such-choice", "unknown-question",
            ])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(
            rows.allSatisfy { $0["attemptID"] == nil }, "grade stores nothing, so it shows no attempt ids")
        let missing = try #require(rows.first { $0["student"] as? String == "missing-answer" })
        #expect((missing["notes"] as? [String])?.first?.contains("why-propagation") == true)
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
        #expect(result.output.contains("all-right,1,1,1,3,3,100,true,\r\n"))
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
