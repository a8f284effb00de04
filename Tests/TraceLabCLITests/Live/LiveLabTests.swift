import Foundation
import Testing
import TraceLabCLI
import TraceLabCore
import TraceLabLive

/// `tracelab live` as a user runs it: five real processes on 127.0.0.1, one trace (or the
/// same fragments as the simulation), and no `tracelab serve` left behind, even when the
/// parent is killed with `kill -9`. Runs use `--time-scale 0.5`: the checkout's payment
/// timeout then has 110 ms to spare over the answer it waits for, which a debug build on a
/// loaded machine needs (at 0.05 the margin is 11 ms, and a cold first run missed it). The
/// time limit is a hang guard longer than a whole merged suite on a loaded machine (see
/// WireTests for why a test's wall time stretches to the suite's).
@Suite(.serialized, .timeLimit(.minutes(10))) struct LiveLabTests {
    let binary: BuiltBinary

    init() throws {
        binary = try BuiltBinary()
    }

    struct OTLP: Decodable {
        struct ResourceSpans: Decodable {
            let resource: Resource
            let scopeSpans: [ScopeSpans]
        }

        struct Resource: Decodable {
            let attributes: [KeyValue]
        }

        struct KeyValue: Decodable {
            let key: String
            let value: [String: String]
        }

        struct ScopeSpans: Decodable {
            let spans: [Span]
        }

        struct Span: Decodable {
            let traceId: String
            let spanId: String
            let parentSpanId: String?
            let kind: Int
        }

        let resourceSpans: [ResourceSpans]
    }

    @Test func checkoutIsOneTraceFromFiveProcesses() throws {
        let result = try binary.run([
            "live", "checkout", "--time-scale", "0.5", "--format", "otlp", "--seed", "3",
        ])
        #expect(result.exitCode == 0, "\(result.errors)")
        let export = try JSONDecoder().decode(OTLP.self, from: Data(result.output.utf8))
        let services = export.resourceSpans.compactMap { resource in
            resource.resource.attributes.first { $0.key == "service.name" }?.value["stringValue"]
        }
        #expect(
            Set(services) == ["gateway", "billing", "payment-provider", "enrollment", "notification-worker"])
        let pids = export.resourceSpans.compactMap { resource in
            resource.resource.attributes.first { $0.key == "process.pid" }?.value["intValue"].flatMap {
                Int32($0)
            }
        }
        #expect(Set(pids).count == 5)
        let spans = export.resourceSpans.flatMap(\.scopeSpans).flatMap(\.spans)
        #expect(Set(spans.map(\.traceId)).count == 1)
        #expect(spans.filter { $0.parentSpanId == nil }.count == 1)
        // Server spans from Hummingbird, client spans from AsyncHTTPClient, the message hop's
        // producer and consumer from the services themselves.
        #expect(Set(spans.map(\.kind)) == [2, 3, 4, 5])
        #expect(pids.allSatisfy { !ProcessTable.isAlive($0) })
    }

    /// Each request is a request of the run with its own trace, and each retries its payment as
    /// the simulation does: the invocation count is per request, not per process.
    @Test func severalRequestsAreEachARequestOfTheRunAndEachRetries() throws {
        let result = try binary.run([
            "live", "checkout", "--time-scale", "0.5", "--requests", "3", "--rate", "20", "--format", "json",
            "--seed", "5",
        ])
        #expect(result.exitCode == 0, "\(result.errors)")
        let report = try JSONDecoder().decode(RunReportMirror.self, from: Data(result.output.utf8))
        #expect(report.load.requests == 3)
        #expect(report.load.arrivals == "even")
        #expect(report.requests.map(\.number) == [1, 2, 3])
        #expect(Set(report.requests.map(\.traceId)).count == 3)
        #expect(report.traceCount == 3)
        let counts = Dictionary(
            report.metrics.map { ("\($0.service) \($0.operation)", $0.count) }, uniquingKeysWith: +)
        #expect(counts["gateway /checkout"] == 3)
        #expect(counts["payment-provider /authorize"] == 6)
        #expect(counts["notification-worker process purchase.completed"] == 3)
    }

    @Test func boundaryOffGivesTwoTracesAndNamesTheLostCrossing() throws {
        let result = try binary.run([
            "live", "checkout", "--time-scale", "0.5", "--off", "gateway:billing", "--format", "json",
            "--seed", "4",
        ])
        #expect(result.exitCode == 0, "\(result.errors)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(report["traceCount"] as? Int == 2)
        let lost = try #require(report["lostCrossings"] as? [[String: Any]])
        #expect(lost.map { $0["boundary"] as? String } == ["gateway:billing"])
        let crossings = try #require(report["crossings"] as? [[String: Any]])
        let offCrossing = try #require(crossings.first { $0["boundary"] as? String == "gateway:billing" })
        #expect((offCrossing["sent"] as? [String: String])?.isEmpty == true)
        #expect((offCrossing["received"] as? [String: String])?.isEmpty == true)
        let kept = try #require(crossings.first { $0["boundary"] as? String == "gateway:enrollment" })
        let sent = (kept["sent"] as? [String: String])?["traceparent"]
        #expect(sent != nil && sent == (kept["received"] as? [String: String])?["traceparent"])
        #expect(
            crossings.contains {
                $0["carrier"] as? String == "message" && $0["lostContext"] as? Bool == false
            })
    }

    @Test func theHeadersViewShowsWhatCrossedTheWire() throws {
        let result = try binary.run([
            "live", "checkout", "--time-scale", "0.5", "--view", "headers", "--seed", "5",
        ])
        #expect(result.exitCode == 0, "\(result.errors)")
        #expect(result.output.contains("traceparent"))
        #expect(result.output.contains("live: 5 processes"))
    }

    @Test func killingTheParentWithSIGKILLLeavesNoServeProcess() throws {
        let pending = try binary.process(["live", "checkout", "--time-scale", "1", "--format", "json"])
        try pending.process.run()
        let parent = pending.process.processIdentifier
        var children: [Int32] = []
        for _ in 0..<1200 where children.count < 5 {
            Thread.sleep(forTimeInterval: 0.05)
            children = ProcessTable.children(of: parent)
        }
        #expect(children.count == 5)
        kill(parent, SIGKILL)
        pending.process.waitUntilExit()
        var survivors = children
        for _ in 0..<200 where !survivors.isEmpty {
            Thread.sleep(forTimeInterval: 0.05)
            survivors = survivors.filter(ProcessTable.isAlive)
        }
        #expect(survivors.isEmpty, "still running after the parent died: \(survivors)")
        for survivor in survivors { kill(survivor, SIGKILL) }
    }

    @Test func serviceProcessesStartWithNoSignalBlocked() throws {
        let pending = try binary.process(["live", "checkout", "--time-scale", "1", "--format", "json"])
        try pending.process.run()
        let parent = pending.process.processIdentifier
        var children: [Int32] = []
        for _ in 0..<1200 where children.count < 5 {
            Thread.sleep(forTimeInterval: 0.05)
            children = ProcessTable.children(of: parent)
        }
        // glibc blocks every signal of a thread for the instant it takes to start another, so
        // one reading can catch a process mid-way: a mask counts once it reads clear, or if it
        // never does within a second.
        let clear = "0000000000000000"
        let masks = children.map { child in
            var mask = ProcessTable.blockedSignals(child)
            for _ in 0..<20 where mask != clear && !mask.isEmpty {
                Thread.sleep(forTimeInterval: 0.05)
                mask = ProcessTable.blockedSignals(child)
            }
            return mask
        }
        let result = try pending.finish()
        #expect(result.exitCode == 0, "\(result.errors)")
        #expect(children.count == 5)
        // SIGTERM blocked (as a dispatch worker thread has it) would make `kill PID` do nothing.
        #expect(masks.allSatisfy { $0 == clear }, "SigBlk of the serve processes: \(masks)")
    }

    @Test func aServiceThatExitsAtStartIsOneLineNamingItAndLeavesNoProcess() async throws {
        let folder = try TemporaryFolder("tracelab-failing-serve")
        let wrapper = try folder.write(
            """
            #!/bin/sh
            case " $* " in
            *" --service billing "*) echo "cannot open the ledger" >&2; exit 3 ;;
            esac
            exec '\(binary.url.path)' "$@"

            """, to: "serve-or-fail")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper.path)
        let settings = LiveLabSettings(
            scenario: try ContentLibrary(root: RepositoryPaths.root).scenario("checkout"),
            scenarioReference: "checkout", executable: wrapper.path,
            environment: binary.environment(), propagation: PropagationSettings(),
            requests: 1, rate: 10, timeScale: 0.01, seed: 9, spanLimit: 10_000)
        let result = try await LiveLab(
            settings: settings, now: { UInt64(Date().timeIntervalSince1970 * 1e9) }
        )
        .run()
        #expect(result.failures == ["the billing service failed to start: cannot open the ledger"])
        #expect(result.requestLatencies.isEmpty)
        #expect(ProcessTable.children(of: getpid()).isEmpty)
    }

    @Test func aServiceThatCannotServeIsOneLineNamingIt() throws {
        let result = try binary.run(["serve", "checkout", "--service", "nobody", "--hub", "9"])
        #expect(result.exitCode == 69)
        #expect(result.errorLines.count == 1)
        #expect(result.errors.contains("no service 'nobody'"))
    }
}

/// What /proc says about processes.
enum ProcessTable {
    /// Whether `pid` is a process that has not finished (zombies count as finished).
    static func isAlive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
            return false
        }
        return !(stat.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("Z") ?? true)
    }

    /// The signals `pid` blocks, as the hexadecimal mask /proc shows (empty when it is gone).
    static func blockedSignals(_ pid: Int32) -> String {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("SigBlk:") }
        return line.map { $0.dropFirst("SigBlk:".count).trimmingCharacters(in: .whitespaces) } ?? ""
    }

    /// The running processes whose parent is `parent` and whose command line is `tracelab serve`.
    /// After the `)` that ends the command name, /proc/PID/stat reads `state ppid pgrp ...`.
    static func children(of parent: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let fields = stat.split(separator: ")").last?.split(separator: " "), fields.count > 1,
                Int32(fields[1]) == parent,
                let commandLine = try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)
            else { return false }
            return commandLine.split(separator: "\0").dropFirst().first == "serve" && isAlive(pid)
        }
    }
}
