import TraceLabCore

/// Where an operation is served over HTTP: `POST /charges` at method POST and path
/// `/charges`; an operation whose name is not `METHOD /path` at `POST /_tracelab/operation/N`.
public struct LiveRoute: Hashable, Sendable {
    /// The HTTP method.
    public var method: String
    /// The path.
    public var path: String

    /// The route of `operation` of `service` in `scenario`.
    public init(operation: String, service: Scenario.Service) {
        let words = operation.split(separator: " ", maxSplits: 1)
        if words.count == 2, words[1].hasPrefix("/"), words[0].allSatisfy({ $0.isLetter && $0.isUppercase }) {
            method = String(words[0])
            path = String(words[1])
        } else {
            method = "POST"
            path = "/_tracelab/operation/\(service.operations.firstIndex { $0.name == operation } ?? 0)"
        }
    }

    /// The path the queue delivers messages to.
    public static let deliveryPath = "/_tracelab/deliver"
}
