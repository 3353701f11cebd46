/// A person's account figures as of the household's date, as the balance screen and `yibao balance`
/// both show them: the balance, what is earmarked for relatives' quotas and what is left to use, and
/// this year's credits and spending (for the holder and for each relative). Spending is positive.
public struct BalanceSummary: Hashable, Sendable {
    public var person: ResidentID
    /// The date the figures are for.
    public var asOf: CivilDate
    public var balance: Money
    /// Part of the balance set aside as quotas for relatives in other provinces.
    public var earmarked: Money
    /// What the holder can use themselves: the balance less the earmarked quotas.
    public var available: Money
    public var creditedThisYear: Money
    public var ownSpendingThisYear: Money
    /// This year's spending for each relative, by relative.
    public var forRelativesThisYear: [ResidentID: Money]
    /// The first day of "this year": 1 January, or the start of the holder's insurance year where the
    /// region's year starts elsewhere (Shanghai: 1 July).
    public var yearStart: CivilDate
    /// What is left of the balance carried over from earlier years (历年结余).
    public var priorYearsRemaining: Money

    /// Whether "this year" is an insurance year other than the calendar year.
    public var isInsuranceYear: Bool { yearStart != asOf.startOfYear }

    /// The figures of `person`'s account in `household` (zero for an account with no ledger lines).
    public init(person: ResidentID, household: Household) {
        let totals = household.accounts[person] ?? AccountTotals(account: person)
        self.person = person
        asOf = household.date
        balance = totals.balance
        earmarked = household.earmarked(payer: person)
        available = household.ownAvailable(person: person)
        creditedThisYear = totals.thisYearByKind[.credit] ?? .zero
        ownSpendingThisYear = -(totals.thisYearByKind[.ownSpending] ?? .zero)
        forRelativesThisYear = totals.thisYearForRelatives.mapValues { -$0 }
        yearStart = totals.firstDayOfYear(asOf: household.date)
        priorYearsRemaining = totals.priorYearsRemaining
    }

    /// All-zero figures as of `date`, before anything is loaded.
    public init(empty person: ResidentID, asOf date: CivilDate) {
        self.person = person
        asOf = date
        balance = .zero
        earmarked = .zero
        available = .zero
        creditedThisYear = .zero
        ownSpendingThisYear = .zero
        forRelativesThisYear = [:]
        yearStart = date.startOfYear
        priorYearsRemaining = .zero
    }
}
