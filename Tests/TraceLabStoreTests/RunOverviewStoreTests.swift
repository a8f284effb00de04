import Foundation
import Testing
import TraceLabStore

/// The saved run overview: one per data directory, found only by its own key.
@Suite struct RunOverviewStoreTests {
    @Test func anOverviewIsFoundByItsKeyOnly() throws {
        let database = try TemporaryDirectory().open()
        #expect(try database.loadRunOverview(key: "a") == nil)
        try database.saveRunOverview(key: "a", body: [1, 2, 3])
        #expect(try database.loadRunOverview(key: "a") == [1, 2, 3])
        #expect(try database.loadRunOverview(key: "b") == nil)
    }

    @Test func savingAnotherRunsOverviewReplacesTheOld() throws {
        let directory = try TemporaryDirectory()
        try directory.open().saveRunOverview(key: "a", body: [1])
        try directory.open().saveRunOverview(key: "b", body: Array(repeating: 7, count: 300_000))
        let database = try directory.open()
        #expect(try database.loadRunOverview(key: "a") == nil)
        #expect(try database.loadRunOverview(key: "b")?.count == 300_000)
    }

    @Test func aReadOnlyDatabaseReadsButDoesNotSave() throws {
        let directory = try TemporaryDirectory()
        try directory.open().saveRunOverview(key: "a", body: [9])
        let readOnly = try TraceLabDatabase(dataDirectory: directory.path, access: .readOnly)
        #expect(try readOnly.loadRunOverview(key: "a") == [9])
        #expect(throws: StoreError.readOnly(path: readOnly.path)) {
            try readOnly.saveRunOverview(key: "b", body: [1])
        }
        #expect(try readOnly.loadRunOverview(key: "a") == [9])
    }
}
