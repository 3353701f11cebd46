import Testing

@testable import YibaoCore

/// Issue 13: each fact the audit found wrong, checked against the real `Data/policy` files.
@Suite("Policy audit: the facts an insured person could act on")
struct PolicyAuditTests {
    let policy: PolicyBook
    let guide: WithdrawalGuide
    init() throws {
        policy = try PolicyFixture.book()
        guide = try RulesTestData.library().guide
    }

    func refusals(
        _ h: Household, _ payer: ResidentID, _ beneficiary: ResidentID, _ relation: Relationship, quota: Money? = nil
    ) -> [Refusal] {
        h.bindingRefusals(payer: payer, beneficiary: beneficiary, relation: relation, quota: quota, policy: policy)
    }

    // MARK: 1. Quota from this year's money

    @Test("1. A Shanghai quota counts only what is left of the prior-years balance, not this year's money")
    func quotaFromPriorYearsRemaining() {
        var h = BindingFamily.household("2026-02-01")
        // ¥1,200 carried over; this year ¥500 credited and ¥1,000 spent for a relative: ¥700 left, of which
        // only ¥200 is prior-years money (the ¥1,000 for the relative came out of the ¥1,200).
        h.accounts[BindingFamily.shanghaiPayer] = AccountTotals(
            account: BindingFamily.shanghaiPayer, balance: PolicyTestKit.yuan(700),
            balanceAtStartOfYear: PolicyTestKit.yuan(1_200),
            thisYearByKind: [.credit: PolicyTestKit.yuan(500), .relativeSpending: PolicyTestKit.yuan(-1_000)])
        #expect(h.quotaAvailable(payer: BindingFamily.shanghaiPayer, policy: policy) == PolicyTestKit.yuan(200))
        #expect(
            refusals(h, BindingFamily.shanghaiPayer, BindingFamily.wenzhouMother, .mother, quota: PolicyTestKit.yuan(500))
                == [.quotaTooLarge(quota: PolicyTestKit.yuan(500), available: PolicyTestKit.yuan(200))])
    }

    // MARK: 3. Linyi

    @Test("3. Linyi: a payer links at most six people, and a person either pays or is paid for, not both")
    func linyiOneRoleAndSixAtMost() throws {
        let linyi = PolicyTestKit.region("371302")
        let flags = policy.flags(for: linyi, on: PolicyTestKit.date("2025-01-01"))
        #expect(flags.maxBeneficiariesPerPayer == 6)
        #expect(flags.oneRolePerPerson)
        #expect(flags.maxPayersPerBeneficiary == 1)
        let since = PolicyTestKit.date("2023-01-01")
        // 刘一 pays for 刘母; 刘母 may not then pay for 刘二, nor may 刘一 be paid for by 刘二.
        let existing = Binding(
            payer: BindingFamily.linyiSon, beneficiary: BindingFamily.linyiMother, relation: .mother, form: .ordered,
            since: since)
        let h = BindingFamily.household("2025-01-01", bindings: [existing]) {
            $0[BindingFamily.linyiMother]!.scheme = .employee
        }
        #expect(
            refusals(h, BindingFamily.linyiMother, BindingFamily.linyiDaughter, .daughter)
                == [.oneRoleOnly(name: "刘母", already: .beneficiary)])
        #expect(
            refusals(h, BindingFamily.linyiDaughter, BindingFamily.linyiSon, .elderBrother)
                == [.oneRoleOnly(name: "刘一", already: .payer)])
        // Six people already linked: a seventh is refused.
        var people = h.persons
        var bindings: [Binding] = []
        for n in 0..<7 {
            let id = PolicyTestKit.id("371302", "2001010\(n + 1)", "0\(31 + 2 * n)")
            people[id] = Person(id: id, name: "孩子\(n)", scheme: .resident, region: linyi)
            if n < 6 {
                bindings.append(Binding(payer: BindingFamily.linyiDaughter, beneficiary: id, relation: .son, form: .ordered, since: since))
            }
        }
        var six = h
        six.persons = people
        six.bindings = bindings
        let seventh = PolicyTestKit.id("371302", "20010107", "043")
        let reasons = refusals(six, BindingFamily.linyiDaughter, seventh, .son)
        #expect(reasons == [.tooManyBeneficiaries(payer: "刘二", max: 6)])
        #expect(reasons[0].message.zh.contains("最多绑定6人"))
        #expect(reasons[0].message.en.contains("at most 6 relatives"))
    }

    // MARK: 4. The 2025 wallet year

    @Test("4. In 2025 a cross-province binding is a wallet transfer, allowed within one transfer's limit")
    func walletYear2025() throws {
        let h = BindingFamily.household("2025-06-01", balances: [BindingFamily.shanghaiPayer: PolicyTestKit.yuan(5_000)])
        let limits = try #require(policy.nationalRule(on: PolicyTestKit.date("2025-06-01")).walletTransfers)
        #expect(limits.perTransfer == PolicyTestKit.yuan(2_000))
        #expect(limits.perDay == 3)
        #expect(limits.quietHours.zh.contains("22:00"))
        #expect(refusals(h, BindingFamily.shanghaiPayer, BindingFamily.wenzhouMother, .mother, quota: PolicyTestKit.yuan(1_500)).isEmpty)
        let reasons = refusals(h, BindingFamily.shanghaiPayer, BindingFamily.wenzhouMother, .mother, quota: PolicyTestKit.yuan(3_000))
        #expect(reasons == [.walletTransferTooLarge(amount: PolicyTestKit.yuan(3_000), limits: limits)])
        #expect(reasons[0].message.zh.contains("每笔最多¥2,000.00，每天最多3笔"))
        #expect(reasons[0].message.en.contains("22:00 and 06:00"))
        // Before the wallet, across provinces is refused with the date it starts.
        let before = refusals(BindingFamily.household("2024-12-20"), BindingFamily.shanghaiPayer, BindingFamily.wenzhouMother, .mother)
        #expect(
            before == [
                .differentProvince(
                    payer: PolicyTestKit.region("310104"), beneficiary: PolicyTestKit.region("330302"),
                    quotaFrom: PolicyTestKit.date("2025-01-01"))
            ])
        // Under the 2026 quota model the 2025 transfer limit no longer applies.
        #expect(policy.nationalRule(on: PolicyTestKit.date("2026-02-01")).walletTransfers == nil)
    }

    // MARK: 5. Guangdong

    @Test("5. Guangdong is outside cross-province sharing in 2025 and inside from the 2026-01-09 notice")
    func guangdongEnds() {
        let balances = [BindingFamily.payer: PolicyTestKit.yuan(5_000)]
        let in2025 = BindingFamily.household("2025-10-01", balances: balances)
        #expect(
            refusals(in2025, BindingFamily.payer, BindingFamily.guangdongMother, .mother, quota: PolicyTestKit.yuan(1_000))
                == [.regionWithoutCrossProvince(PolicyTestKit.region("440300"))])
        let in2026 = BindingFamily.household("2026-02-01", balances: balances)
        #expect(refusals(in2026, BindingFamily.payer, BindingFamily.guangdongMother, .mother, quota: PolicyTestKit.yuan(1_000)).isEmpty)
        let notice = policy.overrides(for: PolicyTestKit.region("440300"), on: PolicyTestKit.date("2026-02-01")).first
        #expect(notice?.basis.effectiveFrom == PolicyTestKit.date("2026-01-09"))
        #expect(notice?.basis.source.contains("跨省共济") == true)
    }

    // MARK: 8. Certainty of "retired and living elsewhere"

    @Test("8. Retired and living elsewhere is decided locally: common, with a caution on screen, not national")
    func retiredElsewhereIsCommon() throws {
        let item = try #require(guide.cases.first { $0.id == "retiree_relocated_general" })
        #expect(item.certainty == .common)
        #expect(item.certainty.caution != nil)
    }

    // MARK: 9. The fraud warning

    @Test("9. The fraud warning ties the 2-5x fine to intent or another's card, not to lending alone")
    func fraudWarningIsExact() throws {
        for text in [guide.fraudWarning.zh, guide.fraudWarning.en] {
            let sentences = text.split(whereSeparator: { "。.".contains($0) })
            let fine = try #require(sentences.first { $0.contains("2 到 5") || $0.contains("2 to 5") })
            #expect(fine.contains("故意") || fine.contains("on purpose"))
            #expect(!fine.contains("借给") && !fine.contains("Lending"))
        }
        // The figures are those of fraud.yaml.
        let lend = try #require(policy.fraudPenalties.first { $0.id == "lend_card" })
        #expect(lend.penalty.zh.contains("3到12个月"))
        #expect(!lend.penalty.zh.contains("倍"))
        let other = try #require(policy.fraudPenalties.first { $0.id == "use_someone_elses_card" })
        #expect(other.penalty.zh.contains("2到5倍"))
    }

    // MARK: 10. Credit dates

    @Test("10. Credit rules start when each city adopted them: no rule for Beijing retirees in 2022-03")
    func creditsStartPerCity() {
        let beijing = PolicyTestKit.region("110105")
        #expect(policy.creditRule(for: beijing, group: .retired, on: PolicyTestKit.date("2022-03-01")) == nil)
        #expect(
            policy.monthlyCredit(
                region: beijing, group: .retired, on: PolicyTestKit.date("2022-09-01"),
                birthDate: PolicyTestKit.date("1956-03-10")) == PolicyTestKit.yuan(100))
        let shanghai = PolicyTestKit.region("310104")
        #expect(policy.creditRule(for: shanghai, group: .inService, on: PolicyTestKit.date("2022-01-01")) == nil)
        #expect(policy.creditRule(for: shanghai, group: .inService, on: PolicyTestKit.date("2023-07-01"))?.region == "31")
        let national = policy.creditRule(for: PolicyTestKit.region("620100"), group: .inService, on: PolicyTestKit.date("2025-02-01"))
        #expect(national?.basis.certainty == .common)
    }

    // MARK: 11. The demo obeys the tables

    @Test("11. The demo's 张建国 gets 100 yuan a month until he turns 70 in March 2026, then 110")
    func demoFollowsCreditTable() throws {
        let files = try RulesTestData.files()
        let today = PolicyTestKit.date("2026-12-10")
        let demo = try DemoHousehold(yaml: try #require(files["demo/household.yaml"]), today: today)
        let spec = try #require(demo.people.first { $0.person.name == "张建国" })
        let credits = demo.ledger(for: spec, today: today, policy: policy).filter { $0.kind == .credit }
        #expect(credits.count == 24)
        for entry in credits {
            let expected = entry.date < PolicyTestKit.date("2026-03-10") ? 100 : 110
            #expect(entry.amount == PolicyTestKit.yuan(Int64(expected)), "\(entry.date.iso)")
        }
        // The others' credits come from the table too: 2% of the base in service.
        let son = try #require(demo.people.first { $0.person.name == "张伟" })
        #expect(demo.ledger(for: son, today: today, policy: policy).filter { $0.kind == .credit }.allSatisfy {
            $0.amount == PolicyTestKit.yuan(240)
        })
    }

    // MARK: 12. Near-relative dates and long-term care

    @Test("12. Eight kinds of relatives nationally only from 2024-12-09 (marked common); a sister in 2024-09 is refused")
    func nearRelativeDeadline() {
        let rule = policy.nationalRule(on: PolicyTestKit.date("2024-12-09"))
        #expect(rule.nearRelatives.contains(.sibling))
        #expect(rule.basis.certainty == .common)
        #expect(!policy.nationalRule(on: PolicyTestKit.date("2024-09-01")).nearRelatives.contains(.sibling))
        let reasons = refusals(BindingFamily.household("2024-09-01"), BindingFamily.payer, BindingFamily.elderSister, .elderSister)
        guard case .relationNotYetAllowed(_, _, _, let from, let certainty) = reasons.first else {
            Issue.record("expected relationNotYetAllowed, got \(reasons)")
            return
        }
        #expect(from == PolicyTestKit.date("2024-12-09"))
        #expect(certainty == .common)
        let words = reasons[0].message
        #expect(words.zh.contains("通常报道") && words.zh.contains("请向当地医保部门确认"))
        #expect(words.en.contains("as commonly reported") && words.en.contains("check locally"))
        // The 38号 entry says provinces switched earlier, on their own dates.
        let note = policy.nationalRule(on: PolicyTestKit.date("2024-08-02")).basis.note
        #expect(note?.zh.contains("可能比这里的日期更早") == true)
    }

    @Test("12. Long-term care premiums are for places that have that insurance, not everywhere")
    func longTermCareIsPilotOnly() throws {
        let use = try #require(
            policy.uses(in: PolicyTestKit.region("620100"), on: PolicyTestKit.date("2026-02-01")).first {
                $0.id == "long_term_care_premium"
            })
        #expect(use.text.zh.contains("试点"))
        #expect(use.text.en.contains("pilot"))
        // The page lists the uses from uses.yaml (issue 13: one source per fact): read it as shown.
        let library = try RulesTestData.library()
        for (page, language) in [("rules/zh-Hans/uses.md", Language.zhHans), ("rules/en/uses.md", .en)] {
            let text = try #require(library.page("uses", language: language))
                .fillingData(from: policy, on: PolicyTestKit.date("2026-02-01")).text()
            let line = try #require(
                text.split(separator: "\n").first { $0.contains("长期护理") || $0.lowercased().contains("long-term care") })
            #expect(line.contains("试点") || line.contains("pilot"), "\(page)")
            #expect(!line.contains("全国都可以") && !line.contains("everywhere"), "\(page)")
        }
    }

    // MARK: 14. Death

    @Test("14. On death the money goes to the heir: no line sends it to the deceased's own bank account")
    func deathGoesToHeir() throws {
        let death = try #require(guide.cases.first { $0.id == "death_inheritance" })
        for line in [death.summary] + death.notes + death.materials {
            #expect(!line.zh.contains("参保人本人的银行账户"))
            #expect(!line.en.contains("insured person's own bank account"))
        }
        #expect(death.notes.contains { $0.zh.contains("继承人名下的银行账户") })
    }
}

