import Foundation
import Testing
import TraceLabCLI

/// The course travels inside the executable: a copy anywhere opens it, and the built-in files are
/// the checkout's files; content on disk still wins.
@Suite struct BuiltInCourseTests {
    @Test func aCopyInAnEmptyFolderOpensTheCourseWithNoEnvironment() throws {
        let binary = try BuiltBinary()
        let folder = try TemporaryFolder("tracelab-copied-binary")
        let copy = folder.url.appendingPathComponent("tracelab")
        try FileManager.default.copyItem(at: binary.url, to: copy)
        let data = folder.url.appendingPathComponent("data").path
        let pending = try binary.process(
            ["--data-dir", data], input: "steps\nquit\n", executable: copy, variables: [:])
        try pending.process.run()
        let result = try pending.finish()
        #expect(result.exitCode == 0, "\(result.errors)")
        #expect(result.errors.isEmpty)
        #expect(result.output.contains("Distributed Tracing Fundamentals"))
        #expect(result.output.contains("knowledge-check"))

        let check = try binary.process(["check"], executable: copy, variables: [:])
        try check.process.run()
        let checked = try check.finish()
        #expect(checked.exitCode == 0, "\(checked.errors)")
    }

    @Test func theBuiltInFilesAreTheCheckoutsFiles() throws {
        let builtIn = ContentLibrary.located(at: nil)
        let disk = ContentLibrary(root: RepositoryPaths.root)
        #expect(builtIn.isBuiltIn)
        let names = { (library: ContentLibrary) in
            (library.scenarioFiles + library.lessonFiles + library.quizFiles).map(library.displayName)
        }
        #expect(names(builtIn) == names(disk))
        for file in disk.scenarioFiles + disk.lessonFiles + disk.quizFiles {
            let name = disk.displayName(file)
            let embedded = try builtIn.read(builtIn.root.appendingPathComponent(name), what: "file")
            #expect(try embedded == disk.read(file, what: "file"), "\(name) differs from the checkout")
        }
    }

    @Test func contentOnDiskWinsOverTheBuiltInCourse() throws {
        let content = try ContentCopy()
        let lesson = content.root.appendingPathComponent("lessons/distributed-tracing-fundamentals.md")
        let edited = try String(contentsOf: lesson, encoding: .utf8)
            .replacingOccurrences(
                of: "title: Distributed Tracing Fundamentals", with: "title: Edited On Disk")
        try Data(edited.utf8).write(to: lesson)
        var app = try TestApp()
        app.contentRoot = nil
        #expect(app.run(["steps"]).output.contains("Distributed Tracing Fundamentals"))
        #expect(app.run(["--content-dir", content.root.path, "steps"]).output.contains("Edited On Disk"))
        app.contentRoot = content.root
        #expect(app.run(["steps"]).output.contains("Edited On Disk"))
    }
}
