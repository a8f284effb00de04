import Foundation
import SwiftProtobuf
import TraceLabCore

/// Reads an OTLP/HTTP trace export (`ExportTraceServiceRequest`) in either encoding the
/// specification allows: binary protobuf (`application/x-protobuf`) or OTLP/JSON
/// (`application/json`, ids in hex).
public enum OTLPPayload {
    /// The encodings of an OTLP/HTTP body.
    public enum Encoding: String, Sendable, CaseIterable {
        /// Binary protobuf.
        case protobuf
        /// OTLP/JSON.
        case json

        /// The `Content-Type` of a body in this encoding.
        public var contentType: String {
            switch self {
            case .protobuf: "application/x-protobuf"
            case .json: "application/json"
            }
        }

        /// The encoding a `Content-Type` header names (parameters such as `charset` ignored),
        /// or nil for anything else.
        public init?(contentType: String) {
            let mediaType = contentType.split(separator: ";").first.map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }
            switch mediaType {
            case "application/x-protobuf", "application/protobuf": self = .protobuf
            case "application/json": self = .json
            default: return nil
            }
        }
    }

    /// Decodes `body`; any structural problem (bad protobuf, bad JSON, ids of the wrong length)
    /// is an ``OTLPDecodingError``.
    public static func decode(_ body: [UInt8], encoding: Encoding) throws(OTLPDecodingError) -> ReceivedSpans
    {
        let request: Opentelemetry_Proto_Collector_Trace_V1_ExportTraceServiceRequest
        do {
            switch encoding {
            case .protobuf:
                request = try .init(serializedBytes: body)
            case .json:
                var options = JSONDecodingOptions()
                options.ignoreUnknownFields = true
                request = try .init(jsonUTF8Bytes: try OTLPJSONIDs.base64Encoded(body), options: options)
            }
        } catch let error as OTLPDecodingError {
            throw error
        } catch {
            throw OTLPDecodingError(
                "the body is not a valid OTLP \(encoding.rawValue) trace export (\(error))")
        }
        return try OTLPSpanConversion.spans(from: request)
    }
}
