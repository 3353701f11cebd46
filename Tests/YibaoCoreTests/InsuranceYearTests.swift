import Testing

@testable import YibaoCore

/// Issue 13: Shanghai's insurance year (医保年度, July to June, from `regions.yaml`) decides what is
/// "this year" and what is "prior years" (历年) money, and so what may be shared.
@Suite("Insurance years from the policy data")
struct InsuranceYearTests {
    typealias F = FundsFixture

    static func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// A Shanghai payer and his Shanghai father, bound in order.
    static let son = F.makeID(area: "310104", birth: "19820710", sequence: "031")
    static let father = F.makeID(area: "310104", birth: "19550304", sequence: "011")
    static let beijinger = F.makeID(area: "110105", birth: "19820710", sequence: "071")

    /// ¥1,000 credited before July 2025, ¥600 in September 2025, ¥100 spent for the father in February 2026;
    /// the same lines on a Beijing account.
    static let entries: [LedgerEntry] = [
        F.entry(son, day("2025-03-01"), .credit, 1000),
        F.entry(son, day("2025-09-01"), .credit, 600),
        F.entry(son, day("2026-02-01"), .relativeSpending, -100, for: father),
        F.entry(beijinger, day("2025-03-01"), .credit, 1000),
        F.entry(beijinger, day("2025-09-01"), .credit, 600),
        F.entry(beijinger, day("2026-02-01"), .relativeSpending, -100, for: father),
    ]

    /// The household as a store reads it: calendar-year sums, then each account's year counted again
    /// from its own lines (the same later-lines read the stores give).
    static func household(asOf date: CivilDate, years: InsuranceYears) -> Household {
        var accounts: [ResidentID: AccountTotals] = [:]
        for account in Set(entries.map(\.account)) {
            accounts[account] = AccountTotals(account: account, entries: entries, asOf: date)
        }
        var household = Household(
            date: date,
            persons: [
                son: F.person(son, "张伟", .employee, RegionCode("310104")!),
                father: F.person(father, "张德福", .employee, RegionCode("310104")!),
                beijinger: F.person(beijinger, "李明", .employee, RegionCode("110105")!),
            ],
            bindings: [
                Binding(payer: son, beneficiary: father, relation: .father, form: .ordered, since: day("2025-01-01")),
                Binding(payer: beijinger, beneficiary: father, relation: .father, form: .ordered, since: day("2025-01-01")),
            ],
            accounts: accounts)
        household.countInsuranceYears(years) { accounts, after, through in
            entries.filter { accounts.contains($0.account) && $0.date > after && $0.date <= through }
        }
        return household
    }

