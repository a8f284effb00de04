import Foundation
import Testing

/// `run --export URL` delivers every span to an OTLP/HTTP receiver, in protobuf or JSON, and
/// a receiver that is not there is one line and exit 69.
@Suite(.timeLimit(.minutes(2))) struct RunExportTests {
    let binary: BuiltBinary

    init() throws {
        binary = try BuiltBinary()
    }

    @Test(arguments: ["protobuf", "json"])
    func everySpanReachesTheReceiver(encoding: String) throws {
        let collector = try RunningCollector(binary, arguments: ["--format", "json", "--quiet", "200"])
        let run = try binary.run([
            "run", "checkout", "--seed", "7", "--format", "json", "--export",
            "http://127.0.0.1:\(collector.port)",
            "--export-format", encoding,
        ])
        let collected = try collector.stop()
        #expect(run.exitCode == 0, "\(run.errors)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let sentIDs = Set(
            ((report["traces"] as? [[String: Any]]) ?? []).flatMap { ($0["spans"] as? [[String: Any]]) ?? [] }
                .compactMap { $0["spanId"] as? String })
        let traces = try RunningCollector.traces(in: collected.output)
        let receivedIDs = Set(
            traces.flatMap { ($0["spans"] as? [[String: Any]]) ?? [] }.compactMap { $0["spanId"] as? String })
        #expect(sentIDs.count == 11)
        #expect(receivedIDs == sentIDs)
        #expect(traces.count == 1)
        #expect(
            traces.first?["services"] as? [String] == [
                "billing", "enrollment", "gateway", "notification-worker", "payment-provider",
            ])
    }

    @Test func aClosedPortIsOneLineAndExit69() throws {
        let port = try ClosedPort.find()
        let run = try binary.run(["run", "checkout", "--export", "http://127.0.0.1:\(port)"])
        #expect(run.exitCode == 69)
        #expect(run.errorLines.count == 1)
        #expect(run.errors.contains("http://127.0.0.1:\(port)/v1/traces"))
        #expect(run.errors.contains("connection refused"))
        #expect(!run.looksLikeACrash)
    }

    @Test func aURLThatIsNotHTTPIsAUsageError() throws {
        let run = try binary.run(["run", "checkout", "--export", "ftp://example.org"])
        #expect(run.exitCode == 64)
        #expect(run.errorLines.count == 1)
        #expect(run.output.isEmpty)
    }
}

/// A loopback port nothing listens on: bound once to learn a free number, then released.
enum ClosedPort {
    static func find() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        try #require(bound)
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