@Suite("Policy audit: who sets the payer order (item 15)")
struct PayerOrderSetterTests {
    @Test("15. Who sets the payer order follows the data: the beneficiary in Beijing, the payer in Wenzhou")
    func setterFollowsData() throws {
        let policy = try PolicyFixture.book()
        let on = PolicyTestKit.date("2026-02-01")
        #expect(policy.flags(for: PolicyTestKit.region("110105"), on: on).payerOrderSetBy == .beneficiary)
        #expect(policy.flags(for: PolicyTestKit.region("330302"), on: on).payerOrderSetBy == .payer)
        #expect(policy.flags(for: PolicyTestKit.region("620100"), on: on).payerOrderSetBy == .beneficiary)
    }
}

/// Issue 13: the questionnaire's paths for every region named in the data, at two ages.
@Suite("Questionnaire paths for every region in the data")
struct QuestionnairePathTests {
    let guide: WithdrawalGuide
    let policy: PolicyBook
    init() throws {
        guide = try RulesTestData.library().guide
        policy = try PolicyFixture.book()
    }

    /// Every region prefix the data names (cases, questions, region rules), as a full code, and Beijing.
    var regions: [RegionCode] {
        RulesTestData.regionsNamed(by: guide, policy)
    }

    /// Answers "yes" to `target` when asked and, after it, "yes" to the follow-ups in `then`; "no" otherwise.
    func path(to target: String, then: Set<String> = [], person: WithdrawalGuide.Asker) -> (asked: [String], answers: [String: Bool]) {
        var answers: [String: Bool] = [:]
        var asked: [String] = []
        while let q = guide.nextQuestion(answers: answers, person: person) {
            asked.append(q.id)
            answers[q.id] = q.id == target || (answers[target] == true && then.contains(q.id))
        }
        return (asked, answers)
    }

