import ArgumentParser
import Foundation
import TraceLabCore
import TraceLabLive

/// `--export URL [--export-format protobuf|json]`: send a run's spans to a real OTLP/HTTP
/// backend (Jaeger's OTLP port, an OpenTelemetry Collector, `tracelab collect`).
public struct SpanExportOptions: ParsableArguments, Sendable {
    /// The body encoding of an export.
    public enum Encoding: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// Binary protobuf (`application/x-protobuf`), the OTLP/HTTP default.
        case protobuf
        /// OTLP/JSON (`application/json`).
        case json
    }

    /// Where to send the spans.
    @Option(
        name: .customLong("export"),
        help: ArgumentHelp(
            "Also send the spans over OTLP/HTTP to this URL (no path: /v1/traces is added).", valueName: "url"
        ))
    public var url: String?

    /// How to encode the export.
    @Option(name: .customLong("export-format"), help: "Export encoding: protobuf (default) or json.")
    public var encoding: Encoding = .protobuf

    /// Creates the options (ArgumentParser fills them in).
    public init() {}

    /// The endpoint, checked before anything runs, or nil without `--export`.
    func endpoint() throws(CLIError) -> OTLPEndpoint? {
        guard let url else { return nil }
        do {
            return try OTLPEndpoint(url)
        } catch {
            throw .usage("--export: \(error.message)")
        }
    }

    /// Sends `run`'s spans to `endpoint`; a refused connection or an error status is exit 69.
    func send(_ run: LabRun, resources: [String: [String: AttributeValue]], to endpoint: OTLPEndpoint)
        throws(CLIError)
    {
        let body: [UInt8]
        switch encoding {
        case .protobuf: body = OTLPProtobufEncoder.encode(run.spans, resources: resources)
        case .json: body = Array(JSONText.encodeLine(OTLPExport(run: run, resources: resources)).utf8)
        }
        let wire: OTLPPayload.Encoding = encoding == .json ? .json : .protobuf
        do {
            try AsyncBridge.wait { () async throws(OTLPExportError) in
                try await OTLPHTTPExporter(endpoint: endpoint).export(body, encoding: wire)
            }
        } catch {
            throw CLIError(error.message, exitCode: CLIError.unavailableExitCode)
        }
    }
}

extension CLIError {
    /// A service the command needed did not answer or refused (sysexits EX_UNAVAILABLE).
    static let unavailableExitCode: Int32 = 69
}
