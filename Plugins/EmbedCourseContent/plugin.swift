import Foundation
import PackagePlugin

/// Turns the course content (`lessons/*.md`, `lessons/*.yaml`, `quizzes/*.yaml`, found at the
/// package root) into one generated Swift source, so the built `tracelab` carries the course
/// inside itself and works wherever the executable is copied. Runs locally with a tool built
/// from this package: no network, no resources beside the binary.
@main
struct EmbedCourseContent: BuildToolPlugin {
    /// The content folders and the file endings embedded from each.
    static let folders: [(name: String, endings: [String])] = [
        ("lessons", [".md", ".yaml"]), ("quizzes", [".yaml"]),
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var relativePaths: [String] = []
        for folder in Self.folders {
            let directory = root.appendingPathComponent(folder.name, isDirectory: true)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            relativePaths += names.filter { name in folder.endings.contains(where: name.hasSuffix) }
                .sorted().map { "\(folder.name)/\($0)" }
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedCourseFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding the course content (\(relativePaths.count) files)",
                executable: try context.tool(named: "tracelab-embed-content").url,
                arguments: [output.path, root.path] + relativePaths,
                inputFiles: relativePaths.map { root.appendingPathComponent($0) },
                outputFiles: [output])
        ]
    }
}
