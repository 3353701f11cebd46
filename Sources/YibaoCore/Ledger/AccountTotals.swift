/// Sums of one personal account's ledger, as of a date: everything the model needs to know about an
/// account without reading every line (the store computes these with SQL; tests from entries).
public struct AccountTotals: Hashable, Sendable, Codable {
    public var account: ResidentID
    /// The balance: the sum of every entry up to and including the as-of date.
    public var balance: Money
    /// The balance at the end of the previous calendar year (历年结余 before this year's activity).
    public var balanceAtStartOfYear: Money
    /// This calendar year's sums by kind (credits positive, spending negative, as in the ledger).
    public var thisYearByKind: [LedgerEntry.Kind: Money]
    /// This calendar year's spending for each relative (negative amounts), keyed by the relative.
    public var thisYearForRelatives: [ResidentID: Money]

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

    /// Sums `entries` (of any accounts; only `account`'s are counted) as of `date`.
    public init(account: ResidentID, entries: [LedgerEntry], asOf date: CivilDate) {
        self.init(account: account)
        let yearStart = date.startOfYear
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
