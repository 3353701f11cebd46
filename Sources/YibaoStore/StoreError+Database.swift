import GRDB

extension StoreError {
    /// Turns any error met while using the database into a `StoreError`; raw SQLite text is only ever
    /// kept as a detail behind a plain sentence.
    static func from(_ error: any Error, path: String) -> StoreError {
        if let storeError = error as? StoreError { return storeError }
        if let db = error as? DatabaseError {
            let detail = db.message ?? "SQLite \(db.extendedResultCode.rawValue)"
            switch db.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
            case .SQLITE_FULL: return .diskFull(path: path)
            case .SQLITE_READONLY: return .readOnly(path: path)
            case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .damaged(path: path)
            case .SQLITE_CONSTRAINT: return .inconsistent(detail: detail)
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH, .SQLITE_IOERR:
                // SQLite reports a full disk met while sizing its shared memory or log as an I/O error.
                if StorePath.diskIsFull(near: path) { return .diskFull(path: path) }
                return .cannotOpen(path: path, reason: detail)
            default: return .unexpected(detail: detail)
            }
        }
        if error is RowDecodingError || error is StoreDecodingError { return .damaged(path: path) }
        return .unexpected(detail: String(describing: error))
    }

    /// Whether retrying the whole transaction may help.
    var isBusy: Bool {
        if case .busy = self { return true }
        return false
    }
}
