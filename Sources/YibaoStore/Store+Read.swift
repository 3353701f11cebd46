import GRDB
import YibaoCore

extension Store {
    /// Everyone saved, the owner first, then by name.
    public func persons() throws(StoreError) -> [Person] {
        try read { db in try Store.persons(db) }
    }

    /// The store's owner (the person the app opens for), if one is saved.
    public func owner() throws(StoreError) -> Person? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT \(StoreRows.personColumns) FROM persons WHERE is_owner = 1")
                .map(StoreRows.person)
        }
    }

    /// The person with this identity number, if saved.
    public func person(_ id: ResidentID) throws(StoreError) -> Person? {
        try read { db in
            try Row.fetchOne(
                db, sql: "SELECT \(StoreRows.personColumns) FROM persons WHERE id = ?", arguments: [id.value]
            ).map(StoreRows.person)
        }
    }

    /// One page of an account's ledger, newest first (by date, then by the order saved).
    public func ledger(of account: ResidentID, offset: Int = 0, limit: Int = 100) throws(StoreError) -> [LedgerEntry] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(StoreRows.ledgerColumns) FROM ledger WHERE account = ?
                    ORDER BY date DESC, id DESC LIMIT ? OFFSET ?
                    """,
                arguments: [account.value, max(0, limit), max(0, offset)]
            ).map(StoreRows.ledgerEntry)
        }
    }

    /// How many lines an account's ledger has (from `ledger_totals`, so a long ledger is not counted).
    public func ledgerCount(of account: ResidentID) throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(
                db, sql: "SELECT COALESCE(SUM(lines), 0) FROM ledger_totals WHERE account = ?",
                arguments: [account.value])
                ?? 0
        }
    }

    /// How many lines each account's ledger has (accounts without lines are absent), in one read.
    public func ledgerCounts() throws(StoreError) -> [ResidentID: Int] {
        try read { db in try Store.ledgerCounts(db) }
    }

    static func ledgerCounts(_ db: Database) throws -> [ResidentID: Int] {
        var counts: [ResidentID: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT account, SUM(lines) FROM ledger_totals GROUP BY account")
        while let row = try rows.next() {
            counts[try StoreRows.residentID(row[0])] = row[1]
        }
        return counts
    }

    /// Every binding, oldest first.
    public func bindings() throws(StoreError) -> [Binding] {
        try read { db in try Store.bindings(db) }
    }

    /// Every saved payer order, by beneficiary.
    public func payerOrders() throws(StoreError) -> [PayerOrder] {
        try read { db in
            try Store.payerOrders(db).map { PayerOrder(beneficiary: $0.key, payers: $0.value) }
                .sorted { $0.beneficiary < $1.beneficiary }
        }
    }

    /// When the last change was saved (ISO 8601, UTC), or nil for a store never changed.
    public func lastChange() throws(StoreError) -> String? {
        try read { db in try Store.meta(db, "last_change") }
    }

    /// The newest `limit` audit lines, newest first.
    public func audit(limit: Int = 50) throws(StoreError) -> [AuditEntry] {
        try read { db in
            try Store.auditEntries(db, sql: "SELECT * FROM audit ORDER BY id DESC LIMIT ?", arguments: [max(0, limit)])
        }
    }

    /// The newest `limit` audit lines of the given actions, newest first (chosen by SQLite, so a long
    /// trail of other changes is not read).
    public func audit(actions: [AuditAction], limit: Int) throws(StoreError) -> [AuditEntry] {
        try read { db in
            let marks = Array(repeating: "?", count: actions.count).joined(separator: ", ")
            var arguments = StatementArguments(actions.map(\.rawValue))
            arguments += [max(0, limit)]
            return try Store.auditEntries(
                db, sql: "SELECT * FROM audit WHERE action IN (\(marks)) ORDER BY id DESC LIMIT ?", arguments: arguments)
        }
    }

    /// How many audit lines there are.
    public func auditCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") ?? 0 }
    }

    /// True when nobody is saved and the ledger is empty: a new store.
    public var isEmpty: Bool {
        get throws(StoreError) {
            try read { db in
                try Bool.fetchOne(
                    db, sql: "SELECT NOT EXISTS (SELECT 1 FROM persons) AND NOT EXISTS (SELECT 1 FROM ledger)")
                    ?? true
            }
        }
    }

    static func persons(_ db: Database) throws -> [Person] {
        try Row.fetchAll(
            db, sql: "SELECT \(StoreRows.personColumns) FROM persons ORDER BY is_owner DESC, name, id"
        ).map(StoreRows.person)
    }

    static func bindings(_ db: Database) throws -> [Binding] {
        try Row.fetchAll(db, sql: "SELECT \(StoreRows.bindingColumns) FROM bindings ORDER BY since, rowid")
            .map(StoreRows.binding)
    }

    static func meta(_ db: Database, _ key: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
    }

    static func auditEntries(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [AuditEntry] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            AuditEntry(
                id: row["id"], at: row["at"], action: row["action"], summary: row["summary"], detail: row["detail"])
        }
    }
}
