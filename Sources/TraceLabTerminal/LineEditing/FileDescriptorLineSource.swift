#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits the bytes of a file descriptor into lines, reading in blocks and keeping what is left over.
final class FileDescriptorLineSource {
    private let fileDescriptor: Int32
    private var buffer: [UInt8] = []
    private var lineStart = 0
    private var scanned = 0
    private var reachedEnd = false

    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    /// The next line including its `\n`, the unterminated last line, or `nil` at the end of input.
    func nextLine() -> String? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                return takeLine(through: newline)
            }
            scanned = buffer.count
            if reachedEnd {
                return lineStart < buffer.count ? takeLine(through: buffer.count - 1) : nil
            }
            readBlock()
        }
    }

    private func takeLine(through last: Int) -> String {
        let line = String(decoding: buffer[lineStart...last], as: UTF8.self)
        lineStart = last + 1
        scanned = lineStart
        return line
    }

    private func readBlock() {
        if lineStart > 0 {
            buffer.removeSubrange(..<lineStart)
            scanned -= lineStart
            lineStart = 0
        }
        var block = [UInt8](repeating: 0, count: 16 * 1024)
        let count = block.withUnsafeMutableBytes { bytes in
            read(fileDescriptor, bytes.baseAddress, bytes.count)
        }
        if count > 0 {
            buffer.append(contentsOf: block[..<count])
        } else if count == 0 || errno != EINTR {
            reachedEnd = true
        }
    }
}
