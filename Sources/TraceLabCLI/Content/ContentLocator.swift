import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Finds the folder that holds the course content (`lessons/` and `quizzes/`).
public enum ContentLocator {
    /// `$TRACELAB_CONTENT_DIR` when set; else the nearest folder with a `lessons/` subfolder,
    /// looking up from the executable (so a build inside the repository finds the repository's
    /// content), then from the current directory; else the current directory.
    public static func contentRoot(variables: [String: String], executablePath: String) -> URL {
        if let explicit = variables["TRACELAB_CONTENT_DIR"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, isDirectory: true)
        }
        let executable = URL(fileURLWithPath: realPath(executablePath) ?? executablePath)
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        for start in [executable.deletingLastPathComponent(), current] {
            var folder = start
            while folder.path != "/" {
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent("lessons").path) {
                    return folder
                }
                folder.deleteLastPathComponent()
            }
        }
        return current
    }

    /// The canonical path of `path` (symbolic links resolved), or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
