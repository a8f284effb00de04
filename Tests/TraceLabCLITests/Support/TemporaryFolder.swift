import Foundation

/// A fresh, empty folder under the system's temporary directory, removed when the value is released.
final class TemporaryFolder: Sendable {
    /// The folder.
    let url: URL

    init(_ purpose: String = "tracelab-cli-tests") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(purpose)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The folder's path.
    var path: String { url.path }

    /// Writes `text` to `name` inside the folder (creating subfolders) and returns the file's URL.
    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
