import Testing

@testable import YibaoCore

@Suite("Life events: edits, moves, stopped insurance and deaths end bindings and return quotas")
struct LifeEventTests {
    let policy: PolicyBook
    init() throws { policy = try PolicyFixture.book() }

    typealias F = BindingFamily
    let today = PolicyTestKit.date("2026-03-01")

    var orderedMother: Binding {
        Binding(payer: F.payer, beneficiary: F.mother, relation: .mother, form: .ordered, since: PolicyTestKit.date("2025-01-01"))
    }
    var quotaWenzhou: Binding {
        Binding(
            payer: F.payer, beneficiary: F.wenzhouMother, relation: .mother, form: .quota(PolicyTestKit.yuan(1_500)),
            since: PolicyTestKit.date("2026-01-20"))
    }

    func household(_ date: String = "2026-02-15") -> Household {
        F.household(
            date, bindings: [orderedMother, quotaWenzhou],
            payerOrders: [F.mother: [F.payer], F.wenzhouMother: [F.payer]],
            balances: [F.payer: PolicyTestKit.yuan(5_000)],
            quotaUsed: [Household.QuotaKey(payer: F.payer, beneficiary: F.wenzhouMother): PolicyTestKit.yuan(400)])
    }

    @Test("A move inside Beijing (another district, same pooling area) ends nothing and is kept as an event")
    func moveInsideMunicipality() throws {
        let result = try household().editPerson(
            F.mother, PersonEdit(region: PolicyTestKit.region("110105")), pooling: policy.poolingAreas, today: today)
        #expect(result.ended.isEmpty)
        #expect(
            result.changes.contains(
                .recordPersonEvent(
                    PersonEvent(
                        person: F.mother, date: PolicyTestKit.date("2026-02-15"), kind: .edit, field: .region,
                        oldValue: "110108", newValue: "110105"))))
        #expect(!result.changes.contains { if case .removeBinding = $0 { true } else { false } })
    }

    @Test("A move to another pooling area ends the binding and returns the unused quota to the payer")
    func moveEndsQuotaBinding() throws {
        let result = try household().editPerson(
            F.wenzhouMother, PersonEdit(region: PolicyTestKit.region("330106")), pooling: policy.poolingAreas,
            today: today)
        #expect(result.ended.count == 1)
        #expect(result.ended[0].binding == quotaWenzhou)
        #expect(result.ended[0].reason == .moved)
        #expect(result.ended[0].quotaReturned == PolicyTestKit.yuan(1_100))
        #expect(result.changes.contains(.removeBinding(payer: F.payer, beneficiary: F.wenzhouMother)))
        #expect(result.changes.contains(.setPayerOrder(PayerOrder(beneficiary: F.wenzhouMother, payers: []))))
    }

    @Test("A payer who moves ends every binding they pay for, as payer")
    func payerMoveEndsAll() throws {
        let result = try household().editPerson(
            F.payer, PersonEdit(region: PolicyTestKit.region("310104")), pooling: policy.poolingAreas, today: today)
        #expect(Set(result.ended.map(\.binding)) == [orderedMother, quotaWenzhou])
        #expect(result.ended.allSatisfy { $0.reason == .moved })
    }

    @Test("Insurance that stops (scheme none) ends the bindings the person is in")
    func insuranceStops() throws {
        let result = try household().editPerson(
            F.mother, PersonEdit(scheme: Scheme.none), pooling: policy.poolingAreas, today: today)
        #expect(result.ended.map(\.binding) == [orderedMother])
        #expect(result.ended[0].reason == .insuranceStopped)
        #expect(result.ended[0].quotaReturned == .zero)
    }

    @Test("A name correction ends nothing and keeps the old name in a dated event")
    func nameCorrection() throws {
        let result = try household().editPerson(
            F.mother, PersonEdit(name: "  李秀华 "), pooling: policy.poolingAreas, today: today)
        #expect(result.ended.isEmpty)
        guard case .updatePerson(let updated) = result.changes.first else {
            Issue.record("no updatePerson first")
            return
        }
        #expect(updated.name == "李秀华")
        #expect(
            result.changes.contains(
                .recordPersonEvent(
                    PersonEvent(
                        person: F.mother, date: PolicyTestKit.date("2026-02-15"), kind: .edit, field: .name,
                        oldValue: "李秀英", newValue: "李秀华"))))
    }

    @Test("An edit that changes nothing, an empty name or an implausible base is refused")
    func badEdits() {
        let h = household()
        #expect(throws: LifeEventError.nothingToChange(name: "李秀英")) {
            try h.editPerson(F.mother, PersonEdit(name: "李秀英"), pooling: policy.poolingAreas, today: today)
        }
        #expect(throws: LifeEventError.emptyName) {
            try h.editPerson(F.mother, PersonEdit(name: "  "), pooling: policy.poolingAreas, today: today)
        }
        #expect(throws: LifeEventError.implausibleBase(Money(fen: 5))) {
            try h.editPerson(F.payer, PersonEdit(contributionBase: Money(fen: 5)), pooling: policy.poolingAreas, today: today)
        }
    }

    @Test("A death ends every binding, returns unused quota, and then the person can be neither edited, bound nor paid for")
    func death() throws {
        let h = household()
        let result = try h.recordDeath(F.wenzhouMother, today: today)
        #expect(result.ended.map(\.binding) == [quotaWenzhou])
        #expect(result.ended[0].reason == .died)
        #expect(result.ended[0].quotaReturned == PolicyTestKit.yuan(1_100))
        var after = h
        after.persons[F.wenzhouMother]?.diedOn = h.date
        after.bindings.removeAll { $0.beneficiary == F.wenzhouMother }
        let died = LifeEventError.personDied(name: "陈母", on: h.date)
        #expect(throws: died) {
            try after.editPerson(F.wenzhouMother, PersonEdit(name: "陈母亲"), pooling: policy.poolingAreas, today: today)
        }
        #expect(throws: died) { try after.recordDeath(F.wenzhouMother, today: today) }
        #expect(
            after.bindingRefusals(
                payer: F.payer, beneficiary: F.wenzhouMother, relation: .mother, quota: PolicyTestKit.yuan(100),
                policy: policy
            ).contains(.personDied(name: "陈母", on: h.date)))
        #expect(throws: HouseholdError.personDied(name: "陈母", on: h.date)) {
            try after.payment(beneficiary: F.wenzhouMother, amount: PolicyTestKit.yuan(10), rules: policy)
        }
    }

    @Test("A death dated before birth or after today is refused")
    func deathDates() {
        #expect(throws: LifeEventError.beforeBirth(name: "张小雨", date: PolicyTestKit.date("1999-12-31"), birth: PolicyTestKit.date("2000-01-01"))) {
            try F.household("1999-12-31").recordDeath(F.daughter, today: today)
        }
        #expect(throws: LifeEventError.afterToday(date: PolicyTestKit.date("2026-03-02"), today: today)) {
            try F.household("2026-03-02").recordDeath(F.daughter, today: today)
        }
    }
}

