import Testing

@testable import YibaoCore

/// The model's side of issue 12, item 2: a change is decided against every later day's lines.
@Suite("A change decided against later days")
struct LaterDaysTests {
    static let day = CivilDate(year: 2026, month: 3, day: 14)!
    static let payer = id("110105196001010011")
    static let relative = id("110105199001010046")

    /// A valid ID number from its first seventeen digits (the check character worked out).
    static func id(_ digits: String) -> ResidentID {
        let body = String(digits.prefix(17))
        let check = ResidentID.checkCharacter(for: body.map { Int(String($0))! })
        return try! ResidentID(body + String(check), today: day)
    }

    /// A household on `day` whose payer has `balance`, optionally with a quota for the relative.
    static func household(balance: Int64, quota: Int64? = nil) -> Household {
        Household(
            date: day,
            bindings: quota.map {
                [Binding(payer: payer, beneficiary: relative, relation: .daughter, form: .quota(Money(fen: $0)), since: day)]
            } ?? [],
            accounts: [payer: AccountTotals(account: payer, balance: Money(fen: balance))])
    }

    static func spending(_ fen: Int64, daysLater: Int, forRelative: Bool = false) -> LedgerEntry {
        LedgerEntry(
            account: payer, date: day.adding(days: daysLater), kind: forRelative ? .relativeSpending : .ownSpending,
            amount: Money(fen: -fen), counterparty: forRelative ? relative : nil)
    }

    func shortfall(before: Household, after: Household, later: [LedgerEntry], through days: Int = 5) -> Shortfall? {
        Household.firstShortfall(
            before: before, after: after, later: later, through: Self.day.adding(days: days), accounts: [Self.payer])
    }

    @Test("a later line that leaves exactly zero passes, and one fen more falls short on that line's day")
    func zeroAndOneFen() {
        let before = Self.household(balance: 1_000)
        let after = Self.household(balance: 600)
        #expect(shortfall(before: before, after: after, later: [Self.spending(600, daysLater: 2)]) == nil)
        let short = shortfall(before: before, after: after, later: [Self.spending(601, daysLater: 2)])
        #expect(short == Shortfall(account: Self.payer, day: Self.day.adding(days: 2), balance: Money(fen: -1), earmarked: .zero))
        #expect(short?.missing == Money(fen: 1))
    }

    @Test("a line after today is not counted, and the lowest day is found however the lines come")
    func throughToday() {
        let before = Self.household(balance: 1_000)
        let after = Self.household(balance: 600)
        #expect(shortfall(before: before, after: after, later: [Self.spending(700, daysLater: 6)]) == nil)
        let lines = [Self.spending(300, daysLater: 3), Self.spending(400, daysLater: 1)]
        #expect(shortfall(before: before, after: after, later: lines)?.day == Self.day.adding(days: 3))
    }

    @Test("a quota set aside counts on every later day, and spending under it does not shrink what is left")
    func quotas() {
        let before = Self.household(balance: 1_000)
        let after = Self.household(balance: 1_000, quota: 500)
        #expect(shortfall(before: before, after: after, later: [Self.spending(500, daysLater: 1)]) == nil)
        let short = shortfall(before: before, after: after, later: [Self.spending(501, daysLater: 1)])
        #expect(short?.earmarked == Money(fen: 500))
        #expect(short?.balance == Money(fen: 499))
        let underQuota = [Self.spending(500, daysLater: 1, forRelative: true), Self.spending(500, daysLater: 2)]
        #expect(shortfall(before: before, after: after, later: underQuota) == nil)
    }

    @Test("an account already as short without the change does not refuse it; one made shorter does")
    func alreadyShort() {
        let lines = [Self.spending(2_000, daysLater: 1)]
        let before = Self.household(balance: 1_000)
        #expect(shortfall(before: before, after: Self.household(balance: 1_500), later: lines) == nil)
        #expect(shortfall(before: before, after: Self.household(balance: 999), later: lines)?.missing == Money(fen: 1_001))
    }

    @Test("the change's own day is checked first")
    func ownDay() {
        let short = shortfall(before: Self.household(balance: 0), after: Self.household(balance: -1), later: [])
        #expect(short?.day == Self.day)
    }
}
