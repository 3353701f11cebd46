import Testing

@testable import YibaoCore

/// People, regions, ledgers and rules for the funds, deduction and household tests.
enum FundsFixture {
    static let today = CivilDate(year: 2026, month: 3, day: 15)!
    static let lastYear = CivilDate(year: 2025, month: 6, day: 1)!
    static let earlierThisYear = CivilDate(year: 2026, month: 2, day: 1)!

    static let beijing = RegionCode("110000")!
    static let shanghai = RegionCode("310000")!
    static let nantong = RegionCode("320600")!
    static let wenzhou = RegionCode("330300")!
    static let shenzhen = RegionCode("440300")!

    /// A valid ID number from the brief.
    static func id(_ text: String) -> ResidentID {
        do { return try ResidentID(text, today: today) } catch { preconditionFailure("bad test ID \(text)") }
    }

    /// A valid ID number made from an area code, a birth date and a 3-digit sequence, with its check character.
    static func makeID(area: String, birth: String, sequence: String) -> ResidentID {
        let body = area + birth + sequence
        return id(body + String(ResidentID.checkCharacter(for: body.map { Int(String($0))! })))
    }

    static let grandma = id("11010519491231002X")  // female, 1949
    static let greatGrandpa = id("440524188001010014")  // male, 1880
    static let auntie = id("310104196005150026")  // female, 1960
    static let uncleID = id("440301197512310093")  // male, 1975
    static let father = makeID(area: "320602", birth: "19550304", sequence: "011")
    static let son = makeID(area: "320602", birth: "19820710", sequence: "031")
    static let daughter = makeID(area: "320602", birth: "19850101", sequence: "022")
    static let grandson = makeID(area: "320602", birth: "20100909", sequence: "051")

    static func person(
        _ id: ResidentID, _ name: String, _ scheme: Scheme = .employee, _ region: RegionCode = nantong,
        owner: Bool = false
    ) -> Person {
        Person(id: id, name: name, scheme: scheme, region: region, isOwner: owner)
    }

    static func entry(
        _ account: ResidentID, _ date: CivilDate, _ kind: LedgerEntry.Kind, _ yuan: Int64,
        for relative: ResidentID? = nil
    ) -> LedgerEntry {
        LedgerEntry(account: account, date: date, kind: kind, amount: Money(fen: yuan * 100), counterparty: relative)
    }

    /// Totals for an account holding `yuan`, all carried over from last year.
    static func totals(_ account: ResidentID, yuan: Int64) -> AccountTotals {
        AccountTotals(account: account, entries: [entry(account, lastYear, .credit, yuan)], asOf: today)
    }

    static func yuan(_ amount: Int64) -> Money { Money(fen: amount * 100) }

    /// Region rules from a fixed table; a region's flags apply from `from` (inclusive) on.
    struct Rules: RegionRules {
        var table: [RegionCode: RegionFlags] = [:]
        var from: CivilDate = CivilDate(year: 2000, month: 1, day: 1)!

        func flags(for region: RegionCode, on date: CivilDate) -> RegionFlags {
            date >= from ? table[region] ?? RegionFlags() : RegionFlags()
        }

        static let national = Rules()
        static let withRegions = Rules(table: [
            FundsFixture.shanghai: RegionFlags(onlyPriorYearsShareable: true),
            FundsFixture.wenzhou: RegionFlags(onePayerPerSettlement: true, onlyPriorYearsShareable: true),
        ])
    }
}

@Suite("Funds available in personal accounts")
struct AccountFundsTests {
    typealias F = FundsFixture

    @Test("Prior-years balance loses this year's spending for relatives but not own spending covered by credits")
    func priorYearsWithRelativeSpending() {
        let entries = [
            F.entry(F.son, F.lastYear, .credit, 1000),
            F.entry(F.son, F.earlierThisYear, .credit, 300),
            F.entry(F.son, F.earlierThisYear, .ownSpending, -100),
            F.entry(F.son, F.earlierThisYear, .relativeSpending, -150, for: F.father),
        ]
        let totals = AccountTotals(account: F.son, entries: entries, asOf: F.today)
        #expect(totals.balance == F.yuan(1050))
        #expect(totals.priorYearsRemaining == F.yuan(850))
    }

    @Test("Own spending beyond this year's credits comes out of the prior-years balance")
    func priorYearsWithOverspending() {
        let entries = [
            F.entry(F.son, F.lastYear, .credit, 1000),
            F.entry(F.son, F.earlierThisYear, .credit, 100),
            F.entry(F.son, F.earlierThisYear, .ownSpending, -400),
            F.entry(F.son, F.earlierThisYear, .premiumForRelative, -50, for: F.father),
        ]
        let totals = AccountTotals(account: F.son, entries: entries, asOf: F.today)
        #expect(totals.priorYearsRemaining == F.yuan(1000 - 50 - 300))
        #expect(totals.balance == F.yuan(650))
    }

