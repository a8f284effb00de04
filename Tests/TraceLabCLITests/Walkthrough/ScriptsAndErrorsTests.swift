import Foundation
import Testing

/// Scripted sessions report failures in their exit code, `try` honours the data directory, and
/// mistakes are answered with what is wrong.
@Suite struct ScriptsAndErrorsTests {
    @Test func aScriptedSessionExitsWithTheFirstFailuresCode() throws {
        let binary = try BuiltBinary()
        let result = try binary.run([], input: "steps\nrun nowhere\ntraceparent 00-zz\nsteps\nquit\n")
        #expect(result.exitCode == 64, "\(result.errors)")
        #expect(
            result.output.components(separatedBy: "Distributed Tracing Fundamentals: 27 steps").count == 3)
        #expect(result.errorLines.count == 2)
        let clean = try binary.run([], input: "steps\nquit\n")
        #expect(clean.exitCode == 0)
    }

    @Test func tryRunsTheStepsCommandsAgainstTheGivenDataDirectory() throws {
        let app = try TestApp()
        let other = try TemporaryFolder("tracelab-other-data")
        _ = app.run(["goto", "propagation", "--data-dir", other.path])
        let tried = app.run(["try", "3", "--data-dir", other.path])
        #expect(tried.exitCode == 0, "\(tried.errors)")
        #expect(app.run(["boundaries", "--data-dir", other.path]).output.contains("off gateway:billing"))
        #expect(app.run(["boundaries"]).output.contains("propagation on everywhere"))
    }

    @Test(arguments: [
        (["goto", "-1"], "give a number from 1 to 27"),
        (["run", "--seed", "-1"], "the seed must be a whole number from 0 up"),
        (["foo"], "unknown command 'foo'; see"),
        (["tarce"], "did you mean 'trace'?"),
    ])
    func mistakesSayWhatIsWrong(arguments: [String], message: String) throws {
        let result = try TestApp().run(arguments)
        #expect(result.exitCode == 64)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains(message), "\(result.errors)")
        #expect(!result.errors.contains("Missing"))
    }

    @Test func aBlankLineComesBeforeEveryStep() throws {
        let app = try TestApp()
        let next = app.run(["next"])
        #expect(next.output.hasPrefix("\nStep 2 of 27"))
    }
}
