import Foundation
import TraceLabCore

/// The course content on disk: scenario files (`lessons/*.yaml`), lessons (`lessons/*.md`) and
/// quizzes (`quizzes/*.yaml`) under one root folder.
public struct ContentLibrary: Sendable {
    /// The folder holding `lessons/` and `quizzes/`.
    public let root: URL

    /// Creates a library rooted at `root`.
    public init(root: URL) {
        self.root = root
    }

    /// The scenario files, sorted by name.
    public var scenarioFiles: [URL] { files(in: "lessons", extension: "yaml") }
    /// The lesson files, sorted by name.
    public var lessonFiles: [URL] { files(in: "lessons", extension: "md") }
    /// The quiz files, sorted by name.
    public var quizFiles: [URL] { files(in: "quizzes", extension: "yaml") }

    /// The ids of the shipped scenarios (file names without `.yaml`).
    public var scenarioIDs: [String] { scenarioFiles.map { $0.deletingPathExtension().lastPathComponent } }

    /// Loads a scenario by id (`checkout`) or by path to a YAML file (`./my-lab.yaml`).
    public func scenario(_ reference: String) throws(CLIError) -> Scenario {
        let url: URL
        if Self.isPath(reference) {
            url = URL(fileURLWithPath: reference)
        } else {
            url = root.appendingPathComponent("lessons/\(reference).yaml")
            guard FileManager.default.fileExists(atPath: url.path) else {
                let known = scenarioIDs.joined(separator: ", ")
                throw .usage(
                    "unknown scenario '\(reference)'; choose one of: \(known.isEmpty ? "(none found)" : known) "
                        + "(see 'tracelab scenarios')")
            }
        }
        let text = try read(url, what: "scenario file")
        do {
            return try ScenarioLoader.load(text: text, file: displayName(url))
        } catch {
            throw .data("\(error.description) (fix the scenario file and run again)")
        }
    }

    /// True when `reference` names a file rather than a shipped scenario id.
    public static func isPath(_ reference: String) -> Bool {
        reference.contains("/") || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml")
    }

    /// `path` made absolute against the current directory, so it still works from elsewhere later.
    public static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// The text of `url`, or a one-line error saying why it could not be read: missing, not a
    /// regular file, larger than ``ContentLimits/maximumFileBytes`` (refused before reading),
    /// unreadable or not UTF-8.
    public func read(_ url: URL, what: String) throws(CLIError) -> String {
        try BoundedFile.text(at: url.path, what: what)
    }

    /// A file's path relative to the content root when it is inside it, else as given.
    public func displayName(_ url: URL) -> String {
        let rootPath = root.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : url.path
    }

    private func files(in folder: String, extension ext: String) -> [URL] {
        let directory = root.appendingPathComponent(folder, isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".\(ext)") }.sorted().map { directory.appendingPathComponent($0) }
    }
}
