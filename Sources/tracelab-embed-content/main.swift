import Foundation

// Build tool for the EmbedCourseContent plugin:
//   tracelab-embed-content <output.swift> <content root> <relative path>...
// Writes a Swift source declaring `embeddedCourseFiles`, each file's relative path and its
// UTF-8 text in base64 (so no content can break the literal). Fails on a file that is not UTF-8.

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    FileHandle.standardError.write(
        Data("usage: tracelab-embed-content <output.swift> <content root> <relative path>...\n".utf8))
    exit(64)
}
let output = URL(fileURLWithPath: arguments[0])
let root = URL(fileURLWithPath: arguments[1], isDirectory: true)
var source = """
    // Generated at build time by tracelab-embed-content from the package's lessons/ and quizzes/.
    // Do not edit: change the content files and build again.

    /// Each shipped content file: its path under the content root and its text in base64.
    let embeddedCourseFiles: [(path: String, base64: String)] = [

    """
for path in arguments.dropFirst(2) {
    guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path),
        String(data: data, encoding: .utf8) != nil
    else {
        FileHandle.standardError.write(
            Data("tracelab-embed-content: cannot read \(path) as UTF-8 text\n".utf8))
        exit(65)
    }
    let escapedPath = path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
        of: "\"", with: "\\\"")
    source += "    (\"\(escapedPath)\", \"\(data.base64EncodedString())\"),\n"
}
source += "]\n"
do {
    try source.write(to: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(
        Data("tracelab-embed-content: cannot write \(output.path): \(error)\n".utf8))
    exit(74)
}
