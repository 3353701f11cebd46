import GRDB
import YibaoCore

#if canImport(GRDBSQLite)
    import GRDBSQLite
#elseif canImport(SQLite3)
    import SQLite3
#endif

extension Store {
    /// Saves ledger lines fast (one transaction, one prepared statement bound directly, one audit row),
    /// for imports, benchmarks and tests. Entry ids are ignored; the store assigns them. Every account
    /// must already be saved as a person. All lines are saved, or none.
    public func bulkInsertLedger(_ entries: [LedgerEntry]) throws(StoreError) {
        do {
            try withRetry { db in
                let statement = try db.makeStatement(
                    sql: """
                        INSERT INTO ledger (account, date, kind, amount_fen, counterparty, note)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """)
                let raw = statement.sqliteStatement
                for entry in entries {
                    try Store.insert(entry, raw, db)
                }
                try Store.recordAudit(
                    db, at: Timestamp.iso(options.now()), action: AuditAction.bulkInsertLedger.rawValue,
                    summary: "\(entries.count) ledger lines", detail: "[]")
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private static func insert(_ entry: LedgerEntry, _ raw: OpaquePointer, _ db: Database) throws {
        sqlite3_reset(raw)
        sqlite3_clear_bindings(raw)
        func text(_ index: Int32, _ value: String) {
            _ = value.withCString { sqlite3_bind_text(raw, index, $0, -1, transient) }
        }
        text(1, entry.account.value)
        text(2, entry.date.iso)
        text(3, entry.kind.rawValue)
        sqlite3_bind_int64(raw, 4, entry.amount.fen)
        if let counterparty = entry.counterparty { text(5, counterparty.value) } else { sqlite3_bind_null(raw, 5) }
        text(6, entry.note)
        let code = sqlite3_step(raw)
        guard code == SQLITE_DONE else {
            sqlite3_reset(raw)
            throw DatabaseError(
                resultCode: ResultCode(rawValue: sqlite3_extended_errcode(db.sqliteConnection)),
                message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}
