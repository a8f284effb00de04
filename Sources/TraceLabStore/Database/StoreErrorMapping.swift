import GRDB

/// Turns whatever SQLite or GRDB threw into the ``StoreError`` the learner sees.
struct StoreErrorMapping: Sendable {
    var path: String
    var busyTimeoutSeconds: Double

    func map(_ error: any Error) -> StoreError {
        if let storeError = error as? StoreError { return storeError }
        if error is RowDecodingError { return .corrupt(path: path) }
        guard let databaseError = error as? DatabaseError else {
            return .unexpected(path: path, detail: String(describing: error))
        }
        let detail = databaseError.message ?? "SQLite code \(databaseError.extendedResultCode.rawValue)"
        switch databaseError.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path, timeoutSeconds: busyTimeoutSeconds)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN, .SQLITE_AUTH:
            return .readOnly(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .corrupt(path: path)
        case .SQLITE_FULL:
            return .diskFull(path: path)
        case .SQLITE_IOERR:
            return .ioFailure(path: path, detail: detail)
        default:
            return .unexpected(path: path, detail: detail)
        }
    }
}
