/// The most any reader of content or answers accepts, so one file (a student's submission, a
/// scenario from an instructor) cannot stall a run or fill the machine's memory. Every file is
/// checked against these before it is parsed; anything beyond them is rejected with one line
/// naming the file and the limit.
public enum ContentLimits {
    /// The largest file read: 1 MiB. The shipped lesson is under 20 KB.
    public static let maximumFileBytes = 1_048_576
    /// The longest line, in bytes.
    public static let maximumLineBytes = 16_384
    /// How deeply YAML values may nest (mappings and lists inside each other).
    public static let maximumNestingDepth = 64
    /// How many values a YAML document may hold once every alias is expanded. A file within
    /// ``maximumFileBytes`` cannot hold this many without aliases (each value takes at least a
    /// few bytes), so in practice this bounds alias expansion while a 10,000-deep scenario fits.
    public static let maximumValues = 1_000_000

    /// Throws when `text` (the contents of `file`) is larger than ``maximumFileBytes`` or has a
    /// line longer than ``maximumLineBytes``.
    public static func checkSize(of text: String, file: String) throws(ContentError) {
        let utf8 = text.utf8
        if utf8.count > maximumFileBytes {
            throw ContentError(file: file, line: nil, message: tooLargeMessage(bytes: utf8.count))
        }
        var line = 1
        var lineBytes = 0
        for byte in utf8 {
            if byte == 0x0A {
                line += 1
                lineBytes = 0
                continue
            }
            lineBytes += 1
            if lineBytes > maximumLineBytes {
                throw ContentError(
                    file: file, line: line,
                    message:
                        "the line is longer than \(maximumLineBytes) bytes, the limit; break it into shorter lines"
                )
            }
        }
    }

    /// The message for a file of `bytes` bytes (or more) when the limit is ``maximumFileBytes``.
    public static func tooLargeMessage(bytes: Int) -> String {
        "is \(bytes) bytes, larger than the \(maximumFileBytes)-byte (1 MiB) limit for content and answers files"
    }
}
