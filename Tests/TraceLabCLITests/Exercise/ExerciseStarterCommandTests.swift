import Foundation
import Testing
import TraceLabCore

/// `exercise starter` writes every language's files and never overwrites one.
@Suite("exercise starter")
struct ExerciseStarterCommandTests {
    @Test("writes the starter's files with a README and a TODO", arguments: StarterLanguage.allCases)
    func writes(language: StarterLanguage) throws {
        let folder = try TemporaryFolder("tracelab-starter")
        let target = folder.url.appendingPathComponent("service").path
        let result = try TestApp().run(["exercise", "starter", "--lang", language.rawValue, target])

        #expect(result.exitCode == 0, "\(result.errors)")
        for file in StarterKit.files(for: language) {
            let written = try String(contentsOfFile: target + "/" + file.path, encoding: .utf8)
            #expect(written == file.contents)
        }
        let sources = StarterKit.files(for: language).filter {
            $0.path != "README.md" && !$0.path.hasSuffix(".mod")
        }
        #expect(sources.contains { $0.contents.contains("TODO: propagate the trace context") })
        #expect(
            StarterKit.files(for: language)[0].contents.contains(
                "tracelab exercise propagation http://127.0.0.1:8000/"))
    }

    @Test("an existing file is left alone: exit 74 and one line")
    func refusesToOverwrite() throws {
        let folder = try TemporaryFolder("tracelab-starter")
        try folder.write("mine\n", to: "service.py")
        let result = try TestApp().run(["exercise", "starter", "--lang", "python", folder.path])

        #expect(result.exitCode == 74)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains("service.py already exists"))
        #expect(
            try String(contentsOf: folder.url.appendingPathComponent("service.py"), encoding: .utf8)
                == "mine\n")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("README.md").path))
    }

    @Test("an unknown language is a usage error")
    func unknownLanguage() throws {
        let result = try TestApp().run(["exercise", "starter", "--lang", "cobol"])
        #expect(result.exitCode == 64)
    }
}