    @Test("Prior-years balance is never below zero nor above the balance")
    func priorYearsClamped() {
        let overspent = AccountTotals(
            account: F.son,
            entries: [
                F.entry(F.son, F.lastYear, .credit, 100),
                F.entry(F.son, F.earlierThisYear, .credit, 500),
                F.entry(F.son, F.earlierThisYear, .relativeSpending, -300, for: F.father),
            ], asOf: F.today)
        #expect(overspent.priorYearsRemaining == .zero)
        #expect(overspent.balance == F.yuan(300))

        let odd = AccountTotals(account: F.son, balance: F.yuan(40), balanceAtStartOfYear: F.yuan(90))
        #expect(odd.priorYearsRemaining == F.yuan(40))
        let household = Household(date: F.today, accounts: [F.son: odd])
        #expect(household.priorYearsRemaining(account: F.son) == F.yuan(40))
        #expect(household.priorYearsRemaining(account: F.father) == .zero)
    }

    @Test("Only this year's entries up to the as-of date count; later ones are ignored")
    func priorYearsAsOf() {
        let later = CivilDate(year: 2026, month: 12, day: 1)!
        let totals = AccountTotals(
            account: F.son,
            entries: [
                F.entry(F.son, F.lastYear, .credit, 500), F.entry(F.son, later, .relativeSpending, -500, for: F.father),
            ], asOf: F.today)
        #expect(totals.priorYearsRemaining == F.yuan(500))
    }

    func quotaHousehold(used: Int64 = 200) -> Household {
        Household(
            date: F.today,
            persons: [
                F.son: F.person(F.son, "张强"), F.father: F.person(F.father, "张建国"),
                F.grandma: F.person(F.grandma, "王秀英", .resident, F.beijing),
                F.auntie: F.person(F.auntie, "李梅", .resident, F.shanghai),
            ],
            bindings: [
                Binding(
                    payer: F.son, beneficiary: F.grandma, relation: .paternalGrandmother, form: .quota(F.yuan(500)),
                    since: F.lastYear),
                Binding(
                    payer: F.son, beneficiary: F.auntie, relation: .aunt, form: .quota(F.yuan(500)),
                    since: F.lastYear),
                Binding(payer: F.son, beneficiary: F.father, relation: .father, form: .ordered, since: F.lastYear),
            ],
            accounts: [F.son: F.totals(F.son, yuan: 2000)],
            quotaUsed: [.init(payer: F.son, beneficiary: F.grandma): F.yuan(used)])
    }

    @Test("A quota's remainder is the quota less what was used, never below zero")
    func quotaRemaining() {
        #expect(quotaHousehold().quotaRemaining(payer: F.son, beneficiary: F.grandma) == F.yuan(300))
        #expect(quotaHousehold().quotaRemaining(payer: F.son, beneficiary: F.auntie) == F.yuan(500))
        #expect(quotaHousehold(used: 700).quotaRemaining(payer: F.son, beneficiary: F.grandma) == .zero)
        #expect(quotaHousehold().quotaRemaining(payer: F.son, beneficiary: F.father) == .zero)
        #expect(quotaHousehold().quotaRemaining(payer: F.father, beneficiary: F.son) == .zero)
    }

    @Test("What is earmarked for quotas is not the payer's to spend")
    func earmarkedAndOwnAvailable() {
        let h = quotaHousehold()
        #expect(h.earmarked(payer: F.son) == F.yuan(800))
        #expect(h.earmarked(payer: F.father) == .zero)
        #expect(h.ownAvailable(person: F.son) == F.yuan(1200))
        #expect(h.ownAvailable(person: F.father) == .zero)

        var poor = h
        poor.accounts[F.son] = F.totals(F.son, yuan: 600)
        #expect(poor.ownAvailable(person: F.son) == .zero)
    }

    @Test(
        "An ordered payer shares the balance less earmarks; a quota payer shares the quota as far as the balance goes")
    func shareableNational() {
        let h = quotaHousehold()
        #expect(h.shareable(payer: F.son, for: F.father, rules: F.Rules.national) == F.yuan(1200))
        #expect(h.shareable(payer: F.son, for: F.grandma, rules: F.Rules.national) == F.yuan(300))
        #expect(h.shareable(payer: F.son, for: F.auntie, rules: F.Rules.national) == F.yuan(500))

        var poor = h
        poor.accounts[F.son] = F.totals(F.son, yuan: 250)
        #expect(poor.shareable(payer: F.son, for: F.grandma, rules: F.Rules.national) == F.yuan(250))
        #expect(poor.shareable(payer: F.son, for: F.father, rules: F.Rules.national) == .zero)
    }

    @Test("Nothing is shareable without a binding, an account or a known payer")
    func shareableMissing() {
        let h = quotaHousehold()
        #expect(h.shareable(payer: F.father, for: F.son, rules: F.Rules.national) == .zero)
        var noAccount = h
        noAccount.accounts = [:]
        #expect(noAccount.shareable(payer: F.son, for: F.father, rules: F.Rules.national) == .zero)
        var unknown = h
        unknown.persons[F.son] = nil
        #expect(unknown.shareable(payer: F.son, for: F.father, rules: F.Rules.national) == .zero)
    }

