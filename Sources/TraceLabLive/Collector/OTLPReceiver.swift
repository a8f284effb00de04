import Hummingbird
import NIOCore
import TraceLabCore

/// The OTLP/HTTP trace endpoint, `POST /v1/traces`, as OpenTelemetry SDKs send to it by default:
/// binary protobuf or JSON bodies. A payload that cannot be read gets `400` with a one-line
/// message and changes nothing; a body over ``bodyLimit`` gets `413`; another content type `415`.
public struct OTLPReceiver: Sendable {
    /// The largest body accepted, in bytes.
    public let bodyLimit: Int
    /// Where accepted spans go.
    public let collector: TraceCollector
    /// The clock that stamps each arrival, in Unix nanoseconds.
    public let now: @Sendable () -> UInt64
    /// Called with the traces the collector hands out early to stay under its span limit.
    public let onEarlyTraces: @Sendable ([TraceCollector.Batch]) -> Void

    /// Creates the endpoint.
    public init(
        bodyLimit: Int, collector: TraceCollector, now: @escaping @Sendable () -> UInt64,
        onEarlyTraces: @escaping @Sendable ([TraceCollector.Batch]) -> Void = { _ in }
    ) {
        self.bodyLimit = bodyLimit
        self.collector = collector
        self.now = now
        self.onEarlyTraces = onEarlyTraces
    }

    /// Adds `POST /v1/traces` to `router`.
    public func register<Context: RequestContext>(on router: Router<Context>) {
        router.post("/v1/traces") { request, _ -> Response in
            await self.receive(request)
        }
    }

    private func receive(_ request: Request) async -> Response {
        guard let contentType = request.headers[.contentType],
            let encoding = OTLPPayload.Encoding(contentType: contentType)
        else {
            return Self.text(
                .unsupportedMediaType,
                "send application/x-protobuf or application/json, not '\(TextCleaning.oneLine(request.headers[.contentType] ?? "nothing"))'"
            )
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: bodyLimit)
        } catch {
            return Self.text(
                .contentTooLarge, "the body is larger than \(bodyLimit) bytes; send smaller batches")
        }
        let received: ReceivedSpans
        do {
            received = try OTLPPayload.decode(Array(buffer: body), encoding: encoding)
        } catch {
            return Self.text(.badRequest, TextCleaning.oneLine(error.message))
        }
        let early = collector.add(received, nowNanos: now())
        if !early.isEmpty { onEarlyTraces(early) }
        var headers = HTTPFields()
        headers[.contentType] = encoding.contentType
        // An empty ExportTraceServiceResponse: every span was accepted.
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(string: encoding == .json ? "{}" : "")))
    }

    static func text(_ status: HTTPResponse.Status, _ message: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(
            status: status, headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(string: message + "\n")))
    }
}
