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

    /// The built binary's REPL, started with its input and output on pipes and its errors in `stderr`.
    static func startSession(_ binary: BuiltBinary, errorsTo stderr: URL) throws -> (Process, Pipe, Pipe) {
        let input = Pipe()
        let output = Pipe()
        let process = Process()
        process.executableURL = binary.url
        process.environment = binary.environment()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        return (process, input, output)
    }

    @Test func ctrlCStopsTheRunningCommandAndTheSessionGoesOn() throws {
        let binary = try BuiltBinary()
        let folder = try TemporaryFolder("tracelab-interrupt")
        let scenario = try folder.write(Self.wideScenario, to: "wide.yaml")
        let stderr = try folder.write("", to: "stderr")
        let (process, input, output) = try Self.startSession(binary, errorsTo: stderr)

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

    /// CPU time `pid` has used so far, in clock ticks (utime + stime from /proc).
    static func cpuTicks(of pid: Int32) throws -> Int {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        // Fields after the command name, which is in parentheses and may hold spaces.
        let fields = stat[stat.index(after: try #require(stat.lastIndex(of: ")")))...].split(separator: " ")
        return try #require(Int(fields[11])) + (try #require(Int(fields[12])))
    }

    /// Ctrl-C while a big run is still computing (nothing printed yet) stops the computation: the
    /// run's summary never appears, the next commands answer, and the lab keeps its earlier run.
    @Test func ctrlCStopsARunThatIsStillComputing() throws {
        let binary = try BuiltBinary()
        let folder = try TemporaryFolder("tracelab-interrupt-run")
        let stderr = try folder.write("", to: "stderr")
        let (process, input, output) = try Self.startSession(binary, errorsTo: stderr)

        input.fileHandleForWriting.write(Data("run checkout --requests 3 --seed 5\n".utf8))
        var seen = ""
        while !seen.contains("3 requests") {
            let chunk = output.fileHandleForReading.availableData
            try #require(!chunk.isEmpty, "tracelab ended before the small run printed its summary")
            seen += String(decoding: chunk, as: UTF8.self)
        }
        // Uninterrupted, this run computes for tens of seconds before printing anything. Wait
        // until it has surely started (half a second of CPU since the small run), then stop it.
        let before = try Self.cpuTicks(of: process.processIdentifier)
        input.fileHandleForWriting.write(Data("run checkout --requests 50000 --rate 500\n".utf8))
        while try Self.cpuTicks(of: process.processIdentifier) < before + 50 {
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGINT)
        input.fileHandleForWriting.write(Data("traces\nquit\n".utf8))
        try input.fileHandleForWriting.close()
        let rest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationReason == .exit)
        #expect(
            process.terminationStatus == 130, "a scripted session reports the stopped command's exit code")
        #expect(!rest.contains("50000 requests"))
        #expect(
            rest.contains("3 of 3 traces"),
            "the lab still holds the 3-request run:\n\(rest)")
        #expect(rest.contains("Progress saved"))
        let errors = try String(contentsOf: stderr, encoding: .utf8)
        #expect(errors.contains("stopped (Ctrl-C) before it finished; nothing was saved"))
        #expect(errors.components(separatedBy: "\n").filter { $0.contains("topped") }.count == 1)
    }
}
