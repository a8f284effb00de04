import TraceLabCore

/// Sends a service process's finished spans (OTLP/HTTP protobuf) and crossing halves to the
/// parent's hub: every half second while running, and once more at the end.
struct SpanShipper: Sendable {
    let recorder: SpanRecorder
    let ledger: CallLedger
    let active: ActiveSpans
    let hub: HubClient
    let service: String
    let resource: [String: AttributeValue]

    /// Ships what is ready; returns why it failed, or nil.
    func ship() async -> String? {
        let spans = recorder.drain()
        let halves = ledger.drainHalves()
        if !spans.isEmpty {
            let body = OTLPProtobufEncoder.encode(spans, resources: [service: resource])
            do {
                let endpoint = try OTLPEndpoint(hub.tracesEndpoint)
                try await OTLPHTTPExporter(endpoint: endpoint).export(body, encoding: .protobuf)
            } catch {
                return error.message
            }
        }
        if !halves.isEmpty {
            return await hub.report(CrossingReport(service: service, halves: halves))
        }
        return nil
    }

    /// Ends spans whose answers could not be written, then ships everything left.
    func final() async -> String? {
        active.endStragglers()
        return await ship()
    }
}
