import GRDB
import YibaoCore

extension Store {
    /// Everything a change needs, as of `date`: persons, bindings (oldest first), saved payer orders,
    /// account totals summed by SQL, and how much of each quota binding has been used.
    public func household(asOf date: CivilDate, years: InsuranceYears) throws(StoreError) -> Household {
        try read { db in try Store.household(db, asOf: date, years: years) }
    }

    /// The household as of `date`, "this year" being the calendar year for every account.
    public func household(asOf date: CivilDate) throws(StoreError) -> Household {
        try household(asOf: date, years: .calendar)
    }

    static func household(_ db: Database, asOf date: CivilDate, years: InsuranceYears = .calendar) throws
        -> Household
    {
        var persons: [ResidentID: Person] = [:]
        for person in try Store.persons(db) { persons[person.id] = person }
        let bindings = try Store.bindings(db)
        var household = Household(
            date: date, persons: persons, bindings: bindings, payerOrders: try payerOrders(db),
            accounts: try accountTotals(db, asOf: date), quotaUsed: try quotaUsed(db, bindings: bindings, asOf: date))
        household.pending = try Store.pendingPersons(db)
        try household.countInsuranceYears(years) { accounts, after, through in
            try Store.ledgerLines(db, of: accounts, after: after, through: through)
        }
        return household
    }

    /// People added at a kiosk and not yet confirmed at the counter.
    static func pendingPersons(_ db: Database) throws -> Set<ResidentID> {
        Set(try String.fetchAll(db, sql: "SELECT person FROM pending_persons").map(StoreRows.residentID))
    }

    /// Everyone added at a kiosk and not yet confirmed.
    public func pendingPersons() throws(StoreError) -> Set<ResidentID> {
        try read { db in try Store.pendingPersons(db) }
    }

    /// Whether `person` was added at a kiosk and is not yet confirmed.
    public func isPending(_ person: ResidentID) throws(StoreError) -> Bool {
        try read { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM pending_persons WHERE person = ?)", arguments: [person.value])
                ?? false
        }
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
    /// get zero totals), read from `ledger_totals` (sums by account, year, kind and counterparty, kept by
    /// triggers): a few rows per account and year, however long the ledger. This year's lines dated
    /// after `date` (usually none) are found with one index seek per account and taken off again.
    static func accountTotals(_ db: Database, asOf date: CivilDate) throws -> [ResidentID: AccountTotals] {
        struct Key: Hashable {
            var account: String
            var kind: String
            var counterparty: String
        }
        let year = date.year
        var before: [String: Int64] = [:]
        var thisYear: [Key: (fen: Int64, lines: Int64)] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT account, year, kind, counterparty, amount_fen, lines FROM ledger_totals WHERE year <= ?",
            arguments: [year])
        let accounts = Set(try String.fetchAll(db, sql: "SELECT DISTINCT account FROM ledger_totals"))
        while let row = try rows.next() {
            let account: String = row["account"]
            let fen: Int64 = row["amount_fen"]
            if (row["year"] as Int) < year {
                before[account, default: 0] += fen
            } else {
                let key = Key(account: account, kind: row["kind"], counterparty: row["counterparty"])
                let lines: Int64 = row["lines"]
                thisYear[key] = ((thisYear[key]?.fen ?? 0) + fen, (thisYear[key]?.lines ?? 0) + lines)
            }
        }
        // This year's lines dated after `date`, for every account with lines this year, in one
        // statement: SQLite seeks each account's date range itself. INDEXED BY: left alone, it prefers
        // the counterparty index for the GROUP BY and reads every line (100,000 for a long ledger).
        let later = try Row.fetchCursor(
            db,
            sql: """
                SELECT l.account, l.kind, COALESCE(l.counterparty, '') AS counterparty,
                       SUM(l.amount_fen) AS fen, COUNT(*) AS lines
                FROM (SELECT DISTINCT account FROM ledger_totals WHERE year = ?) AS a
                JOIN ledger AS l INDEXED BY ledger_by_account_date
                  ON l.account = a.account AND l.date > ? AND l.date < ?
                GROUP BY l.account, l.kind, l.counterparty
                """,
            arguments: [year, date.iso, String(year + 1) + "-01-01"])
        while let row = try later.next() {
            let key = Key(account: row["account"], kind: row["kind"], counterparty: row["counterparty"])
            let fen: Int64 = row["fen"]
            let lines: Int64 = row["lines"]
            if let sum = thisYear[key] { thisYear[key] = (sum.fen - fen, sum.lines - lines) }
        }

        var ids: [String: ResidentID] = [:]
        func id(_ text: String) throws -> ResidentID {
            if let id = ids[text] { return id }
            let id = try StoreRows.residentID(text)
            ids[text] = id
            return id
        }
        var totals: [ResidentID: AccountTotals] = [:]
        for account in accounts {
            let fen = before[account] ?? 0
            totals[try id(account)] = AccountTotals(
                account: try id(account), balance: Money(fen: fen), balanceAtStartOfYear: Money(fen: fen))
        }
        for (key, sum) in thisYear where sum.lines > 0 {
            guard let kind = LedgerEntry.Kind(rawValue: key.kind) else { throw StoreDecodingError(what: "kind") }
            let account = try id(key.account)
            let amount = Money(fen: sum.fen)
            totals[account, default: AccountTotals(account: account)].balance += amount
            totals[account, default: AccountTotals(account: account)].thisYearByKind[kind, default: .zero] += amount
            if kind == .relativeSpending || kind == .premiumForRelative, !key.counterparty.isEmpty {
                let relative = try id(key.counterparty)
                totals[account, default: AccountTotals(account: account)]
                    .thisYearForRelatives[relative, default: .zero] += amount
            }
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