    @Test("The common paths take at most five questions in every region, at 30, 50 and 70, and end in an answer")
    func commonPathsAreShort() {
        let common: [(String, Int)] = [
            ("deceased", 30), ("moving_for_work", 30), ("leaving_employee_insurance", 30), ("settling_abroad", 30),
            ("retired_relocated", 50), ("settling_abroad", 50), ("deceased", 70), ("leaving_employee_insurance", 70),
            ("retired_relocated", 70), ("settling_abroad", 70),
        ]
        for region in regions {
            for (target, age) in common {
                let person = WithdrawalGuide.Asker(region: region, age: age)
                for then in [Set<String>(), Set(guide.questions.map(\.id))] {
                    let (asked, answers) = path(to: target, then: then, person: person)
                    #expect(asked.contains(target), "\(region.code) \(age): \(target) never asked")
                    #expect(asked.count <= 5, "\(region.code) \(age) \(target): \(asked)")
                    let advice = guide.evaluate(answers: answers, region: region, age: age)
                    #expect(!advice.cases.isEmpty || advice.statement != nil, "\(region.code) \(target)")
                }
            }
            // A 68-year-old is never asked about enlisting; a 30-year-old never about a retirement move.
            #expect(!path(to: "", person: .init(region: region, age: 68)).asked.contains("enlisting"))
            #expect(!path(to: "", person: .init(region: region, age: 30)).asked.contains("retired_relocated"))
        }
    }

