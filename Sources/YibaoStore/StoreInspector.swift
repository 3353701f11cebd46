import Foundation
#if canImport(GRDBSQLite)
    import GRDBSQLite
#elseif canImport(SQLite3)
    import SQLite3
#endif

/// Looks at an existing file before anything may write to it, and refuses what is not a current,
/// healthy Yibao store.
///
/// The first 100 bytes are read with plain `read(2)`. Only when they are an SQLite header is SQLite
/// used, read-only: with `immutable=1` when there is no write-ahead log beside the file (so SQLite
/// creates no `-wal`/`-shm` files and takes no locks), or `mode=ro` when another Yibao is using the
/// store right now (its log holds the newest data, and its `-wal`/`-shm` files already exist).
enum StoreInspector {
    /// What the file turned out to be.
    enum Verdict: Equatable {
        /// An empty file: safe to make into a new store.
        case empty
        /// A Yibao store this build can open (its migrations may still need to run).
        case store
    }

    static let sqliteMagic = Array("SQLite format 3\u{0}".utf8)

    /// Inspects the file, looking again (a few times, briefly) when another Yibao process was busy with
    /// it or started using it mid-look: only a verdict that holds still is given.
    static func inspect(path: String) throws(StoreError) -> Verdict {
        var attempt = 0
        while true {
            attempt += 1
            let walBefore = StorePath.size(of: path + "-wal") ?? 0
            do {
                return try inspectOnce(path: path)
            } catch {
                let walNow = StorePath.size(of: path + "-wal") ?? 0
                let othersActive = walNow != walBefore || (walNow > 0 && walBefore == 0)
                let transient: Bool
                switch error {
                case .busy: transient = true
                case .damaged, .foreign, .notSQLite: transient = othersActive
                default: transient = false
                }
                guard transient, attempt < 8 else { throw error }
                usleep(UInt32(20_000 * attempt))
            }
        }
    }

    static func inspectOnce(path: String) throws(StoreError) -> Verdict {
        guard let size = StorePath.size(of: path) else { throw .notAFile(path: path) }
        let walSize = StorePath.size(of: path + "-wal") ?? 0
        let live = walSize > 0
        if size == 0 && !live { return .empty }
        guard let header = StorePath.readPrefix(path, count: 100) else {
            throw .cannotOpen(path: path, reason: "unreadable")
        }
        let magicLength = min(header.count, sqliteMagic.count)
        guard magicLength > 0, Array(header.prefix(magicLength)) == Array(sqliteMagic.prefix(magicLength)) else {
            throw .notSQLite(path: path)
        }
        guard header.count == 100 else { throw .damaged(path: path) }
        try checkHeader(header, fileSize: size, live: live, path: path)
        return try checkWithSQLite(path: path, live: live)
    }

    /// Checks what the 100-byte header alone can tell: page size, a file cut short, the application id.
    static func checkHeader(_ header: [UInt8], fileSize: Int64, live: Bool, path: String) throws(StoreError) {
        func bigEndian(_ offset: Int, _ count: Int) -> UInt32 {
            header[offset..<(offset + count)].reduce(0) { ($0 << 8) | UInt32($1) }
        }
        let rawPageSize = bigEndian(16, 2)
        let pageSize = rawPageSize == 1 ? 65536 : Int64(rawPageSize)
        guard pageSize >= 512, pageSize <= 65536, pageSize & (pageSize - 1) == 0 else {
            throw .damaged(path: path)
        }
        guard !live else { return }  // the log may hold a newer header: let SQLite read it
        guard fileSize % pageSize == 0 else { throw .damaged(path: path) }
        let pageCountIsValid = bigEndian(92, 4) == bigEndian(24, 4)
        if pageCountIsValid && fileSize < Int64(bigEndian(28, 4)) * pageSize { throw .damaged(path: path) }
        let applicationID = Int32(bitPattern: bigEndian(68, 4))
        // 0 may be a Yibao store whose creation was cut short (blank): SQLite looks closer.
        if applicationID != Schema.applicationID && applicationID != 0 { throw .foreign(path: path) }
    }

