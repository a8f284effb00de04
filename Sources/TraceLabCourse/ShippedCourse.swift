import Foundation

/// The course content as it was when this executable was built: the text of every file under
/// `lessons/` and `quizzes/`, keyed by its path relative to the content root
/// (`lessons/checkout.yaml`). Filled in at build time by the EmbedCourseContent plugin, so a
/// copied or installed `tracelab` needs no files beside it.
public enum ShippedCourse {
    /// Every shipped file's text by relative path, decoded once on first use.
    public static let files: [String: String] = {
        var files: [String: String] = [:]
        for file in embeddedCourseFiles {
            if let data = Data(base64Encoded: file.base64) {
                files[file.path] = String(decoding: data, as: UTF8.self)
            }
        }
        return files
    }()
}