    @Test("Every question offers \"I don't know\", which leads to asking the office or 12393, never a case")
    func dontKnowEverywhere() {
        for region in regions {
            for question in guide.questions {
                let advice = guide.adviceWhenUnsure(about: question, region: region)
                #expect(advice.isUnsure)
                #expect(advice.cases.isEmpty && !advice.allowsMoneyOut)
                #expect(advice.statement?.zh.contains("12393") == true)
                #expect(advice.statement?.en.contains("12393") == true)
            }
        }
    }

    @Test("Each question asks one thing: one question mark, no \"or\" between two questions")
    func oneThingPerQuestion() {
        for question in guide.questions {
            #expect(question.text.zh.filter { $0 == "？" }.count == 1, "\(question.id)")
            #expect(question.text.en.filter { $0 == "?" }.count == 1, "\(question.id)")
        }
    }
}

@Suite("Policy audit: employee insurance without a personal account (item 13)")
struct AccountlessTierTests {
    @Test("13. A Shenzhen tier 2 or 3 member (employee insurance without an account) cannot be a payer, and the words say check locally")
    func shenzhenTierCannotPay() throws {
        let policy = try PolicyFixture.book()
        let member = PolicyTestKit.id("440304", "19800101", "013")
        let mother = PolicyTestKit.id("440304", "19520101", "024")
        let household = Household(
            date: PolicyTestKit.date("2026-02-01"),
            persons: [
                member: Person(id: member, name: "林一", scheme: .employeeWithoutAccount, region: PolicyTestKit.region("440304")),
                mother: Person(id: mother, name: "林母", scheme: .resident, region: PolicyTestKit.region("440304")),
            ],
            bindings: [], payerOrders: [:], accounts: [:], quotaUsed: [:])
        let reasons = household.bindingRefusals(payer: member, beneficiary: mother, relation: .mother, quota: nil, policy: policy)
        #expect(reasons == [.payerHasNoAccount(name: "林一", scheme: .employeeWithoutAccount)])
        #expect(reasons[0].message.zh.contains("以当地为准"))
        #expect(reasons[0].message.en.contains("check locally"))
        #expect(Scheme.employeeWithoutAccount.isEnrolled)
        #expect(Scheme(rawValue: "employee_no_account") == .employeeWithoutAccount)
        // As a beneficiary the member is enrolled and may be paid for.
        let son = PolicyTestKit.id("440304", "20050101", "035")
        var withSon = household
        withSon.persons[son] = Person(id: son, name: "林子", scheme: .employee, region: PolicyTestKit.region("440304"))
        #expect(withSon.bindingRefusals(payer: son, beneficiary: member, relation: .father, quota: nil, policy: policy).isEmpty)
    }
}

