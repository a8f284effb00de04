import Foundation
import Testing

/// `tracelab collect --port 0` running as a real process in the background, for tests that
/// send it OTLP: it learns the port from the collector's first line on standard error, and
/// `stop()` interrupts it (Ctrl-C), which prints every trace still held, and reads its output.
struct RunningCollector {
    let run: PendingRun
    let port: Int

    /// Starts the collector with `arguments` after `collect --port 0`; waits at most 30 s for it to listen.
    init(_ binary: BuiltBinary, arguments: [String] = ["--format", "json"]) throws {
        run = try binary.process(["collect", "--port", "0"] + arguments)
        try run.process.run()
        let stderr = run.files.url.appendingPathComponent("stderr")
        var found: Int?
        for _ in 0..<300 where found == nil {
            let text = (try? String(contentsOf: stderr, encoding: .utf8)) ?? ""
            if let range = text.range(of: "http://127.0.0.1:") {
                found = Int(text[range.upperBound...].prefix { $0.isNumber })
            } else if !run.process.isRunning {
                break
            } else {
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
        guard let found else {
            run.process.terminate()
            throw CollectorDidNotStart(errors: (try? String(contentsOf: stderr, encoding: .utf8)) ?? "")
        }
        port = found
    }

    /// The OTLP/HTTP traces endpoint.
    var endpoint: String { "http://127.0.0.1:\(port)/v1/traces" }

    /// Interrupts the collector and returns what it printed.
    func stop() throws -> CommandResult {
        kill(run.process.processIdentifier, SIGINT)
        for _ in 0..<150 where run.process.isRunning {
            Thread.sleep(forTimeInterval: 0.1)
        }
        if run.process.isRunning {
            kill(run.process.processIdentifier, SIGKILL)
            Issue.record("tracelab collect did not stop within 15 s of Ctrl-C")
        }
        return try run.finish()
    }

    /// The JSON objects the collector printed, one per line.
    static func traces(in output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }
}

/// The collector exited or never said where it listens.
struct CollectorDidNotStart: Error, CustomStringConvertible {
    let errors: String
    var description: String { "tracelab collect did not start: \(errors)" }
}