@Suite("Premiums for relatives: resident insurance paid from the account, insured or not")
struct PremiumTests {
    let policy: PolicyBook
    init() throws { policy = try PolicyFixture.book() }

    typealias F = BindingFamily

    func household(_ date: String = "2026-02-15", balance: Int64 = 1_000) -> Household {
        F.household(date, balances: [F.payer: PolicyTestKit.yuan(balance)]) { persons in
            persons[F.mother]?.scheme = Scheme.none
        }
    }

    @Test("An uninsured mother's premium is paid from the account, the line saying whom and which year")
    func uninsuredMother() throws {
        let changes = try household().premium(
            payer: F.payer, beneficiary: F.mother, relation: .mother, amount: PolicyTestKit.yuan(400), year: 2026,
            policy: policy)
        #expect(
            changes == [
                .addLedgerEntry(
                    LedgerEntry(
                        account: F.payer, date: PolicyTestKit.date("2026-02-15"), kind: .premiumForRelative,
                        amount: -PolicyTestKit.yuan(400), counterparty: F.mother,
                        note: "2026年度居民医保保费：李秀英 / resident-insurance premium for 2026: 李秀英"))
            ])
    }

    @Test("Not a near relative, beyond the balance, zero, or for someone in employee insurance: refused")
    func refusals() {
        let h = household()
        #expect(throws: LifeEventError.notNearRelative(.wifesMother)) {
            try h.premium(
                payer: F.payer, beneficiary: F.motherInLaw, relation: .wifesMother, amount: PolicyTestKit.yuan(400),
                year: 2026, policy: policy)
        }
        #expect(throws: LifeEventError.beyondBalance(amount: PolicyTestKit.yuan(1_001), available: PolicyTestKit.yuan(1_000))) {
            try h.premium(
                payer: F.payer, beneficiary: F.mother, relation: .mother, amount: PolicyTestKit.yuan(1_001), year: 2026,
                policy: policy)
        }
        #expect(throws: LifeEventError.amountNotPositive) {
            try h.premium(payer: F.payer, beneficiary: F.mother, relation: .mother, amount: .zero, year: 2026, policy: policy)
        }
        #expect(throws: LifeEventError.premiumForEmployee(name: "张国强")) {
            try h.premium(
                payer: F.payer, beneficiary: F.father, relation: .father, amount: PolicyTestKit.yuan(10), year: 2026,
                policy: policy)
        }
    }

    @Test("Where the policy data does not let the account pay premiums on that date, it is refused")
    func regionNotAllowed() {
        let h = F.household("2023-06-01", balances: [F.hangzhouPayer: PolicyTestKit.yuan(1_000)]) { persons in
            persons[F.wenzhouMother]?.scheme = Scheme.none
        }
        #expect(throws: LifeEventError.premiumNotAllowed(region: PolicyTestKit.region("330106"))) {
            try h.premium(
                payer: F.hangzhouPayer, beneficiary: F.wenzhouMother, relation: .mother, amount: PolicyTestKit.yuan(10),
                year: 2023, policy: policy)
        }
    }

    @Test("Medical spending for an uninsured relative stays refused: no payer's account is drawn on")
    func medicalStaysRefused() throws {
        let binding = Binding(
            payer: F.payer, beneficiary: F.mother, relation: .mother, form: .ordered, since: PolicyTestKit.date("2025-01-01"))
        var h = household()
        h.bindings = [binding]
        let deduction = try h.payment(beneficiary: F.mother, amount: PolicyTestKit.yuan(100), rules: policy)
        #expect(deduction.parts.isEmpty)
        #expect(deduction.cash == PolicyTestKit.yuan(100))
    }
}