@Suite("One source per fact: the fraud page's penalties come from fraud.yaml")
struct PageFactsFromDataTests {
    @Test("Every penalty line of the fraud page, in both languages, is a fraud.yaml entry; the Markdown only names the table")
    func fraudPageReadsTheTable() throws {
        let files = try RulesTestData.files()
        let library = try RulesTestData.library()
        let policy = try PolicyFixture.book()
        let today = PolicyTestKit.date("2026-02-01")
        for language in [Language.zhHans, .en] {
            let markdown = try #require(files[language == .zhHans ? "rules/zh-Hans/fraud.md" : "rules/en/fraud.md"])
            #expect(markdown.contains(RulePage.fraudPlaceholder))
            // No figure of the table is restated by hand in the Markdown.
            for figure in ["3 到 12", "3 to 12", "2 到 5", "2 to 5"] { #expect(!markdown.contains(figure), "\(figure)") }
            let page = try #require(library.page("fraud", language: language)).fillingData(from: policy, on: today)
            let expected = policy.fraudPenalties.map { language == .zhHans ? $0.penalty.zh : $0.penalty.en }
            let items = page.blocks.compactMap { block -> String? in
                if case .listItem(let text) = block { return text } else { return nil }
            }
            for penalty in expected { #expect(items.contains { $0.contains(penalty) }, "\(penalty)") }
            #expect(page.text().contains(expected[0]))
            #expect(!page.text().contains(RulePage.fraudPlaceholder))
        }
    }
}
