import Foundation
import Testing
import TraceLabTerminal

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every result `reader` gives until the end of input, plus one more call to show the end stays.
private func drain(_ reader: PlainLineReader, limit: Int = 100) -> [LineReadResult] {
    var results: [LineReadResult] = []
    while results.count < limit {
        let result = reader.readLine(prompt: "tracelab> ")
        results.append(result)
        if result == .endOfInput { break }
    }
    results.append(reader.readLine(prompt: "tracelab> "))
    return results
}

/// A reader on the read end of a pipe whose write end received `bytes` and was closed.
private func readerOnPipe(_ bytes: [UInt8]) throws -> (PlainLineReader, Int32) {
    var descriptors: [Int32] = [0, 0]
    try #require(pipe(&descriptors) == 0)
    let writeEnd = descriptors[1]
    let writer = Thread {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            offset += count
        }
        close(writeEnd)
    }
    writer.start()
    return (PlainLineReader(fileDescriptor: descriptors[0]), descriptors[0])
}

@Suite("PlainLineReader")
struct PlainLineReaderTests {
    @Test("Lines from a closure come back without line endings, then end of input")
    func closureSource() {
        var lines = ["run checkout\n", "propagation off\r\n", "quit", "cr only\r"]
        let reader = PlainLineReader { lines.isEmpty ? nil : lines.removeFirst() }
        #expect(
            drain(reader) == [
                .line("run checkout"), .line("propagation off"), .line("quit"), .line("cr only"), .endOfInput,
                .endOfInput,
            ])
    }

    @Test("Once the source ends it is not asked again")
    func stopsAskingAfterEnd() {
        var calls = 0
        let reader = PlainLineReader {
            calls += 1
            return calls == 2 ? "late line" : nil
        }
        #expect(reader.readLine(prompt: "") == .endOfInput)
        #expect(reader.readLine(prompt: "") == .endOfInput)
        #expect(calls == 1)
    }

    @Test(
        "Bytes from a file descriptor split into lines",
        arguments: [
            ("one\ntwo\n", ["one", "two"]),
            ("one\r\ntwo\r\n", ["one", "two"]),
            ("no final newline", ["no final newline"]),
            ("\n\nthird\n", ["", "", "third"]),
            ("tab\there\u{7}bell\u{1B}[31mred\n", ["tab\there\u{7}bell\u{1B}[31mred"]),
            ("café 日本\n", ["café 日本"]),
            ("", []),
        ])
    func fileDescriptor(input: String, expected: [String]) throws {
        let (reader, descriptor) = try readerOnPipe(Array(input.utf8))
        defer { close(descriptor) }
        #expect(drain(reader) == expected.map(LineReadResult.line) + [.endOfInput, .endOfInput])
    }

    @Test("Very long lines arrive whole")
    func longLines() throws {
        let long = String(repeating: "propagation off gateway:billing ", count: 2000)
        let other = String(repeating: "x", count: 50_000)
        let (reader, descriptor) = try readerOnPipe(Array("\(long)\n\(other)\r\nshort\n".utf8))
        defer { close(descriptor) }
        #expect(drain(reader) == [.line(long), .line(other), .line("short"), .endOfInput, .endOfInput])
    }

    @Test("Invalid UTF-8 becomes the replacement character rather than ending the input")
    func invalidUTF8() throws {
        let (reader, descriptor) = try readerOnPipe([0x61, 0xFF, 0x62, 0x0A, 0x63, 0x0A])
        defer { close(descriptor) }
        #expect(drain(reader) == [.line("a\u{FFFD}b"), .line("c"), .endOfInput, .endOfInput])
    }
}
