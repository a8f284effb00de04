import Foundation
import Testing

/// Ctrl-C while a command typed at the prompt runs stops that command and brings the prompt
/// back; the session goes on. Checked on the built binary with a real SIGINT.
@Suite struct InterruptCommandTests {
    /// A scenario whose text run prints far more than a pipe holds (about 220 KB), so the
    /// command is certainly still running, blocked on its output, when the signal arrives.
    static let wideScenario: String = {
        var lines = ["id: wide", "title: Wide", "request:", "  service: gateway", "  operation: GET /"]
        lines += ["services:", "  gateway:", "    GET /:"]
        lines += Array(repeating: "      - call: worker GET /item", count: 1_500)
        lines += ["  worker:", "    GET /item:", "      - work: 1ms"]
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func ctrlCStopsTheRunningCommandAndTheSessionGoesOn() throws {
        let binary = try BuiltBinary()
        let folder = try TemporaryFolder("tracelab-interrupt")
        let scenario = try folder.write(Self.wideScenario, to: "wide.yaml")
        let stderr = try folder.write("", to: "stderr")
        let input = Pipe()
        let output = Pipe()
        let process = Process()
        process.executableURL = binary.url
        process.environment = binary.environment()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()

        input.fileHandleForWriting.write(Data("run \(scenario.path)\n".utf8))
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("GET /item") {
            let chunk = output.fileHandleForReading.availableData
            try #require(!chunk.isEmpty, "tracelab ended before the run printed anything")
            seen += chunk
        }
        kill(process.processIdentifier, SIGINT)
        input.fileHandleForWriting.write(Data("scenarios\nquit\n".utf8))
        try input.fileHandleForWriting.close()
        let rest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(rest.contains("checkout"))
        let errors = try String(contentsOf: stderr, encoding: .utf8)
        #expect(errors.contains("Stopped (Ctrl-C)"))
    }
}