    @Test("Where only prior years are shareable (the payer's region), this year's credits stay with the payer")
    func shareablePriorYearsOnly() {
        var h = Household(
            date: F.today,
            persons: [F.auntie: F.person(F.auntie, "李梅", .employee, F.shanghai), F.son: F.person(F.son, "张强")],
            bindings: [
                Binding(payer: F.auntie, beneficiary: F.son, relation: .nephew, form: .ordered, since: F.lastYear)
            ],
            accounts: [
                F.auntie: AccountTotals(
                    account: F.auntie,
                    entries: [
                        F.entry(F.auntie, F.lastYear, .credit, 700), F.entry(F.auntie, F.earlierThisYear, .credit, 400),
                    ],
                    asOf: F.today)
            ])
        #expect(h.shareable(payer: F.auntie, for: F.son, rules: F.Rules.withRegions) == F.yuan(700))
        #expect(h.shareable(payer: F.auntie, for: F.son, rules: F.Rules.national) == F.yuan(1100))
        // The flags are asked for the household's date.
        let later = F.Rules(table: F.Rules.withRegions.table, from: CivilDate(year: 2027, month: 1, day: 1)!)
        #expect(h.shareable(payer: F.auntie, for: F.son, rules: later) == F.yuan(1100))
        // The beneficiary's region does not matter for this flag.
        h.persons[F.auntie]!.region = F.beijing
        h.persons[F.son]!.region = F.shanghai
        #expect(h.shareable(payer: F.auntie, for: F.son, rules: F.Rules.withRegions) == F.yuan(1100))
    }

    @Test("Prior-years sharing is also reduced by what the payer earmarked")
    func priorYearsLessEarmarks() {
        let h = Household(
            date: F.today,
            persons: [
                F.auntie: F.person(F.auntie, "李梅", .employee, F.shanghai), F.son: F.person(F.son, "张强"),
                F.grandma: F.person(F.grandma, "王秀英", .resident, F.beijing),
            ],
            bindings: [
                Binding(payer: F.auntie, beneficiary: F.son, relation: .nephew, form: .ordered, since: F.lastYear),
                Binding(
                    payer: F.auntie, beneficiary: F.grandma, relation: .mother, form: .quota(F.yuan(200)),
                    since: F.lastYear),
            ],
            accounts: [
                F.auntie: AccountTotals(
                    account: F.auntie,
                    entries: [
                        F.entry(F.auntie, F.lastYear, .credit, 700), F.entry(F.auntie, F.earlierThisYear, .credit, 400),
                    ],
                    asOf: F.today)
            ])
        #expect(h.shareable(payer: F.auntie, for: F.son, rules: F.Rules.withRegions) == F.yuan(500))
        #expect(h.ownAvailable(person: F.auntie) == F.yuan(900))
    }

    func orderHousehold(saved: [ResidentID]?) -> Household {
        let d = { (y: Int, m: Int) in CivilDate(year: y, month: m, day: 1)! }
        var h = Household(
            date: F.today,
            bindings: [
                Binding(payer: F.son, beneficiary: F.father, relation: .father, form: .ordered, since: d(2024, 1)),
                Binding(
                    payer: F.daughter, beneficiary: F.father, relation: .father, form: .ordered, since: d(2023, 5)),
                Binding(
                    payer: F.uncleID, beneficiary: F.father, relation: .elderBrother, form: .ordered, since: d(2025, 1)),
                Binding(
                    payer: F.auntie, beneficiary: F.father, relation: .elderSister, form: .ordered, since: d(2024, 1)),
                Binding(
                    payer: F.son, beneficiary: F.grandma, relation: .paternalGrandmother, form: .ordered,
                    since: d(2020, 1)),
            ])
        if let saved { h.payerOrders[F.father] = saved }
        return h
    }

    @Test("With no saved order, payers are charged oldest binding first, then by ID")
    func payerOrderDefault() {
        let order = orderHousehold(saved: nil).payerOrder(for: F.father)
        // daughter 2023-05; son and auntie both 2024-01 (auntie's ID 31… sorts before son's 32…); uncle 2025.
        #expect(order == [F.daughter, F.auntie, F.son, F.uncleID])
        #expect(orderHousehold(saved: nil).payerOrder(for: F.grandma) == [F.son])
        #expect(orderHousehold(saved: nil).payerOrder(for: F.son) == [])
    }

    @Test("A saved order is kept, former payers dropped, duplicates dropped and new payers appended")
    func payerOrderSaved() {
        let h = orderHousehold(saved: [F.uncleID, F.greatGrandpa, F.son, F.uncleID])
        #expect(h.payerOrder(for: F.father) == [F.uncleID, F.son, F.daughter, F.auntie])
        let full = orderHousehold(saved: [F.son, F.uncleID, F.auntie, F.daughter])
        #expect(full.payerOrder(for: F.father) == [F.son, F.uncleID, F.auntie, F.daughter])
    }
}
