import Testing

@testable import YibaoCore

/// Which months Balance offers to record: after the last credit, at most 24 months back, never before birth.
@Suite("Missing credit months")
struct MissingCreditMonthsTests {
    static let today = CivilDate(year: 2026, month: 2, day: 1)!
    static let owner = try! ResidentID("110105195603100015", today: today)

    static func months(_ dates: [CivilDate]) -> [String] { dates.map(Household.monthText) }

    @Test("From the month after the last credit to this month")
    func afterLastCredit() {
        let months = Household.missingCreditMonths(
            for: Self.owner, lastCredit: CivilDate(year: 2025, month: 11, day: 5), today: Self.today)
        #expect(Self.months(months) == ["2025-12", "2026-01", "2026-02"])
        #expect(months.allSatisfy { $0.day == 1 })
    }

    @Test("No credit ever: the 24 months up to this one; a credit this month: nothing")
    func capAndNothing() {
        let all = Household.missingCreditMonths(for: Self.owner, lastCredit: nil, today: Self.today)
        #expect(all.count == Household.missingCreditMonthsCap)
        #expect(Self.months(all).first == "2024-03")
        #expect(Self.months(all).last == "2026-02")
        let old = Household.missingCreditMonths(
            for: Self.owner, lastCredit: CivilDate(year: 2019, month: 1, day: 5), today: Self.today)
        #expect(old == all)
        #expect(Household.missingCreditMonths(for: Self.owner, lastCredit: Self.today, today: Self.today).isEmpty)
    }

    @Test("Never before the person was born")
    func notBeforeBirth() throws {
        let baby = try ResidentID("110105202506010010", today: Self.today)
        let months = Household.missingCreditMonths(for: baby, lastCredit: nil, today: Self.today)
        #expect(Self.months(months).first == "2025-06")
    }
}
