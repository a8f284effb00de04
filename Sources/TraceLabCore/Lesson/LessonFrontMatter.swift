/// Reads the `---` block at the top of a lesson into the lesson's fields, collecting every
/// problem instead of stopping at the first.
struct LessonFrontMatter: Sendable {
    /// The keys a lesson's front matter may have.
    static let allowedKeys = ["id", "title", "minutes", "scenario", "quiz"]
    /// The range `minutes` must fall in.
    static let minutesRange = 1...600

    var id = ""
    var title = ""
    var minutes = 0
    var scenario: String?
    var quiz: String?
    var lines: [String: Int] = [:]
    var problems: [ContentError] = []

    /// No front matter at all: every field empty, no problems of its own.
    init() {}

    /// Reads `yamlLines`, the lines between the `---` markers; `firstLine` is the 1-based line
    /// of the first of them and `openingLine` the line of the opening `---`.
    init(yamlLines: [Substring], firstLine: Int, openingLine: Int, file: String) {
        let offset = firstLine - 1
        let node: ContentNode
        do {
            node = try ContentNode.parse(yamlLines.joined(separator: "\n"), file: file)
        } catch {
            problems.append(
                ContentError(
                    file: file, line: error.line.map { $0 + offset } ?? openingLine,
                    message: error.message.hasPrefix("is ")
                        ? "the front matter \(error.message)" : "in the front matter, \(error.message)"))
            return
        }
        let reader: ContentReader
        do {
            reader = try ContentReader(node, file: file, context: "the front matter")
        } catch {
            problems.append(
                ContentError(
                    file: file, line: openingLine,
                    message: "the front matter must be 'key: value' lines (id, title, minutes)"))
            return
        }
        for entry in reader.entries {
            lines[entry.key] = entry.line + offset
            if !Self.allowedKeys.contains(entry.key) {
                problems.append(
                    ContentError(
                        file: file, line: entry.line + offset,
                        message:
                            "unknown front matter key '\(entry.key)'; expected one of: \(Self.allowedKeys.joined(separator: ", "))"
                    ))
            }
        }
        func attempt<Value>(_ read: () throws(ContentError) -> Value?) -> Value? {
            do {
                return try read()
            } catch {
                problems.append(
                    ContentError(file: file, line: error.line.map { $0 + offset }, message: error.message))
                return nil
            }
        }
        func required(_ key: String, example: String) -> Bool {
            if reader.node(key) != nil { return true }
            problems.append(
                ContentError(
                    file: file, line: openingLine,
                    message: "the front matter needs '\(key)', like '\(key): \(example)'"))
            return false
        }
        if required("id", example: "distributed-tracing-fundamentals"),
            let value = attempt({ () throws(ContentError) in try reader.optionalString("id") })
        {
            id = value
            if !ContentIdentifier.isValid(value) {
                problems.append(
                    ContentError(
                        file: file, line: lines["id"],
                        message: "lesson id '\(value)' must be \(ContentIdentifier.rule)"))
            }
        }
        if required("title", example: "Distributed Tracing Fundamentals"),
            let value = attempt({ () throws(ContentError) in try reader.optionalString("title") })
        {
            title = value
        }
        if required("minutes", example: "30"),
            let value = attempt({ () throws(ContentError) in
                try reader.optionalInt("minutes", in: Self.minutesRange)
            })
        {
            minutes = value
        }
        scenario = attempt { () throws(ContentError) in try reader.optionalString("scenario") }
        quiz = attempt { () throws(ContentError) in try reader.optionalString("quiz") }
    }
}
