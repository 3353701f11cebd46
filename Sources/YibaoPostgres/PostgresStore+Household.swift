import Foundation
import PostgresNIO
import YibaoCore
import YibaoStore

/// The household and the reads behind it, as the SQLite store makes them (Store+Household.swift).
/// Sums are made by the server from the ledger's index (no running-totals table: PostgreSQL sums a
/// long ledger from its index quickly, and a kiosk asks for a few accounts' figures at a time).
extension PostgresStore {
    static func household(_ session: PostgresSession, asOf date: CivilDate, years: InsuranceYears = .calendar) throws
        -> Household
    {
        var persons: [ResidentID: Person] = [:]
        for person in try Self.persons(session) { persons[person.id] = person }
        let bindings = try Self.bindings(session)
        var household = Household(
            date: date, persons: persons, bindings: bindings, payerOrders: try payerOrders(session),
            accounts: try accountTotals(session, asOf: date),
            quotaUsed: try quotaUsed(session, bindings: bindings, asOf: date))
        household.pending = try pendingPersons(session)
        try household.countInsuranceYears(years) { accounts, after, through in
            try ledgerLines(session, of: accounts, after: after, through: through)
        }
        return household
    }

    static func pendingPersons(_ session: PostgresSession) throws -> Set<ResidentID> {
        Set(try session.rows("SELECT person FROM pending_persons").map { row in
            try StoreRows.residentID(try row.decode(String.self))
        })
    }

    static func persons(_ session: PostgresSession) throws -> [Person] {
        // COLLATE "C": the same order as SQLite's (by bytes), whatever the server's locale.
        try session.rows(
            PostgresQuery(
                unsafeSQL: """
                    SELECT \(PostgresRows.personColumns) FROM persons
                    ORDER BY is_owner DESC, name COLLATE "C", id COLLATE "C"
                    """)
        ).map(PostgresRows.person)
    }

    static func bindings(_ session: PostgresSession) throws -> [Binding] {
        try session.rows(
            PostgresQuery(unsafeSQL: "SELECT \(PostgresRows.bindingColumns) FROM bindings ORDER BY since, seq")
        ).map(PostgresRows.binding)
    }

    static func payerOrders(_ session: PostgresSession) throws -> [ResidentID: [ResidentID]] {
        var orders: [ResidentID: [ResidentID]] = [:]
        for row in try session.rows("SELECT beneficiary, payer FROM payer_orders ORDER BY beneficiary, position") {
            let (beneficiary, payer) = try row.decode((String, String).self)
            orders[try StoreRows.residentID(beneficiary), default: []].append(try StoreRows.residentID(payer))
        }
        return orders
    }

    /// Every account with ledger lines (those whose lines all come after `date` get zero totals): the
    /// balance before this year, and this year's sums through `date` by kind and counterparty.
    static func accountTotals(_ session: PostgresSession, asOf date: CivilDate) throws -> [ResidentID: AccountTotals] {
        let yearStart = String(format: "%04d-01-01", date.year)
        var totals: [ResidentID: AccountTotals] = [:]
        var ids: [String: ResidentID] = [:]
        func id(_ text: String) throws -> ResidentID {
            if let id = ids[text] { return id }
            let id = try StoreRows.residentID(text)
            ids[text] = id
            return id
        }
        let before = try session.rows(
            """
            SELECT account, COALESCE(SUM(amount_fen) FILTER (WHERE date < \(yearStart)), 0)::bigint
            FROM ledger GROUP BY account
            """)
        for row in before {
            let (account, fen) = try row.decode((String, Int64).self)
            let money = Money(fen: fen)
            totals[try id(account)] = AccountTotals(
                account: try id(account), balance: money, balanceAtStartOfYear: money)
        }
        let thisYear = try session.rows(
            """
            SELECT account, kind, COALESCE(counterparty, ''), SUM(amount_fen)::bigint FROM ledger
            WHERE date >= \(yearStart) AND date <= \(date.iso)
            GROUP BY account, kind, counterparty
            """)
        for row in thisYear {
            let (accountText, kindText, counterparty, fen) = try row.decode((String, String, String, Int64).self)
            guard let kind = LedgerEntry.Kind(rawValue: kindText) else { throw StoreDecodingError(what: "kind") }
            let account = try id(accountText)
            let amount = Money(fen: fen)
            totals[account, default: AccountTotals(account: account)].balance += amount
            totals[account, default: AccountTotals(account: account)].thisYearByKind[kind, default: .zero] += amount
            if kind == .relativeSpending || kind == .premiumForRelative, !counterparty.isEmpty {
                let relative = try id(counterparty)
                totals[account, default: AccountTotals(account: account)]
                    .thisYearForRelatives[relative, default: .zero] += amount
            }
        }
        return totals
    }

    static func quotaUsed(_ session: PostgresSession, bindings: [Binding], asOf date: CivilDate) throws
        -> [Household.QuotaKey: Money]
    {
        var used: [Household.QuotaKey: Money] = [:]
        for binding in bindings {
            guard case .quota = binding.form else { continue }
            let rows = try session.rows(
                """
                SELECT COALESCE(SUM(amount_fen), 0)::bigint FROM ledger
                WHERE account = \(binding.payer.value) AND counterparty = \(binding.beneficiary.value)
                  AND kind = 'relativeSpending' AND date >= \(binding.since.iso) AND date <= \(date.iso)
                """)
            let spent = try rows.first?.decode(Int64.self) ?? 0
            used[Household.QuotaKey(payer: binding.payer, beneficiary: binding.beneficiary)] = Money(fen: -spent)
        }
        return used
    }

    static func ledgerCounts(_ session: PostgresSession) throws -> [ResidentID: Int] {
        var counts: [ResidentID: Int] = [:]
        for row in try session.rows("SELECT account, COUNT(*)::bigint FROM ledger GROUP BY account") {
            let (account, count) = try row.decode((String, Int64).self)
            counts[try StoreRows.residentID(account)] = Int(count)
        }
        return counts
    }

    static func meta(_ session: PostgresSession, _ key: String) throws -> String? {
        try session.rows("SELECT value FROM meta WHERE key = \(key)").first?.decode(String.self)
    }

    static func ledgerLines(
        _ session: PostgresSession, of accounts: Set<ResidentID>, after date: CivilDate, through today: CivilDate
    ) throws -> [LedgerEntry] {
        guard date < today else { return [] }
        var lines: [LedgerEntry] = []
        for account in accounts.sorted() {
            lines += try session.rows(
                """
                SELECT id, account, date, kind, amount_fen, counterparty, note FROM ledger
                WHERE account = \(account.value) AND date > \(date.iso) AND date <= \(today.iso) ORDER BY date, id
                """
            ).map(PostgresRows.ledgerEntry)
        }
        return lines
    }
}
