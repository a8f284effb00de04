import Foundation

/// Values stored in one TEXT column as JSON: lists of strings, and small settings.
enum JSONColumn {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Decodes a column written by ``encode(_:)``; anything else means the file was damaged.
    static func decode<Value: Decodable>(_ text: String, path: String) throws(StoreError) -> Value {
        do {
            return try JSONDecoder().decode(Value.self, from: Data(text.utf8))
        } catch {
            throw .corrupt(path: path)
        }
    }
}
