/// Makes text from the network safe to print or send back on one line: control characters
/// (escape sequences included) become `?`, and it is cut to a readable length.
enum TextCleaning {
    static func oneLine(_ text: String, limit: Int = 300) -> String {
        var result = ""
        for scalar in text.unicodeScalars.prefix(limit) {
            result.unicodeScalars.append(scalar.properties.generalCategory == .control ? "?" : scalar)
        }
        return result
    }
}
