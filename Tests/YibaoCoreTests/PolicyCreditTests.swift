import Testing

@testable import YibaoCore

@Suite("Monthly credits, fen-exact")
struct PolicyCreditTests {
    let book: PolicyBook
    init() throws { book = try PolicyFixture.book() }

    let beijing = PolicyTestKit.region("110105")
    let shanghai = PolicyTestKit.region("310104")
    func d(_ iso: String) -> CivilDate { PolicyTestKit.date(iso) }

    @Test("A Beijing employee with base ¥8,000 gets ¥160.00 a month; base ¥12,345 gets ¥246.90")
    func beijingEmployee() {
        let on = d("2025-03-01")
        #expect(book.monthlyCredit(region: beijing, group: .inService, on: on, base: PolicyTestKit.yuan(8_000))?.formatted == "¥160.00")
        #expect(book.monthlyCredit(region: beijing, group: .inService, on: on, base: PolicyTestKit.yuan(12_345))?.formatted == "¥246.90")
    }

    @Test("Shares are rounded to the nearest fen, halves up")
    func rounding() {
        let on = d("2025-03-01")
        // 2% of ¥1,234.56 = ¥24.6912 → ¥24.69; 2% of ¥1,234.75 = ¥24.695 → ¥24.70.
        #expect(book.monthlyCredit(region: beijing, group: .inService, on: on, base: Money(fen: 123_456)) == Money(fen: 2_469))
        #expect(book.monthlyCredit(region: beijing, group: .inService, on: on, base: Money(fen: 123_475)) == Money(fen: 2_470))
        #expect(book.monthlyCredit(region: beijing, group: .inService, on: on, base: .zero) == .zero)
    }

    @Test("Without a contribution base nothing can be computed")
    func needsBase() {
        #expect(book.monthlyCredit(region: beijing, group: .inService, on: d("2025-03-01")) == nil)
    }

    @Test("A Beijing retiree born 1956-03-10 gets ¥100 until the 70th birthday, then ¥110")
    func beijingRetiree() {
        let born = d("1956-03-10")
        #expect(book.monthlyCredit(region: beijing, group: .retired, on: d("2026-03-09"), birthDate: born)?.formatted == "¥100.00")
        #expect(book.monthlyCredit(region: beijing, group: .retired, on: d("2026-03-10"), birthDate: born)?.formatted == "¥110.00")
    }

    @Test("A Shanghai retiree aged 74 gets ¥1,680 a year (¥140.00 a month); at 75, ¥1,890 (¥157.50)")
    func shanghaiRetiree() {
        let on = d("2025-01-01")
        #expect(book.monthlyCredit(region: shanghai, group: .retired, on: on, birthDate: d("1950-06-01"))?.formatted == "¥140.00")
        #expect(book.monthlyCredit(region: shanghai, group: .retired, on: on, birthDate: d("1949-06-01"))?.formatted == "¥157.50")
    }

    @Test("Before 2023-07-01 Shanghai retirees have no rule: the national one starts only in 2025")
    func shanghaiBeforeReform() throws {
        #expect(book.creditRule(for: shanghai, group: .retired, on: d("2023-06-30")) == nil)
        #expect(book.monthlyCredit(region: shanghai, group: .retired, on: d("2023-06-30"), birthDate: d("1950-06-01")) == nil)
    }

    @Test("Guangdong retirees get 2.8% of the city's 2021 average pension, when that amount is given")
    func guangdong() throws {
        let guangzhou = PolicyTestKit.region("440106")
        let on = d("2025-01-01")
        #expect(book.monthlyCredit(region: guangzhou, group: .retired, on: on) == nil)
        #expect(book.monthlyCredit(region: guangzhou, group: .retired, on: on, reference: PolicyTestKit.yuan(3_000))?.formatted == "¥84.00")
        let rule = try #require(book.creditRule(for: guangzhou, group: .retired, on: on))
        #expect(rule.basis.certainty == .uncertain)
        guard case .percentOfReference(_, let reference) = rule.amount else {
            Issue.record("Guangdong should be a share of a reference amount")
            return
        }
        #expect(reference.zh.contains("2021"))
    }

    @Test("Shenzhen's city rule wins over the national one from 2022-12-01")
    func shenzhen() throws {
        let shenzhen = PolicyTestKit.region("440304")
        #expect(try #require(book.creditRule(for: shenzhen, group: .inService, on: d("2022-12-01"))).region == "4403")
        #expect(book.creditRule(for: shenzhen, group: .inService, on: d("2022-11-30")) == nil)
        #expect(try #require(book.creditRule(for: PolicyTestKit.region("440106"), group: .inService, on: d("2025-01-01"))).region == "")
    }

    @Test("No credit rule before the 2021 reform")
    func beforeReform() {
        #expect(book.creditRule(for: beijing, group: .inService, on: d("2020-01-01")) == nil)
    }
}
