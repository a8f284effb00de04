import Foundation

/// A copy of the shipped `lessons/` and `quizzes/` in a temporary folder, to break on purpose.
struct ContentCopy {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder("tracelab-content")
        for name in ["lessons", "quizzes"] {
            try FileManager.default.copyItem(
                at: RepositoryPaths.root.appendingPathComponent(name),
                to: folder.url.appendingPathComponent(name))
        }
    }

    /// The content root to hand to the app.
    var root: URL { folder.url }

    /// Copies a fixture (`lessons/…`, `quizzes/…` or `scenarios/…`) into the folder the app
    /// reads it from: scenarios live beside the lessons. Returns its path relative to the root.
    @discardableResult
    func add(fixture relativePath: String) throws -> String {
        let source = RepositoryPaths.fixture(relativePath)
        let kind = relativePath.split(separator: "/").first.map(String.init) ?? ""
        let destination = "\(kind == "scenarios" ? "lessons" : kind)/\(source.lastPathComponent)"
        try FileManager.default.copyItem(at: source, to: root.appendingPathComponent(destination))
        return destination
    }
}
