import Testing

@testable import YibaoCore

@Suite("Credits and payments on a household")
struct HouseholdPaymentTests {
    typealias F = FundsFixture

    /// The Nantong family: father (own ¥100) bound to his son (¥2000).
    func nantong(fatherRegion: RegionCode = F.nantong, sonRegion: RegionCode = F.nantong) -> Household {
        Household(
            date: F.today,
            persons: [
                F.father: F.person(F.father, "张建国", .employee, fatherRegion),
                F.son: F.person(F.son, "张强", .employee, sonRegion, owner: true),
                F.grandma: F.person(F.grandma, "王秀英", .resident, F.beijing),
            ],
            bindings: [
                Binding(payer: F.son, beneficiary: F.father, relation: .father, form: .ordered, since: F.lastYear)
            ],
            accounts: [F.father: F.totals(F.father, yuan: 100), F.son: F.totals(F.son, yuan: 2000)])
    }

    // MARK: Credit

    @Test("A credit to an employee account is recorded dated today with its note")
    func credit() throws {
        let changes = try nantong().credit(account: F.son, amount: F.yuan(320), note: "单位划入")
        #expect(
            changes == [
                .addLedgerEntry(
                    LedgerEntry(account: F.son, date: F.today, kind: .credit, amount: F.yuan(320), note: "单位划入"))
            ])
    }

    @Test("A credit is refused for an unknown person, someone without an account, or a bad amount")
    func creditRefusals() {
        let h = nantong()
        #expect(throws: HouseholdError.unknownPerson(masked: F.daughter.masked)) {
            try h.credit(account: F.daughter, amount: F.yuan(1), note: "")
        }
        #expect(throws: HouseholdError.noPersonalAccount(name: "王秀英", scheme: .resident)) {
            try h.credit(account: F.grandma, amount: F.yuan(1), note: "")
        }
        #expect(throws: HouseholdError.amountNotPositive) { try h.credit(account: F.son, amount: .zero, note: "") }
        #expect(throws: HouseholdError.amountNotPositive) {
            try h.credit(account: F.son, amount: Money(fen: -5), note: "")
        }
        #expect(throws: HouseholdError.amountTooLarge) {
            try h.credit(account: F.son, amount: Money.maximum + Money(fen: 1), note: "")
        }
        #expect(throws: Never.self) { try h.credit(account: F.son, amount: Money.maximum, note: "") }
    }

    // MARK: Payment

    @Test("The Nantong example through the household: ¥100 from the father, ¥500 from his son")
    func nantongPayment() throws {
        let h = nantong()
        let d = try h.payment(beneficiary: F.father, amount: F.yuan(600), rules: F.Rules.national)
        #expect(d.ownPart == F.yuan(100))
        #expect(d.payerParts == [.init(account: F.son, amount: F.yuan(500), isOwn: false)])
        #expect(d.cash == .zero)
        #expect(
            d.explanation(language: .zhHans, name: { h.persons[$0]!.name })
                == "自付¥600.00：张建国自己的账户付¥100.00，张强的账户付¥500.00，无需现金。")
    }

    @Test("Paying records own spending and spending for a relative, negative, dated today, with the note")
    func payChanges() throws {
        let h = nantong()
        let (deduction, changes) = try h.pay(beneficiary: F.father, amount: F.yuan(600), rules: F.Rules.national)
        #expect(deduction == (try h.payment(beneficiary: F.father, amount: F.yuan(600), rules: F.Rules.national)))
        #expect(
            changes == [
                .addLedgerEntry(
                    LedgerEntry(
                        account: F.father, date: F.today, kind: .ownSpending, amount: -F.yuan(100),
                        note: "就医购药 / medical costs")),
                .addLedgerEntry(
                    LedgerEntry(
                        account: F.son, date: F.today, kind: .relativeSpending, amount: -F.yuan(500),
                        counterparty: F.father, note: "就医购药 / medical costs")),
            ])
    }

    @Test("After paying, the ledgers hold what the split said, and a second payment sees the smaller balances")
    func payThenPayAgain() throws {
        var entries = [F.entry(F.father, F.lastYear, .credit, 100), F.entry(F.son, F.lastYear, .credit, 2000)]
        var h = nantong()
        let (_, changes) = try h.pay(beneficiary: F.father, amount: F.yuan(600), rules: F.Rules.national)
        for case .addLedgerEntry(let e) in changes { entries.append(e) }
        h.accounts = [
            F.father: AccountTotals(account: F.father, entries: entries, asOf: F.today),
            F.son: AccountTotals(account: F.son, entries: entries, asOf: F.today),
        ]
        #expect(h.accounts[F.father]!.balance == .zero)
        #expect(h.accounts[F.son]!.balance == F.yuan(1500))
        #expect(h.accounts[F.son]!.thisYearForRelatives[F.father] == -F.yuan(500))

        let second = try h.payment(beneficiary: F.father, amount: F.yuan(1600), rules: F.Rules.national)
        #expect(second.parts == [.init(account: F.son, amount: F.yuan(1500), isOwn: false)])
        #expect(second.cash == F.yuan(100))
    }

    @Test("All cash means no ledger entries")
    func allCashNoEntries() throws {
        var h = nantong()
        h.accounts = [:]
        let (deduction, changes) = try h.pay(beneficiary: F.father, amount: F.yuan(50), rules: F.Rules.national)
        #expect(deduction.cash == F.yuan(50))
        #expect(changes.isEmpty)
    }

    @Test("A payment is refused for an unknown person or an amount that is zero, negative or too large")
    func paymentRefusals() {
        let h = nantong()
        #expect(throws: HouseholdError.unknownPerson(masked: F.daughter.masked)) {
            try h.payment(beneficiary: F.daughter, amount: F.yuan(1), rules: F.Rules.national)
        }
        #expect(throws: HouseholdError.amountNotPositive) {
            try h.pay(beneficiary: F.father, amount: .zero, rules: F.Rules.national)
        }
        #expect(throws: HouseholdError.amountNotPositive) {
            try h.payment(beneficiary: F.father, amount: Money(fen: -1), rules: F.Rules.national)
        }
        #expect(throws: HouseholdError.amountTooLarge) {
            try h.payment(beneficiary: F.father, amount: Money.maximum + Money(fen: 1), rules: F.Rules.national)
        }
    }

    /// Father bound to his son and his daughter, the son first in the saved order.
    func twoPayers(beneficiaryRegion: RegionCode, payerRegion: RegionCode) -> Household {
        Household(
            date: F.today,
            persons: [
                F.father: F.person(F.father, "张建国", .employee, beneficiaryRegion),
                F.son: F.person(F.son, "张强", .employee, payerRegion),
                F.daughter: F.person(F.daughter, "张丽", .employee, payerRegion),
            ],
            bindings: [
                Binding(payer: F.daughter, beneficiary: F.father, relation: .father, form: .ordered, since: F.lastYear),
                Binding(
                    payer: F.son, beneficiary: F.father, relation: .father, form: .ordered, since: F.earlierThisYear),
            ],
            payerOrders: [F.father: [F.son, F.daughter]],
            accounts: [
                F.father: F.totals(F.father, yuan: 100), F.son: F.totals(F.son, yuan: 300),
                F.daughter: F.totals(F.daughter, yuan: 1000),
            ])
    }

    @Test("Payers are charged in the saved order")
    func savedOrder() throws {
        let h = twoPayers(beneficiaryRegion: F.nantong, payerRegion: F.nantong)
        let d = try h.payment(beneficiary: F.father, amount: F.yuan(600), rules: F.Rules.withRegions)
        #expect(d.parts.map(\.account) == [F.father, F.son, F.daughter])
        #expect(d.parts.map(\.amount) == [F.yuan(100), F.yuan(300), F.yuan(200)])
    }

    @Test("One payer per settlement follows the beneficiary's region, not the payers'")
    func onePayerFromBeneficiaryRegion() throws {
        let inWenzhou = twoPayers(beneficiaryRegion: F.wenzhou, payerRegion: F.nantong)
        let d = try inWenzhou.payment(beneficiary: F.father, amount: F.yuan(600), rules: F.Rules.withRegions)
        #expect(d.parts.map(\.account) == [F.father, F.son])
        #expect(d.cash == F.yuan(200))
        #expect(
            d.explanation(language: .en, name: { inWenzhou.persons[$0]!.name })
                == "Self-paid ¥600.00: 张建国's own account pays ¥100.00, 张强's account pays ¥300.00, ¥200.00 in cash.")

        let payersInWenzhou = twoPayers(beneficiaryRegion: F.nantong, payerRegion: F.wenzhou)
        // Wenzhou payers share only prior years (all their money here), but the settlement may use both.
        let e = try payersInWenzhou.payment(beneficiary: F.father, amount: F.yuan(600), rules: F.Rules.withRegions)
        #expect(e.parts.map(\.account) == [F.father, F.son, F.daughter])
        #expect(e.cash == .zero)
    }

    @Test("Prior-years-only sharing follows each payer's region")
    func priorYearsFromPayerRegion() throws {
        var h = twoPayers(beneficiaryRegion: F.nantong, payerRegion: F.nantong)
        h.persons[F.son]!.region = F.shanghai
        // This year the son was credited ¥500 more: only his ¥300 from last year may be shared in Shanghai.
        h.accounts[F.son] = AccountTotals(
            account: F.son,
            entries: [F.entry(F.son, F.lastYear, .credit, 300), F.entry(F.son, F.earlierThisYear, .credit, 500)],
            asOf: F.today)
        let d = try h.payment(beneficiary: F.father, amount: F.yuan(1000), rules: F.Rules.withRegions)
        #expect(d.parts.map(\.amount) == [F.yuan(100), F.yuan(300), F.yuan(600)])
        let national = try h.payment(beneficiary: F.father, amount: F.yuan(1000), rules: F.Rules.national)
        #expect(national.parts.map(\.amount) == [F.yuan(100), F.yuan(800), F.yuan(100)])
    }

    @Test("A quota payer pays what remains of the quota, and the payer's own spending leaves the quota alone")
    func quotaPayer() throws {
        let h = Household(
            date: F.today,
            persons: [
                F.son: F.person(F.son, "张强", .employee, F.nantong),
                F.grandma: F.person(F.grandma, "王秀英", .resident, F.beijing),
            ],
            bindings: [
                Binding(
                    payer: F.son, beneficiary: F.grandma, relation: .paternalGrandmother, form: .quota(F.yuan(500)),
                    since: F.lastYear)
            ],
            accounts: [F.son: F.totals(F.son, yuan: 2000)],
            quotaUsed: [.init(payer: F.son, beneficiary: F.grandma): F.yuan(100)])
        let forGrandma = try h.payment(beneficiary: F.grandma, amount: F.yuan(1000), rules: F.Rules.national)
        #expect(forGrandma.parts == [.init(account: F.son, amount: F.yuan(400), isOwn: false)])
        #expect(forGrandma.cash == F.yuan(600))

        let forHimself = try h.payment(beneficiary: F.son, amount: F.yuan(2000), rules: F.Rules.national)
        #expect(forHimself.parts == [.init(account: F.son, amount: F.yuan(1600), isOwn: true)])
        #expect(forHimself.cash == F.yuan(400))
    }

    @Test("Someone not enrolled cannot use relatives' accounts, only money left in their own")
    func notEnrolled() throws {
        var h = nantong()
        h.persons[F.father]!.scheme = .none
        let d = try h.payment(beneficiary: F.father, amount: F.yuan(600), rules: F.Rules.national)
        #expect(d.parts == [.init(account: F.father, amount: F.yuan(100), isOwn: true)])
        #expect(d.cash == F.yuan(500))
    }

    // MARK: Payer order

    func orderHousehold() -> Household {
        var h = twoPayers(beneficiaryRegion: F.nantong, payerRegion: F.nantong)
        h.persons[F.uncleID] = F.person(F.uncleID, "李伟")
        h.bindings.append(
            Binding(payer: F.uncleID, beneficiary: F.father, relation: .elderBrother, form: .ordered, since: F.today))
        return h
    }

    @Test("A payer order holding every payer once is saved as given")
    func setOrder() throws {
        let changes = try orderHousehold().setPayerOrder(beneficiary: F.father, order: [F.uncleID, F.daughter, F.son])
        #expect(changes == [.setPayerOrder(PayerOrder(beneficiary: F.father, payers: [F.uncleID, F.daughter, F.son]))])
        let empty = try orderHousehold().setPayerOrder(beneficiary: F.son, order: [])
        #expect(empty == [.setPayerOrder(PayerOrder(beneficiary: F.son, payers: []))])
    }

    @Test("A payer listed twice, a payer left out and a stranger are each named")
    func orderProblems() {
        let h = orderHousehold()
        #expect(throws: HouseholdError.payerOrder([.listedTwice(name: "张强"), .missing(name: "张丽")])) {
            try h.setPayerOrder(beneficiary: F.father, order: [F.son, F.uncleID, F.son, F.son])
        }
        #expect(throws: HouseholdError.payerOrder([.notAPayer(name: F.auntie.masked)])) {
            try h.setPayerOrder(beneficiary: F.father, order: [F.son, F.daughter, F.uncleID, F.auntie, F.auntie])
        }
        #expect(throws: HouseholdError.payerOrder([.notAPayer(name: "张建国"), .missing(name: "李伟")])) {
            try h.setPayerOrder(beneficiary: F.father, order: [F.son, F.father, F.daughter])
        }
        #expect(throws: HouseholdError.payerOrder([.missing(name: "张强"), .missing(name: "张丽"), .missing(name: "李伟")])) {
            try h.setPayerOrder(beneficiary: F.father, order: [])
        }
        #expect(throws: HouseholdError.unknownPerson(masked: F.auntie.masked)) {
            try h.setPayerOrder(beneficiary: F.auntie, order: [])
        }
    }

    @Test("The payer-order refusal lists every problem in one message in each language")
    func orderMessage() {
        let error = HouseholdError.payerOrder([.listedTwice(name: "张强"), .missing(name: "张丽"), .notAPayer(name: "李伟")])
        #expect(
            error.message.zh
                == "扣款顺序不对：张强排了不止一次；少了张丽；李伟没有为这位家人付款的绑定。请把每位共济人排一次，不多不少。")
        #expect(
            error.message.en
                == "The payer order is not right: 张强 is listed more than once; 张丽 is missing; "
                + "李伟 is not bound to pay for this person. Please list each payer exactly once.")
    }

    @Test("A saved order is what the next payment uses")
    func savedOrderIsUsed() throws {
        var h = orderHousehold()
        h.accounts[F.uncleID] = F.totals(F.uncleID, yuan: 50)
        for case .setPayerOrder(let order) in try h.setPayerOrder(
            beneficiary: F.father, order: [F.uncleID, F.daughter, F.son])
        {
            h.payerOrders[order.beneficiary] = order.payers
        }
        let d = try h.payment(beneficiary: F.father, amount: F.yuan(300), rules: F.Rules.national)
        #expect(d.parts.map(\.account) == [F.father, F.uncleID, F.daughter])
        #expect(d.parts.map(\.amount) == [F.yuan(100), F.yuan(50), F.yuan(150)])
    }
}
