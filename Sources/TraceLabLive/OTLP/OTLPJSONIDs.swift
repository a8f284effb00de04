import Foundation

/// OTLP/JSON writes `traceId`, `spanId` and `parentSpanId` as hex, where the canonical protobuf
/// JSON mapping that SwiftProtobuf reads expects base64. This rewrites those fields (wherever
/// they occur, links included) from hex to base64 and leaves everything else alone.
enum OTLPJSONIDs {
    static let idKeys: Set<String> = [
        "traceId", "spanId", "parentSpanId", "trace_id", "span_id", "parent_span_id",
    ]

    /// The same JSON with hex ids turned into base64.
    static func base64Encoded(_ body: [UInt8]) throws(OTLPDecodingError) -> [UInt8] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(body), options: [])
        } catch {
            throw OTLPDecodingError("the body is not JSON: \(error.localizedDescription)")
        }
        let rewritten = try rewrite(object)
        do {
            return Array(try JSONSerialization.data(withJSONObject: rewritten, options: []))
        } catch {
            throw OTLPDecodingError("the JSON could not be re-encoded: \(error.localizedDescription)")
        }
    }

    private static func rewrite(_ value: Any) throws(OTLPDecodingError) -> Any {
        if let dictionary = value as? [String: Any] {
            var result: [String: Any] = [:]
            for (key, element) in dictionary {
                if idKeys.contains(key), let hex = element as? String {
                    result[key] = try base64(hex: hex, field: key)
                } else {
                    result[key] = try rewrite(element)
                }
            }
            return result
        }
        if let array = value as? [Any] {
            var result: [Any] = []
            result.reserveCapacity(array.count)
            for element in array { result.append(try rewrite(element)) }
            return result
        }
        return value
    }

    private static func base64(hex: String, field: String) throws(OTLPDecodingError) -> String {
        guard hex.utf8.count % 2 == 0 else {
            throw OTLPDecodingError("\(field) '\(hex.prefix(40))' is not hex (odd length)")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hex.utf8.count / 2)
        var iterator = hex.utf8.makeIterator()
        while let high = iterator.next(), let low = iterator.next() {
            guard let h = nibble(high), let l = nibble(low) else {
                throw OTLPDecodingError("\(field) '\(hex.prefix(40))' is not hex")
            }
            bytes.append(h << 4 | l)
        }
        return Data(bytes).base64EncodedString()
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
