import Foundation
import GRDB

extension TraceLabDatabase {
    /// The saved run overview whose key is `key`, as the bytes it was saved with; nil when the
    /// newest saved overview is another run's, or none was saved.
    public func loadRunOverview(key: String) throws(StoreError) -> [UInt8]? {
        try read { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT body FROM run_overview WHERE key = ?", arguments: [key])
            let body: Data? = try row?.decode(forColumn: "body")
            return body.map { [UInt8]($0) }
        }
    }

    /// Saves `body` as the overview of the run `key` names, in place of any other: only the
    /// newest run's is kept.
    public func saveRunOverview(key: String, body: [UInt8]) throws(StoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM run_overview")
            try db.execute(
                sql: "INSERT INTO run_overview (key, body) VALUES (?, ?)", arguments: [key, Data(body)])
        }
    }
}
