import Foundation
import Testing

/// Every input the fuzzer ever saved under `Tests/Fuzz/` is read again by its reader, in a
/// separate process, which must finish normally.
@Suite struct FuzzFixtureReplayTests {
    @Test func everySavedFuzzInputIsReadWithoutACrash() throws {
        let binary = try BuiltBinary()
        let bench = binary.url.deletingLastPathComponent().appendingPathComponent("tracelab-bench")
        try #require(FileManager.default.isExecutableFile(atPath: bench.path), "tracelab-bench is not built")
        let folder = RepositoryPaths.root.appendingPathComponent("Tests/Fuzz")
        let saved = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".txt")
        }
        #expect(saved.count >= 5)

        let output = Pipe()
        let process = Process()
        process.executableURL = bench
        process.arguments = ["fuzz", "--replay", folder.path]
        process.environment = ["TRACELAB_CONTENT_DIR": RepositoryPaths.root.path]
        process.standardOutput = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(printed.contains("replayed \(saved.count) saved inputs"))
    }
}