@Suite("Estimated monthly credits from the policy tables")
struct EstimatedCreditTests {
    let policy: PolicyBook
    init() throws { policy = try PolicyFixture.book() }

    typealias F = BindingFamily
    let today = PolicyTestKit.date("2026-03-10")

    @Test("In service in Beijing: 2% of an 8,000 base is ¥160.00, marked as an estimate")
    func inService() throws {
        let h = F.household("2026-03-01") { $0[F.payer]?.contributionBase = PolicyTestKit.yuan(8_000) }
        let result = try h.estimatedCredit(for: F.payer, policy: policy, credited: false, today: today)
        #expect(result.estimate.amount == PolicyTestKit.yuan(160))
        #expect(result.estimate.month == "2026-03")
        #expect(result.estimate.group == .inService)
        guard case .addLedgerEntry(let line) = result.changes.first else {
            Issue.record("no ledger line")
            return
        }
        #expect(Household.isEstimate(line))
        #expect(line.amount == PolicyTestKit.yuan(160))
    }

    @Test("A Beijing retiree aged 70 or more gets the ¥110.00 band")
    func retiree() throws {
        let h = F.household("2026-03-01") { $0[F.father]?.retiredOn = PolicyTestKit.date("2003-09-01") }
        let result = try h.estimatedCredit(for: F.father, policy: policy, credited: false, today: today)
        #expect(result.estimate.group == .retired)
        #expect(result.estimate.amount == PolicyTestKit.yuan(110))
    }

    @Test("A missing base, an unknown amount, a month already credited or still to come: refused with the reason")
    func refusals() throws {
        let h = F.household("2026-03-01")
        #expect(throws: LifeEventError.self) {
            try h.estimatedCredit(for: F.payer, policy: policy, credited: false, today: today)
        }
        do {
            _ = try h.estimatedCredit(for: F.payer, policy: policy, credited: false, today: today)
        } catch {
            #expect(error.message.en.contains("contribution base is not recorded"))
        }
        let guangdong = F.household("2026-03-01") { persons in
            persons[F.guangdongMother]?.scheme = .employee
            persons[F.guangdongMother]?.retiredOn = PolicyTestKit.date("2005-01-01")
        }
        do {
            _ = try guangdong.estimatedCredit(for: F.guangdongMother, policy: policy, credited: false, today: today)
            Issue.record("Guangdong's retirees' amount needs a reference the tables do not have")
        } catch {
            #expect(error.message.en.contains("no monthly amount"))
        }
        let based = F.household("2026-03-01") { $0[F.payer]?.contributionBase = PolicyTestKit.yuan(8_000) }
        #expect(throws: LifeEventError.monthAlreadyCredited(month: "2026-03")) {
            try based.estimatedCredit(for: F.payer, policy: policy, credited: true, today: today)
        }
        #expect(throws: LifeEventError.futureMonth(month: "2026-04")) {
            try F.household("2026-04-01") { $0[F.payer]?.contributionBase = PolicyTestKit.yuan(8_000) }
                .estimatedCredit(for: F.payer, policy: policy, credited: false, today: today)
        }
    }
}
