import Foundation

/// One element of the contract's request body: the URL to call and the JSON body to send it.
struct ContractCall: Codable, Sendable {
    var url: String
    var arguments: [ContractCall]

    init(url: String, arguments: [ContractCall] = []) {
        self.url = url
        self.arguments = arguments
    }

    /// The JSON array the contract's `POST` carries.
    static func body(_ calls: [ContractCall]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(calls)) ?? Data("[]".utf8), as: UTF8.self)
    }
}
