import Foundation

/// Where the repository, its content and the test fixtures are, found from this file's path.
enum RepositoryPaths {
    /// The package root: three folders up from `Tests/TraceLabCLITests/Support/`.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `Tests/Fixtures/`.
    static let fixtures = root.appendingPathComponent("Tests/Fixtures", isDirectory: true)

    /// A fixture file, such as `fixture("scenarios/cycle.yaml")`.
    static func fixture(_ relativePath: String) -> URL {
        fixtures.appendingPathComponent(relativePath)
    }
}
