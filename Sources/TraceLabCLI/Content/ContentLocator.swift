import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Finds the folder that holds the course content (`lessons/` and `quizzes/`) on disk, so an
/// author sees edits without rebuilding; when there is none, the built-in course is used.
public enum ContentLocator {
    /// `$TRACELAB_CONTENT_DIR` when set; else the checkout the executable sits in (the nearest
    /// folder above it with both `Package.swift` and `lessons/`, as for `.build/debug/tracelab`);
    /// else nil, meaning the course built into the executable. The current directory plays no
    /// part, so a folder that happens to be called `lessons` never replaces the course.
    public static func contentRoot(variables: [String: String], executablePath: String) -> URL? {
        if let explicit = variables["TRACELAB_CONTENT_DIR"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, isDirectory: true)
        }
        let executable = URL(fileURLWithPath: realPath(executablePath) ?? executablePath)
        var folder = executable.deletingLastPathComponent()
        while folder.path != "/" {
            if isCheckout(folder) { return folder }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// True when `folder` holds a TraceLab checkout: a package manifest beside the content.
    private static func isCheckout(_ folder: URL) -> Bool {
        let manager = FileManager.default
        return manager.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
            && manager.fileExists(atPath: folder.appendingPathComponent("lessons").path)
    }

    /// The canonical path of `path` (symbolic links resolved), or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
