// "This year" and "prior years" (历年) by the holder's insurance year (issue 13: Shanghai's 医保年度).
//
// The stores sum ledgers by calendar year (fast, however long the ledger). For an account whose
// holder's region starts its year on another day (Shanghai: 1 July), this year's figures are summed
// again from that day's lines: at most a year of one account's lines, read with one index seek.

extension Household {
    /// Re-sums this year's figures of every account whose holder's insurance year does not start on
    /// 1 January of the household's year, from that account's ledger lines dated from the year's start
    /// through the household's date. `lines(accounts, after, through)` returns the saved lines of those
    /// accounts dated after `after` and on or before `through` (the stores' later-lines read).
    public mutating func countInsuranceYears(
        _ years: InsuranceYears,
        lines: (_ accounts: Set<ResidentID>, _ after: CivilDate, _ through: CivilDate) throws -> [LedgerEntry]
    ) rethrows {
        guard !years.overrides.isEmpty else { return }
        var byStart: [CivilDate: Set<ResidentID>] = [:]
        for account in accounts.keys {
            guard let region = persons[account]?.region else { continue }
            let start = years.start(for: region, containing: date)
            if start != date.startOfYear { byStart[start, default: []].insert(account) }
        }
        for (start, group) in byStart.sorted(by: { $0.key < $1.key }) {
            let found = try lines(group, start.adding(days: -1), date)
            for account in group {
                guard let old = accounts[account] else { continue }
                var totals = AccountTotals(account: account, entries: found, asOf: date, yearStart: start)
                let thisYear = totals.balance
                totals.balance = old.balance
                totals.balanceAtStartOfYear = old.balance - thisYear
                accounts[account] = totals
            }
        }
    }
}
