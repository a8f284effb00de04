import Foundation
import TraceLabCore
import TraceLabCourse

/// The course content: scenario files (`lessons/*.yaml`), lessons (`lessons/*.md`) and quizzes
/// (`quizzes/*.yaml`) under one root folder on disk, or the copy built into the executable.
public struct ContentLibrary: Sendable {
    /// The folder holding `lessons/` and `quizzes/`; for the built-in course, a name that only
    /// stands for it (``builtInRoot``).
    public let root: URL
    /// The built-in files by relative path, when this library is the built-in course.
    private let builtIn: [String: String]?

    /// What ``root`` is for the course built into the executable.
    public static let builtInRoot = URL(fileURLWithPath: "/(built into tracelab)", isDirectory: true)

    /// Creates a library rooted at the folder `root`.
    public init(root: URL) {
        self.root = root
        builtIn = nil
    }

    /// The library in `root` when it is given, else the course built into the executable.
    public static func located(at root: URL?) -> ContentLibrary {
        root.map(ContentLibrary.init(root:)) ?? ContentLibrary(builtIn: ShippedCourse.files)
    }

    /// A library serving `files` (relative path → text) as if they were under ``builtInRoot``.
    public init(builtIn files: [String: String]) {
        root = Self.builtInRoot
        builtIn = files
    }

    /// True when the content comes from inside the executable rather than from a folder.
    public var isBuiltIn: Bool { builtIn != nil }

    /// Where the content comes from, for messages: the folder, or "the course built into tracelab".
    public var originDescription: String {
        isBuiltIn ? "the course built into tracelab" : root.path
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
        try scenarioSource(reference).scenario
    }

    /// Loads a scenario as ``scenario(_:)`` does, with the text it was read from.
    public func scenarioSource(_ reference: String) throws(CLIError) -> (scenario: Scenario, text: String) {
        let url: URL
        if Self.isPath(reference) {
            url = URL(fileURLWithPath: reference)
        } else {
            url = root.appendingPathComponent("lessons/\(reference).yaml")
            guard exists(url) else {
                let known = scenarioIDs.joined(separator: ", ")
                throw .usage(
                    "unknown scenario '\(reference)'; choose one of: \(known.isEmpty ? "(none found)" : known) "
                        + "(see 'tracelab scenarios')")
            }
        }
        let text = try read(url, what: "scenario file")
        do {
            return (try ScenarioLoader.load(text: text, file: displayName(url)), text)
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

    /// True when `url` names a content file of this library, or any file on disk.
    public func exists(_ url: URL) -> Bool {
        if let builtIn, let name = builtInName(url), builtIn[name] != nil { return true }
        return FileManager.default.fileExists(atPath: url.path)
    }

    /// The text of `url`: the built-in copy when `url` names a content file of the built-in course,
    /// else the file on disk, or a one-line error saying why it could not be read: missing, not a
    /// regular file, larger than ``ContentLimits/maximumFileBytes`` (refused before reading),
    /// unreadable or not UTF-8.
    public func read(_ url: URL, what: String) throws(CLIError) -> String {
        if let builtIn, let name = builtInName(url), let text = builtIn[name] { return text }
        return try BoundedFile.text(at: url.path, what: what)
    }

    /// A file's path relative to the content root when it is inside it, else as given.
    public func displayName(_ url: URL) -> String {
        let rootPath = root.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : url.path
    }

    /// The relative path of `url` when it lies under the built-in root.
    private func builtInName(_ url: URL) -> String? {
        let prefix = root.path + "/"
        return url.path.hasPrefix(prefix) ? String(url.path.dropFirst(prefix.count)) : nil
    }

    private func files(in folder: String, extension ext: String) -> [URL] {
        if let builtIn {
            return builtIn.keys.filter { $0.hasPrefix(folder + "/") && $0.hasSuffix(".\(ext)") }.sorted()
                .map { root.appendingPathComponent($0) }
        }
        let directory = root.appendingPathComponent(folder, isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".\(ext)") }.sorted().map { directory.appendingPathComponent($0) }
    }
}
