import Foundation
import Testing
import TraceLabStore

/// Whether `chmod` actually stops this process from writing (it does not for root).
private let permissionsAreEnforced: Bool = {
    guard let directory = try? TemporaryDirectory() else { return false }
    try? FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory.path)
    let probe = directory.path + "/probe"
    let blocked = !FileManager.default.createFile(atPath: probe, contents: Data())
    try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
    return blocked
}()

@Suite(
    .enabled(
        if: permissionsAreEnforced,
        "chmod does not stop this user (root) from writing, so a read-only location cannot be simulated"))
struct ReadOnlyLocationTests {
    @Test func readOnlyDirectoryIsReportedWithWhatToDo() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory.path)
        let error = #expect(throws: StoreError.self) { try directory.open() }
        #expect(error == .readOnly(path: directory.path))
        #expect(
            error?.description == "cannot write to \(directory.path): check permissions or pass --data-dir")
    }

    @Test func missingDirectoryUnderAReadOnlyParentIsReported() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory.path)
        let wanted = directory.path + "/data"
        #expect(throws: StoreError.readOnly(path: wanted)) { try TraceLabDatabase(dataDirectory: wanted) }
    }

    @Test func readOnlyDirectoryAndFileStillServeReads() throws {
        let directory = try TemporaryDirectory()
        try directory.open().recordCheckoutAttempt(learner: "ada", points: [1], startedAt: Instant.base)
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o444], ofItemAtPath: directory.databasePath)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory.path)
        let reader = try TraceLabDatabase(dataDirectory: directory.path, access: .readOnly)
        #expect(try reader.attempts().map(\.learner) == ["ada"])
    }

    @Test func readOnlyDatabaseFileIsReportedAndKept() throws {
        let directory = try TemporaryDirectory()
        try directory.open().recordCheckoutAttempt(learner: "ada", points: [1], startedAt: Instant.base)
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o444], ofItemAtPath: directory.databasePath)
        #expect(throws: StoreError.readOnly(path: directory.databasePath)) { try directory.open() }
        #expect(FileManager.default.fileExists(atPath: directory.databasePath))
    }
}
