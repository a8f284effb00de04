import Foundation
import Hummingbird
import Instrumentation
import NIOCore
import TraceLabCore
import Tracing

/// The HTTP face of one service process: a route per scenario operation behind the network
/// delay and Hummingbird's `TracingMiddleware`, and the queue's delivery route, which is not
/// traced (the worker's span comes from the message, not from the delivery).
struct ServiceRoutes: Sendable {
    let settings: ServeSettings
    let runner: OperationRunner
    let active: ActiveSpans
    let ledger: CallLedger
    let lab: LabTracer
    let now: @Sendable () -> UInt64

    func register(on router: Router<BasicRequestContext>) {
        guard let service = settings.scenario.service(settings.service) else { return }
        let traced = router.group()
            .add(
                middleware: NetworkDelayMiddleware(
                    nanos: settings.scaled(settings.scenario.networkLatencyNanos))
            )
            .add(middleware: TracingMiddleware())
        for operation in service.operations {
            let route = LiveRoute(operation: operation.name, service: service)
            traced.on(RouterPath(route.path), method: HTTPRequest.Method(route.method) ?? .post) {
                request, _ in
                await self.serve(operation, request: request)
            }
        }
        router.post(RouterPath(LiveRoute.deliveryPath)) { request, _ in
            await self.deliver(request)
        }
    }

    private func serve(_ operation: Scenario.Operation, request: Request) async -> Response {
        let spanContext = InstrumentationContext.current?.spanContext
        let span = spanContext.flatMap { active.span($0.spanID) }
        let correlationID = request.headers[.init("x-correlation-id")!] ?? ""
        span?.attributes["correlation.id"] = correlationID
        if let callID = request.headers[.init(ServiceTracer.callHeader)!], let spanContext {
            var fields: [String: String] = [:]
            for name in [TraceContextHeaders.traceparent, TraceContextHeaders.tracestate] {
                let values = request.headers[values: .init(name)!]
                if !values.isEmpty { fields[name] = values.joined(separator: ", ") }
            }
            ledger.record(
                CrossingHalf(
                    callID: callID, side: .callee, boundary: "", carrier: "http", attempt: 0,
                    propagation: false,
                    fields: fields, spanID: spanContext.spanID.hex, traceID: spanContext.traceID.hex))
        }
        let failure = await runner.run(
            operation.steps,
            invocation: runner.nextInvocation(of: operation.name, correlationID: correlationID), span: span,
            correlationID: correlationID)
        if let spanContext { active.remove(spanContext.spanID, returnedAtNanos: now()) }
        guard let failure else { return Self.text(.ok, "ok") }
        span?.setStatus(SpanStatus(code: .error, message: failure))
        return Self.text(.internalServerError, failure)
    }

    private func deliver(_ request: Request) async -> Response {
        guard let body = try? await request.body.collect(upTo: 1024 * 1024),
            let message = try? JSONDecoder().decode(QueuedMessage.self, from: Data(buffer: body)),
            let operation = settings.scenario.service(settings.service)?.operation(message.operation)
        else {
            return Self.text(.badRequest, "not a message for \(settings.service)")
        }
        var context = InstrumentationContext.topLevel
        lab.extract(MessageMetadata(message.metadata), into: &context, using: MessageMetadataExtractor())
        let consumer = lab.startSpan(
            operation.name, context: context, ofKind: .consumer,
            at: VirtualInstant(nanosecondsSinceEpoch: now()))
        let correlationID = message.metadata["x-correlation-id"] ?? ""
        var attributes = SpanAttributes()
        attributes["correlation.id"] = correlationID
        attributes["messaging.destination.name"] = message.topic
        attributes["messaging.operation.type"] = "process"
        consumer.attributes = attributes
        ledger.record(
            CrossingHalf(
                callID: message.id, side: .callee, boundary: "", carrier: "message", attempt: 0,
                propagation: false,
                fields: TraceFields.of(message.metadata), spanID: consumer.spanContext.spanID.hex,
                traceID: consumer.spanContext.traceID.hex))
        let failure = await InstrumentationContext.$current.withValue(consumer.context) {
            await runner.run(
                operation.steps,
                invocation: runner.nextInvocation(of: operation.name, correlationID: correlationID),
                span: consumer,
                correlationID: correlationID)
        }
        if let failure { consumer.setStatus(SpanStatus(code: .error, message: failure)) }
        consumer.end(at: VirtualInstant(nanosecondsSinceEpoch: now()))
        return Self.text(.ok, failure ?? "ok")
    }

    static func text(_ status: HTTPResponse.Status, _ message: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(
            status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: message)))
    }
}

/// Holds each request for the scenario's one-way network latency before it reaches the
/// tracing middleware, so the server span starts when the request would have arrived.
struct NetworkDelayMiddleware<Context: RequestContext>: RouterMiddleware {
    let nanos: UInt64

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        await RealWait.wait(nanos: nanos)
        return try await next(request, context)
    }
}
