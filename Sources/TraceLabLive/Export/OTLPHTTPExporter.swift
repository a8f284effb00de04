import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// Sends OTLP/HTTP trace exports with AsyncHTTPClient. Its own requests are never traced, so
/// exporting spans does not make new ones.
public struct OTLPHTTPExporter: Sendable {
    /// Where the spans go.
    public let endpoint: OTLPEndpoint
    /// How long one export may take before it counts as failed.
    public let timeout: Duration

    /// Creates an exporter for `endpoint`.
    public init(endpoint: OTLPEndpoint, timeout: Duration = .seconds(10)) {
        self.endpoint = endpoint
        self.timeout = timeout
    }

    /// Posts `body` in `encoding`; a refused connection, a timeout or a status other than 2xx
    /// is an ``OTLPExportError`` that names the endpoint.
    public func export(_ body: [UInt8], encoding: OTLPPayload.Encoding) async throws(OTLPExportError) {
        try await UntracedHTTPClient.with { (client) throws(OTLPExportError) in
            try await send(body, encoding: encoding, with: client)
        }
    }

    private func send(_ body: [UInt8], encoding: OTLPPayload.Encoding, with client: HTTPClient)
        async throws(OTLPExportError)
    {
        var request = HTTPClientRequest(url: endpoint.url)
        request.method = .POST
        request.headers.add(name: "content-type", value: encoding.contentType)
        request.body = .bytes(ByteBuffer(bytes: body))
        let response: HTTPClientResponse
        let answer: ByteBuffer
        do {
            response = try await client.execute(
                request, timeout: .nanoseconds(Int64(timeout.nanosecondsCount)))
            answer = try await response.body.collect(upTo: 64 * 1024)
        } catch {
            throw OTLPExportError("cannot export to \(endpoint): \(Self.reason(error))")
        }
        guard (200..<300).contains(response.status.code) else {
            let detail =
                String(buffer: answer).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            throw OTLPExportError(
                "\(endpoint) refused the export: \(response.status.code) \(response.status.reasonPhrase)"
                    + (detail.isEmpty ? "" : " (\(TextCleaning.oneLine(detail, limit: 200)))"))
        }
    }

    private static func reason(_ error: any Error) -> String {
        let text = "\(error)"
        if text.contains("connectionRefused") || text.contains("Connection refused")
            || text.contains("ECONNREFUSED")
        {
            return "connection refused (is the collector running?)"
        }
        if let clientError = error as? HTTPClientError,
            clientError == .deadlineExceeded || clientError == .connectTimeout
        {
            return "no answer in time"
        }
        return TextCleaning.oneLine(text, limit: 200)
    }
}

extension Duration {
    /// The whole duration in nanoseconds.
    var nanosecondsCount: UInt64 {
        let (seconds, attoseconds) = components
        return UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds)) / 1_000_000_000
    }
}
