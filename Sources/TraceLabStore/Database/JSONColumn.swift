import Foundation

/// Lists of strings stored in one TEXT column as a JSON array.
enum JSONColumn {
    static func encode(_ values: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(values), as: UTF8.self)
    }

    /// Decodes a column written by ``encode(_:)``; anything else means the file was damaged.
    static func decode(_ text: String, path: String) throws(StoreError) -> [String] {
        do {
            return try JSONDecoder().decode([String].self, from: Data(text.utf8))
        } catch {
            throw .corrupt(path: path)
        }
    }
}
