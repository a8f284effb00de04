import AsyncHTTPClient
import Foundation
import Hummingbird
import TraceLabExercise

/// Reference solutions of the exercise, written the way a learner would (string handling, no
/// TraceLab types), each variant broken in exactly one way.
enum ReferenceBehavior: String, CaseIterable, Sendable {
    case correct
    case doesNotForward
    case reusesIncomingParentID
    case dropsTracestate
    case forwardsInvalidTraceparent
    case forwardsTwoTraceparents
}

struct ReferenceService: Sendable {
    let behavior: ReferenceBehavior
    let client: HTTPClient

    /// Starts the service on a free loopback port.
    static func start(_ behavior: ReferenceBehavior, client: HTTPClient) async throws -> RunningServer {
        let service = ReferenceService(behavior: behavior, client: client)
        let router = Router()
        router.post("/") { request, _ in try await service.respond(to: request) }
        return try await RunningServer.start(router, host: "127.0.0.1", port: 0)
    }

    func respond(to request: Request) async throws -> Response {
        let body = try await request.body.collect(upTo: 1 << 20)
        let calls =
            try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [[String: Any]] ?? []
        let traceparents = request.headers.filter { $0.name.canonicalName == "traceparent" }.map(\.value)
        let tracestates = request.headers.filter { $0.name.canonicalName == "tracestate" }.map(\.value)
        let incoming = continued(traceparents)
        let traceID = incoming?.traceID ?? Self.hex(bytes: 16)
        let flags = incoming?.flags ?? "01"
        for call in calls {
            var outgoing = HTTPClientRequest(url: call["url"] as? String ?? "")
            outgoing.method = .POST
            outgoing.headers.add(name: "content-type", value: "application/json")
            for header in headers(
                traceID: traceID, flags: flags, incoming: incoming, traceparents: traceparents)
            {
                outgoing.headers.add(name: "traceparent", value: header)
            }
            if incoming != nil, behavior != .dropsTracestate, behavior != .doesNotForward,
                let tracestate = Self.validTracestate(tracestates)
            {
                outgoing.headers.add(name: "tracestate", value: tracestate)
            }
            let arguments = try JSONSerialization.data(withJSONObject: call["arguments"] ?? [Any]())
            outgoing.body = .bytes(ByteBuffer(bytes: arguments))
            let response = try await client.execute(outgoing, timeout: .seconds(10))
            _ = try await response.body.collect(upTo: 1 << 20)
        }
        return Response(status: .ok)
    }

    private func headers(
        traceID: String, flags: String, incoming: (traceID: String, parentID: String, flags: String)?,
        traceparents: [String]
    ) -> [String] {
        let parentID =
            behavior == .reusesIncomingParentID
            ? (incoming?.parentID ?? Self.hex(bytes: 8)) : Self.hex(bytes: 8)
        switch behavior {
        case .doesNotForward:
            return []
        case .forwardsTwoTraceparents where traceparents.count > 1:
            return traceparents.map { value in
                let fields = value.trimmingCharacters(in: .whitespaces).split(separator: "-")
                return "00-\(fields[1])-\(Self.hex(bytes: 8))-\(fields[3].prefix(2))"
            }
        default:
            return ["00-\(traceID)-\(parentID)-\(flags)"]
        }
    }

    /// The incoming trace to continue, or nil to start a new one. The variant that forwards
    /// invalid values only splits the fields; the variant that forwards two headers reads the
    /// first of several.
    private func continued(_ traceparents: [String]) -> (traceID: String, parentID: String, flags: String)? {
        guard let first = traceparents.first else { return nil }
        if traceparents.count > 1, behavior != .forwardsTwoTraceparents { return nil }
        let value = first.trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
        let fields = value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard fields.count >= 4 else { return nil }
        if behavior == .forwardsInvalidTraceparent {
            return (fields[1], fields[2], String(fields[3].prefix(2)))
        }
        let hex = CharacterSet(charactersIn: "0123456789abcdef")
        let isHex = { (text: String, length: Int) in
            text.count == length && text.unicodeScalars.allSatisfy(hex.contains)
        }
        let version = fields[0]
        guard isHex(version, 2), version != "ff", isHex(fields[1], 32), isHex(fields[2], 16),
            fields[3].count >= 2,
            isHex(String(fields[3].prefix(2)), 2),
            fields[1] != String(repeating: "0", count: 32), fields[2] != String(repeating: "0", count: 16)
        else { return nil }
        if version == "00", fields.count != 4 || fields[3].count != 2 { return nil }
        if version != "00", value.count < 55 || (value.count > 55 && !value.dropFirst(55).hasPrefix("-")) {
            return nil
        }
        let flags = UInt8(fields[3].prefix(2), radix: 16)! & 0x01
        return (fields[1], fields[2], flags == 1 ? "01" : "00")
    }

    /// The received tracestate values as one list, or nil when there are none or the list breaks
    /// the grammar (then it is dropped whole).
    static func validTracestate(_ values: [String]) -> String? {
        let members = values.joined(separator: ",").split(separator: ",")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t")) }.filter { !$0.isEmpty }
        guard !members.isEmpty, members.count <= 32 else { return nil }
        let keyCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789_-*/@")
        for member in members {
            let parts = member.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let first = parts[0].unicodeScalars.first, parts[0].count <= 256,
                CharacterSet.lowercaseLetters.union(.decimalDigits).contains(first),
                parts[0].unicodeScalars.allSatisfy(keyCharacters.contains),
                !parts[1].isEmpty, parts[1].count <= 256, parts[1].last != " ",
                parts[1].unicodeScalars.allSatisfy({
                    (0x20...0x7E).contains($0.value) && $0 != "," && $0 != "="
                })
            else { return nil }
        }
        return members.joined(separator: ",")
    }

    static func hex(bytes: Int) -> String {
        var text = ""
        repeat {
            text = (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
        } while text.allSatisfy { $0 == "0" }
        return text
    }
}