    static func checkWithSQLite(path: String, live: Bool) throws(StoreError) -> Verdict {
        let uri = "file:" + percentEncoded(path) + (live ? "?mode=ro" : "?immutable=1")
        var handle: OpaquePointer?
        let noFollow: Int32 = 0x0100_0000  // SQLITE_OPEN_NOFOLLOW (3.31+)
        let code = sqlite3_open_v2(uri, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | noFollow, nil)
        defer { sqlite3_close_v2(handle) }
        guard code == SQLITE_OK, let db = handle else {
            throw openFailure(code: code, path: path)
        }
        // Another process may be mid-write: wait for it as the store's own connections do.
        sqlite3_busy_timeout(db, 5_000)
        let applicationID = try integer(db, "PRAGMA application_id", path: path)
        if applicationID == 0, try integer(db, "PRAGMA user_version", path: path) == 0,
            try integer(db, "SELECT count(*) FROM sqlite_master WHERE tbl_name != 'grdb_migrations'", path: path) == 0,
            try integer(db, "SELECT count(*) FROM sqlite_master", path: path) == 0
                ? true : try integer(db, "SELECT count(*) FROM grdb_migrations", path: path) == 0
        {
            // A blank database: a store whose creation was interrupted before its first migration
            // committed. GRDB creates its empty `grdb_migrations` table on its own just before the
            // first migration, so that table alone may be there. It holds nothing, so it is safe to
            // finish making it a store.
            return .empty
        }
        guard applicationID == Int64(Schema.applicationID) else { throw .foreign(path: path) }
        let userVersion = Int(try integer(db, "PRAGMA user_version", path: path))
        if userVersion > Schema.version {
            throw .newer(path: path, found: userVersion, known: Schema.version)
        }
        let migrations = try texts(db, "SELECT identifier FROM grdb_migrations", path: path)
        if !Set(migrations).isSubset(of: Schema.migrationIdentifiers) {
            throw .newer(path: path, found: max(userVersion, Schema.version + 1), known: Schema.version)
        }
        // Every table but the two that grow with use: a whole-file check read all of a 100,000-line
        // ledger (33 ms) at every open. Damage there is still found by SQLite when its pages are read.
        let small = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('ledger', 'audit')"
        for table in try texts(db, small, path: path) {
            let check = try texts(db, "PRAGMA quick_check(\(quotedIdentifier(table)))", path: path)
            guard check == ["ok"] else { throw .damaged(path: path) }
        }
        let format = try texts(db, "SELECT value FROM meta WHERE key = 'format'", path: path)
        guard format == [Schema.formatName] else { throw .damaged(path: path) }
        return .store
    }

    /// SQLite's whole-file `PRAGMA integrity_check` (every table, the ledger and audit included): for
    /// a file about to replace the store, where a few more milliseconds do not matter.
    static func checkIntegrity(path: String) throws(StoreError) {
        let uri = "file:" + percentEncoded(path) + "?immutable=1"
        var handle: OpaquePointer?
        let noFollow: Int32 = 0x0100_0000  // SQLITE_OPEN_NOFOLLOW (3.31+)
        let code = sqlite3_open_v2(uri, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | noFollow, nil)
        defer { sqlite3_close_v2(handle) }
        guard code == SQLITE_OK, let db = handle else { throw openFailure(code: code, path: path) }
        guard try texts(db, "PRAGMA integrity_check", path: path) == ["ok"] else { throw .damaged(path: path) }
    }

    static func openFailure(code: Int32, path: String) -> StoreError {
        switch code & 0xFF {
        case SQLITE_NOTADB, SQLITE_CORRUPT: return .damaged(path: path)
        case SQLITE_PERM, SQLITE_CANTOPEN, SQLITE_AUTH:
            return .cannotOpen(path: path, reason: String(cString: sqlite3_errstr(code)))
        case SQLITE_BUSY, SQLITE_LOCKED: return .busy(path: path)
        default: return .damaged(path: path)
        }
    }

    /// Any failure while reading a file whose header was sound means the inside is damaged.
    static func rows(_ db: OpaquePointer, _ sql: String, path: String) throws(StoreError) -> [[String?]] {
        var statement: OpaquePointer?
        let prepared = sqlite3_prepare_v2(db, sql, -1, &statement, nil)
        defer { sqlite3_finalize(statement) }
        guard prepared == SQLITE_OK, let statement else { throw openFailure(code: prepared, path: path) }
        var result: [[String?]] = []
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { break }
            guard step == SQLITE_ROW else { throw openFailure(code: step, path: path) }
            let count = sqlite3_column_count(statement)
            result.append(
                (0..<count).map { column in
                    sqlite3_column_text(statement, column).map { String(cString: $0) }
                })
        }
        return result
    }

    static func integer(_ db: OpaquePointer, _ sql: String, path: String) throws(StoreError) -> Int64 {
        guard let text = try rows(db, sql, path: path).first?.first ?? nil, let value = Int64(text) else {
            throw .damaged(path: path)
        }
        return value
    }

    static func texts(_ db: OpaquePointer, _ sql: String, path: String) throws(StoreError) -> [String] {
        try rows(db, sql, path: path).map { $0.first.flatMap { $0 } ?? "" }
    }

    /// `name` as an SQL identifier: in double quotes, a double quote in it doubled. By hand, not with
    /// Foundation's `replacingOccurrences`, whose first calls cost 0.9 M instructions before Home
    /// (docs/performance.md, round six).
    static func quotedIdentifier(_ name: String) -> String {
        var quoted = "\""
        for character in name {
            if character == "\"" { quoted.append("\"") }
            quoted.append(character)
        }
        quoted.append("\"")
        return quoted
    }

    /// A path made safe for an SQLite `file:` URI: `%`, `?`, `#` and every non-ASCII or control byte
    /// are percent-encoded.
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let ch = Character(Unicode.Scalar(byte))
            if byte >= 0x21 && byte < 0x7F && ch != "%" && ch != "?" && ch != "#" {
                out.append(ch)
            } else {
                let hex = Array("0123456789ABCDEF")
                out.append("%")
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
        }
        return out
    }
}
