import GRDB
import YibaoCore

extension Store {
    /// Everything a change needs, as of `date`: persons, bindings (oldest first), saved payer orders,
    /// account totals summed by SQL, and how much of each quota binding has been used.
    public func household(asOf date: CivilDate) throws(StoreError) -> Household {
        try read { db in try Store.household(db, asOf: date) }
    }

    static func household(_ db: Database, asOf date: CivilDate) throws -> Household {
        var persons: [ResidentID: Person] = [:]
        for person in try Store.persons(db) { persons[person.id] = person }
        let bindings = try Store.bindings(db)
        return Household(
            date: date, persons: persons, bindings: bindings, payerOrders: try payerOrders(db),
            accounts: try accountTotals(db, asOf: date), quotaUsed: try quotaUsed(db, bindings: bindings, asOf: date))
    }

    static func payerOrders(_ db: Database) throws -> [ResidentID: [ResidentID]] {
        var orders: [ResidentID: [ResidentID]] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT beneficiary, payer FROM payer_orders ORDER BY beneficiary, position")
        while let row = try rows.next() {
            orders[try StoreRows.residentID(row["beneficiary"]), default: []].append(
                try StoreRows.residentID(row["payer"]))
        }
        return orders
    }

    /// `AccountTotals` for every account with ledger lines (accounts whose lines all come after `date`
    /// get zero totals), computed with GROUP BY so no ledger line is read into memory.
    static func accountTotals(_ db: Database, asOf date: CivilDate) throws -> [ResidentID: AccountTotals] {
        let asOf = date.iso
        let yearStart = date.startOfYear.iso
        var ids: [String: ResidentID] = [:]
        var totals: [ResidentID: AccountTotals] = [:]
        func account(_ text: String) throws -> ResidentID {
            if let id = ids[text] { return id }
            let id = try StoreRows.residentID(text)
            ids[text] = id
            return id
        }
        for text in try String.fetchAll(db, sql: "SELECT DISTINCT account FROM ledger") {
            let id = try account(text)
            totals[id] = AccountTotals(account: id)
        }
        let balances = try Row.fetchCursor(
            db,
            sql: """
                SELECT account, SUM(amount_fen) AS balance,
                       SUM(CASE WHEN date < :yearStart THEN amount_fen ELSE 0 END) AS before
                FROM ledger WHERE date <= :asOf GROUP BY account
                """,
            arguments: ["asOf": asOf, "yearStart": yearStart])
        while let row = try balances.next() {
            let id = try account(row["account"])
            totals[id, default: AccountTotals(account: id)].balance = Money(fen: row["balance"])
            totals[id, default: AccountTotals(account: id)].balanceAtStartOfYear = Money(fen: row["before"])
        }
        let byKind = try Row.fetchCursor(
            db,
            sql: """
                SELECT account, kind, SUM(amount_fen) AS total FROM ledger
                WHERE date >= :yearStart AND date <= :asOf GROUP BY account, kind
                """,
            arguments: ["asOf": asOf, "yearStart": yearStart])
        while let row = try byKind.next() {
            guard let kind = LedgerEntry.Kind(rawValue: row["kind"]) else {
                throw StoreDecodingError(what: "kind")
            }
            let id = try account(row["account"])
            totals[id, default: AccountTotals(account: id)].thisYearByKind[kind] = Money(fen: row["total"])
        }
        let forRelatives = try Row.fetchCursor(
            db,
            sql: """
                SELECT account, counterparty, SUM(amount_fen) AS total FROM ledger
                WHERE date >= :yearStart AND date <= :asOf AND counterparty IS NOT NULL
                  AND kind IN ('relativeSpending', 'premiumForRelative')
                GROUP BY account, counterparty
                """,
            arguments: ["asOf": asOf, "yearStart": yearStart])
        while let row = try forRelatives.next() {
            let id = try account(row["account"])
            let relative = try account(row["counterparty"])
            totals[id, default: AccountTotals(account: id)].thisYearForRelatives[relative] = Money(fen: row["total"])
        }
        return totals
    }

    /// For each quota binding: minus the payer's `relativeSpending` on the beneficiary from the
    /// binding's start up to `date`.
    static func quotaUsed(_ db: Database, bindings: [Binding], asOf date: CivilDate) throws
        -> [Household.QuotaKey: Money]
    {
        var used: [Household.QuotaKey: Money] = [:]
        let statement = try db.cachedStatement(
            sql: """
                SELECT COALESCE(SUM(amount_fen), 0) FROM ledger
                WHERE account = ? AND counterparty = ? AND kind = 'relativeSpending' AND date >= ? AND date <= ?
                """)
        for binding in bindings {
            guard case .quota = binding.form else { continue }
            let spent =
                try Int64.fetchOne(
                    statement,
                    arguments: [binding.payer.value, binding.beneficiary.value, binding.since.iso, date.iso]) ?? 0
            used[Household.QuotaKey(payer: binding.payer, beneficiary: binding.beneficiary)] = Money(fen: -spent)
        }
        return used
    }
}
