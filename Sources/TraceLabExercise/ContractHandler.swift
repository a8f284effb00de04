import AsyncHTTPClient
import Foundation
import Hummingbird
import NIOCore
import TraceLabCore

/// The endpoint's one request handler: read the trace context, make the calls, answer.
struct ContractHandler: Sendable {
    let ids: any IDSource
    let client: HTTPClient
    let timeout: Duration

    func respond(to request: Request) async throws -> Response {
        let body = try await request.body.collect(upTo: 1 << 20)
        guard let calls = Self.calls(in: Data(body.readableBytesView)) else {
            return Response(
                status: .badRequest,
                body: .init(
                    byteBuffer: ByteBuffer(
                        string: "expected a JSON array of {\"url\": ..., \"arguments\": ...}\n")))
        }
        let server = serverSpan(request.headers)
        for call in calls {
            var clientSpan = server
            clientSpan.spanID = ids.nextSpanID()
            var outgoing = HTTPClientRequest(url: call.url)
            outgoing.method = .POST
            for header in TraceContextHeaders.injectLevel2(clientSpan) {
                outgoing.headers.add(name: header.name, value: header.value)
            }
            outgoing.headers.add(name: "content-type", value: "application/json")
            outgoing.body = .bytes(ByteBuffer(bytes: call.arguments))
            let response = try await client.execute(outgoing, timeout: .seconds(timeout.components.seconds))
            _ = try await response.body.collect(upTo: 1 << 20)
        }
        return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "{}")))
    }

    /// The span the endpoint opens for the incoming request: a child of the received context, or
    /// the root of a new trace (sampled, random trace id) when none can be continued.
    private func serverSpan(_ headers: HTTPFields) -> SpanContext {
        let traceparent = headers.filter { $0.name.canonicalName == TraceContextHeaders.traceparent }.map(
            \.value)
        let tracestate = headers.filter { $0.name.canonicalName == TraceContextHeaders.tracestate }.map(
            \.value)
        if var context = TraceContextHeaders.extract(traceparent: traceparent, tracestate: tracestate) {
            context.spanID = ids.nextSpanID()
            return context
        }
        return SpanContext(traceID: ids.nextTraceID(), spanID: ids.nextSpanID(), flags: [.sampled, .random])
    }

    /// The body's elements as (url, JSON of arguments); nil unless it is an array of objects that
    /// each have a string `url`.
    static func calls(in body: Data) -> [(url: String, arguments: [UInt8])]? {
        guard
            let array = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) as? [Any]
        else { return nil }
        var calls: [(url: String, arguments: [UInt8])] = []
        for element in array {
            guard let object = element as? [String: Any], let url = object["url"] as? String else {
                return nil
            }
            let arguments = object["arguments"] ?? [Any]()
            guard
                let json = try? JSONSerialization.data(
                    withJSONObject: arguments, options: [.fragmentsAllowed])
            else { return nil }
            calls.append((url, [UInt8](json)))
        }
        return calls
    }
}
