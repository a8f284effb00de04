import Foundation

/// Where an OTLP/HTTP exporter sends traces. A URL with no path (`http://localhost:4318`) gets
/// the standard `/v1/traces`, as OpenTelemetry exporters do with a base endpoint; a URL with a
/// path is used exactly as given.
public struct OTLPEndpoint: Hashable, Sendable, CustomStringConvertible {
    /// The full URL spans are posted to.
    public let url: String

    /// Reads `text`; only `http` and `https` URLs with a host are accepted.
    public init(_ text: String) throws(OTLPExportError) {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else {
            throw OTLPExportError(
                "'\(TextCleaning.oneLine(text, limit: 80))' is not an http(s) URL; give one such as http://localhost:4318"
            )
        }
        if components.path.isEmpty || components.path == "/" {
            var withPath = components
            withPath.path = "/v1/traces"
            url = withPath.string ?? text
        } else {
            url = text
        }
    }

    /// The URL.
    public var description: String { url }
}
