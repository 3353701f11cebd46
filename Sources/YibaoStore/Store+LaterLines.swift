import GRDB
import YibaoCore

extension Store {
    /// The ledger lines of `accounts` dated after `date` through `today`, oldest first: what a change
    /// dated `date` is also decided against (one index seek per account).
    static func ledgerLines(
        _ db: Database, of accounts: Set<ResidentID>, after date: CivilDate, through today: CivilDate
    ) throws -> [LedgerEntry] {
        guard date < today else { return [] }
        var lines: [LedgerEntry] = []
        let statement = try db.cachedStatement(
            sql: """
                SELECT \(StoreRows.ledgerColumns) FROM ledger INDEXED BY ledger_by_account_date
                WHERE account = ? AND date > ? AND date <= ? ORDER BY date, id
                """)
        for account in accounts.sorted() {
            let rows = try Row.fetchCursor(statement, arguments: [account.value, date.iso, today.iso])
            while let row = try rows.next() { lines.append(try StoreRows.ledgerEntry(row)) }
        }
        return lines
    }
}