    @Test("Shanghai's insurance year starts on 1 July in the shipped data; Beijing's is the calendar year")
    func shippedYearStarts() throws {
        let years = try PolicyFixture.book().insuranceYears
        let shanghai = RegionCode("310104")!
        let beijing = RegionCode("110105")!
        #expect(years.start(for: shanghai, containing: Self.day("2026-06-30")) == Self.day("2025-07-01"))
        #expect(years.start(for: shanghai, containing: Self.day("2026-07-01")) == Self.day("2026-07-01"))
        #expect(years.start(for: shanghai, containing: Self.day("2025-12-31")) == Self.day("2025-07-01"))
        #expect(years.start(for: shanghai, containing: Self.day("2026-01-01")) == Self.day("2025-07-01"))
        #expect(years.start(for: beijing, containing: Self.day("2026-06-30")) == Self.day("2026-01-01"))
        #expect(years.start(for: beijing, containing: Self.day("2026-07-01")) == Self.day("2026-01-01"))
        #expect(years.start(for: beijing, containing: Self.day("2025-12-31")) == Self.day("2025-01-01"))
        #expect(years.start(for: beijing, containing: Self.day("2026-01-01")) == Self.day("2026-01-01"))
        let entry = try #require(try PolicyFixture.book().overrides(for: shanghai, on: Self.day("2026-07-01")).first {
            $0.insuranceYearStartMonth != nil
        })
        #expect(entry.basis.certainty == .uncertain)
    }

    @Test("On 30 June a Shanghai payer's money credited since last July is still this year's and cannot be shared")
    func lastDayOfJune() throws {
        let policy = try PolicyFixture.book()
        let june = Self.household(asOf: Self.day("2026-06-30"), years: policy.insuranceYears)
        let totals = try #require(june.accounts[Self.son])
        #expect(totals.balance == F.yuan(1500))
        #expect(totals.balanceAtStartOfYear == F.yuan(1000))
        #expect(totals.yearStart == Self.day("2025-07-01"))
        #expect(totals.thisYearByKind[.credit] == F.yuan(600))
        #expect(totals.priorYearsRemaining == F.yuan(900))
        #expect(june.shareable(payer: Self.son, for: Self.father, rules: policy) == F.yuan(900))
        #expect(june.quotaAvailable(payer: Self.son, policy: policy) == F.yuan(900))
        let summary = BalanceSummary(person: Self.son, household: june)
        #expect(summary.isInsuranceYear)
        #expect(summary.creditedThisYear == F.yuan(600))
        #expect(summary.forRelativesThisYear[Self.father] == F.yuan(100))
    }

    @Test("On 1 July the Shanghai year turns over: everything left becomes prior-years money that may be shared")
    func firstDayOfJuly() throws {
        let policy = try PolicyFixture.book()
        let july = Self.household(asOf: Self.day("2026-07-01"), years: policy.insuranceYears)
        let totals = try #require(july.accounts[Self.son])
        #expect(totals.balance == F.yuan(1500))
        #expect(totals.balanceAtStartOfYear == F.yuan(1500))
        #expect(totals.yearStart == Self.day("2026-07-01"))
        #expect(totals.thisYearByKind.isEmpty)
        #expect(totals.priorYearsRemaining == F.yuan(1500))
        #expect(july.shareable(payer: Self.son, for: Self.father, rules: policy) == F.yuan(1500))
        #expect(july.quotaAvailable(payer: Self.son, policy: policy) == F.yuan(1500))
        #expect(BalanceSummary(person: Self.son, household: july).creditedThisYear == .zero)
    }

    @Test("New Year is not a turn of Shanghai's year, while a calendar-year account turns over on 1 January")
    func newYear() throws {
        let policy = try PolicyFixture.book()
        let eve = Self.household(asOf: Self.day("2025-12-31"), years: policy.insuranceYears)
        let newYear = Self.household(asOf: Self.day("2026-01-01"), years: policy.insuranceYears)
        // Shanghai: the September credit is this year's on both days.
        #expect(eve.accounts[Self.son]?.priorYearsRemaining == F.yuan(1000))
        #expect(newYear.accounts[Self.son]?.priorYearsRemaining == F.yuan(1000))
        #expect(newYear.accounts[Self.son]?.thisYearByKind[.credit] == F.yuan(600))
        // Beijing (calendar year): every 2025 credit becomes prior-years money on 1 January.
        #expect(eve.accounts[Self.beijinger]?.balanceAtStartOfYear == .zero)
        #expect(newYear.accounts[Self.beijinger]?.balanceAtStartOfYear == F.yuan(1600))
        #expect(newYear.accounts[Self.beijinger]?.yearStart == nil)
        #expect(BalanceSummary(person: Self.beijinger, household: newYear).isInsuranceYear == false)
    }

    @Test("Without the data's start month every account counts the calendar year, as before")
    func calendarWithoutData() throws {
        let june = Self.household(asOf: Self.day("2026-06-30"), years: .calendar)
        #expect(june.accounts[Self.son]?.balanceAtStartOfYear == F.yuan(1600))
        #expect(june.accounts[Self.son]?.yearStart == nil)
    }

    @Test("A region entry's start month must be 1 to 12, and may not be set twice for one prefix and date")
    func startMonthChecked() throws {
        let thirteen = try PolicyFixture.files(
            "policy/regions.yaml", replacing: "insurance_year_starts_month: 7", with: "insurance_year_starts_month: 13")
        #expect(PolicyFixture.loadError(thirteen)?.message.contains("insurance_year_starts_month") == true)
        let twice = try PolicyFixture.files(
            "policy/regions.yaml", replacing: "    only_prior_years_shareable: true\n",
            with: "    only_prior_years_shareable: true\n    insurance_year_starts_month: 7\n")
        #expect(PolicyFixture.loadError(twice) != nil)
    }
}
