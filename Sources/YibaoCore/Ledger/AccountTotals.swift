/// Sums of one personal account's ledger, as of a date: everything the model needs to know about an
/// account without reading every line (the store computes these with SQL; tests from entries).
public struct AccountTotals: Hashable, Sendable, Codable {
    public var account: ResidentID
    /// The balance: the sum of every entry up to and including the as-of date.
    public var balance: Money
    /// The balance at the end of the previous year (历年结余 before this year's activity).
    public var balanceAtStartOfYear: Money
    /// This year's sums by kind (credits positive, spending negative, as in the ledger).
    public var thisYearByKind: [LedgerEntry.Kind: Money]
    /// This year's spending for each relative (negative amounts), keyed by the relative.
    public var thisYearForRelatives: [ResidentID: Money]
    /// Where "this year" begins when it is not 1 January of the as-of date's year: the start of the
    /// holder's insurance year (医保年度, `InsuranceYears`; Shanghai: 1 July). Nil: the calendar year.
    public var yearStart: CivilDate?

    public init(
        account: ResidentID, balance: Money = .zero, balanceAtStartOfYear: Money = .zero,
        thisYearByKind: [LedgerEntry.Kind: Money] = [:], thisYearForRelatives: [ResidentID: Money] = [:]
    ) {
        self.account = account
        self.balance = balance
        self.balanceAtStartOfYear = balanceAtStartOfYear
        self.thisYearByKind = thisYearByKind
        self.thisYearForRelatives = thisYearForRelatives
    }

    /// Sums `entries` (of any accounts; only `account`'s are counted) as of `date`, "this year" from
    /// `yearStart` (nil or 1 January: the calendar year of `date`).
    public init(account: ResidentID, entries: [LedgerEntry], asOf date: CivilDate, yearStart: CivilDate? = nil) {
        self.init(account: account)
        let yearStart = yearStart ?? date.startOfYear
        if yearStart != date.startOfYear { self.yearStart = yearStart }
        for e in entries where e.account == account && e.date <= date {
            balance += e.amount
            if e.date < yearStart {
                balanceAtStartOfYear += e.amount
            } else {
                thisYearByKind[e.kind, default: .zero] += e.amount
                if e.kind == .relativeSpending || e.kind == .premiumForRelative, let who = e.counterparty {
                    thisYearForRelatives[who, default: .zero] += e.amount
                }
            }
        }
    }
}

extension AccountTotals {
    /// The first day of the year the "this year" figures count from.
    public func firstDayOfYear(asOf date: CivilDate) -> CivilDate { yearStart ?? date.startOfYear }
}
