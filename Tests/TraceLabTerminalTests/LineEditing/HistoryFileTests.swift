import Foundation
import Testing
import TraceLabTerminal

/// A fresh empty folder, removed when the test's `withTemporaryFolder` body returns.
private func withTemporaryFolder(_ body: (URL) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("tracelab-history-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try body(folder)
}

@Suite("HistoryFile")
struct HistoryFileTests {
    @Test("A missing file loads as an empty history")
    func missingFile() throws {
        try withTemporaryFolder { folder in
            let file = HistoryFile(url: folder.appendingPathComponent("history"), capacity: 5)
            let history = try file.load()
            #expect(history.entries.isEmpty)
            #expect(history.capacity == 5)
        }
    }

    @Test("What is saved loads back, in creating any missing folders")
    func roundTrip() throws {
        try withTemporaryFolder { folder in
            let file = HistoryFile(url: folder.appendingPathComponent("data/tracelab/history"))
            let saved = HistoryList(entries: ["run checkout --off gateway:billing", "café", "quit"])
            try file.save(saved)
            #expect(try file.load() == saved)
            let text = try String(contentsOf: file.url, encoding: .utf8)
            #expect(text == "run checkout --off gateway:billing\ncafé\nquit\n")
        }
    }

    @Test("Saving again replaces the file")
    func replaces() throws {
        try withTemporaryFolder { folder in
            let file = HistoryFile(url: folder.appendingPathComponent("history"))
            try file.save(HistoryList(entries: ["one", "two", "three"]))
            try file.save(HistoryList(entries: ["four"]))
            #expect(try file.load().entries == ["four"])
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(leftovers == ["history"])
        }
    }

    @Test("Loading keeps the newest entries up to the capacity and skips blanks and repeats")
    func loadCleans() throws {
        try withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("history")
            try Data("a\r\nb\n\n  \nb\nc\nd\n".utf8).write(to: url)
            #expect(try HistoryFile(url: url, capacity: 3).load().entries == ["b", "c", "d"])
            #expect(try HistoryFile(url: url, capacity: 10).load().entries == ["a", "b", "c", "d"])
        }
    }

    @Test("Saving writes at most the capacity, newest kept, each entry on one line")
    func saveCaps() throws {
        try withTemporaryFolder { folder in
            let file = HistoryFile(url: folder.appendingPathComponent("history"), capacity: 2)
            try file.save(HistoryList(entries: ["old", "multi\nline", "new"], capacity: 10))
            let text = try String(contentsOf: file.url, encoding: .utf8)
            #expect(text == "multi line\nnew\n")
        }
    }

    @Test("A file that is not UTF-8 still loads")
    func invalidBytes() throws {
        try withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("history")
            try Data([0x72, 0x75, 0x6E, 0xFF, 0x0A, 0x71, 0x0A]).write(to: url)
            #expect(try HistoryFile(url: url).load().entries == ["run\u{FFFD}", "q"])
        }
    }

    @Test("A folder where the file should be cannot be read, and says so")
    func unreadable() throws {
        try withTemporaryFolder { folder in
            let file = HistoryFile(url: folder)
            #expect {
                try file.load()
            } throws: { error in
                guard case .unreadable(let path, let reason) = error as? HistoryFileError else {
                    return false
                }
                return path == folder.path && !reason.isEmpty
            }
        }
    }

    @Test("A path below a regular file cannot be written, the message says why, and nothing is left behind")
    func unwritable() throws {
        try withTemporaryFolder { folder in
            let blocker = folder.appendingPathComponent("not-a-folder")
            try Data("x".utf8).write(to: blocker)
            let file = HistoryFile(url: blocker.appendingPathComponent("history"))
            let error = #expect(throws: HistoryFileError.self) {
                try file.save(HistoryList(entries: ["run"]))
            }
            guard case .unwritable(let path, let reason) = try #require(error) else {
                Issue.record("expected unwritable, got \(String(describing: error))")
                return
            }
            #expect(path == file.url.path)
            #expect(reason == "Not a directory")
            #expect(try #require(error).description.contains("kept for this session only"))
            #expect(try String(contentsOf: blocker, encoding: .utf8) == "x")
        }
    }

    @Test("A failed save leaves the previous file intact")
    func failedSaveKeepsOldFile() throws {
        try withTemporaryFolder { folder in
            let file = HistoryFile(url: folder.appendingPathComponent("history"))
            try file.save(HistoryList(entries: ["kept"]))
            // A folder squatting on the temporary name beside the file makes the next save fail.
            let temporary = folder.appendingPathComponent(
                "history.tmp-\(ProcessInfo.processInfo.processIdentifier)")
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
            #expect(throws: HistoryFileError.self) {
                try file.save(HistoryList(entries: ["lost"]))
            }
            #expect(try file.load().entries == ["kept"])
        }
    }
}
