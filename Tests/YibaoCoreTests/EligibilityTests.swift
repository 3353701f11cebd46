import Testing

@testable import YibaoCore

/// A small family spread over several regions, and households built from it on any date.
enum BindingFamily {
    static let payer = PolicyTestKit.id("110105", "19700501", "011")  // 张伟, male, Beijing
    static let mother = PolicyTestKit.id("110108", "19450302", "022")  // female, older
    static let father = PolicyTestKit.id("110108", "19430818", "031")  // male, older
    static let daughter = PolicyTestKit.id("110105", "20000101", "042")  // female, younger
    static let elderSister = PolicyTestKit.id("110105", "19660303", "062")  // female, older
    static let motherInLaw = PolicyTestKit.id("110105", "19480101", "082")  // female, older
    static let hangzhouPayer = PolicyTestKit.id("330106", "19720101", "013")
    static let wenzhouMother = PolicyTestKit.id("330302", "19460101", "024")
    static let shanghaiPayer = PolicyTestKit.id("310104", "19750101", "015")
    static let guangdongMother = PolicyTestKit.id("440300", "19500101", "026")
    static let linyiMother = PolicyTestKit.id("371302", "19500202", "028")
    static let linyiSon = PolicyTestKit.id("371302", "19750202", "017")
    static let linyiDaughter = PolicyTestKit.id("371302", "19780202", "048")

    static let people: [Person] = [
        Person(id: payer, name: "张伟", scheme: .employee, region: PolicyTestKit.region("110105"), isOwner: true),
        Person(id: mother, name: "李秀英", scheme: .resident, region: PolicyTestKit.region("110108")),
        Person(id: father, name: "张国强", scheme: .employee, region: PolicyTestKit.region("110108")),
        Person(id: daughter, name: "张小雨", scheme: .resident, region: PolicyTestKit.region("110105")),
        Person(id: elderSister, name: "张丽", scheme: .resident, region: PolicyTestKit.region("110105")),
        Person(id: motherInLaw, name: "王桂兰", scheme: .resident, region: PolicyTestKit.region("110105")),
        Person(id: hangzhouPayer, name: "陈明", scheme: .employee, region: PolicyTestKit.region("330106")),
        Person(id: wenzhouMother, name: "陈母", scheme: .resident, region: PolicyTestKit.region("330302")),
        Person(id: shanghaiPayer, name: "周强", scheme: .employee, region: PolicyTestKit.region("310104")),
        Person(id: guangdongMother, name: "黄妈妈", scheme: .resident, region: PolicyTestKit.region("440300")),
        Person(id: linyiMother, name: "刘母", scheme: .resident, region: PolicyTestKit.region("371302")),
        Person(id: linyiSon, name: "刘一", scheme: .employee, region: PolicyTestKit.region("371302")),
        Person(id: linyiDaughter, name: "刘二", scheme: .employee, region: PolicyTestKit.region("371302")),
    ]

    static func household(
        _ date: String, bindings: [Binding] = [], payerOrders: [ResidentID: [ResidentID]] = [:],
        balances: [ResidentID: Money] = [:], quotaUsed: [Household.QuotaKey: Money] = [:],
        change: (inout [ResidentID: Person]) -> Void = { _ in }
    ) -> Household {
        var persons = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })
        change(&persons)
        var accounts: [ResidentID: AccountTotals] = [:]
        for (id, balance) in balances {
            accounts[id] = AccountTotals(account: id, balance: balance, balanceAtStartOfYear: balance)
        }
        return Household(
            date: PolicyTestKit.date(date), persons: persons, bindings: bindings, payerOrders: payerOrders,
            accounts: accounts, quotaUsed: quotaUsed)
    }
}

@Suite("Eligibility: every reason a binding cannot be made, in words")
struct EligibilityTests {
    let policy: PolicyBook
    init() throws { policy = try PolicyFixture.book() }

    func refusals(
        _ h: Household, _ payer: ResidentID, _ beneficiary: ResidentID, _ relation: Relationship, quota: Money? = nil
    ) -> [Refusal] {
        h.bindingRefusals(payer: payer, beneficiary: beneficiary, relation: relation, quota: quota, policy: policy)
    }

    @Test("In 2022 a payer may pay for a parent in the same city")
    func motherIn2022() {
        #expect(refusals(BindingFamily.household("2022-06-01"), BindingFamily.payer, BindingFamily.mother, .mother).isEmpty)
    }

    @Test("Beijing is one pooling area: different districts are fine in 2022")
    func municipalityIsOnePoolingArea() {
        #expect(refusals(BindingFamily.household("2022-06-01"), BindingFamily.payer, BindingFamily.father, .father).isEmpty)
    }

    @Test("A sister is refused in 2022 with the date siblings become allowed everywhere, and accepted in 2024-12")
    func siblingByDate() throws {
        let reasons = refusals(BindingFamily.household("2022-06-01"), BindingFamily.payer, BindingFamily.elderSister, .elderSister)
        #expect(
            reasons == [
                .relationNotYetAllowed(
                    .elderSister, date: PolicyTestKit.date("2022-06-01"), allowed: [.spouse, .parent, .child],
                    allowedFrom: PolicyTestKit.date("2024-12-09"), fromCertainty: .common)
            ])
        // 2024-12-09 is the national deadline, marked `common` in the data: the refusal says so (issue 13).
        let message = try #require(reasons.first).message
        #expect(
            message.zh
                == "2022年6月1日只能为配偶、父母、子女共济，还不包括兄弟姐妹。从2024年12月9日起才可以。"
                + "这是通常报道的全国最晚日期，您所在的省可能更早，请向当地医保部门确认。")
        #expect(
            message.en
                == "On 1 June 2022 only a spouse, parents and children could be paid for, not brothers and sisters. "
                + "This is allowed from 9 December 2024. That is the national date as commonly reported; "
                + "your province may have started earlier, so please check locally.")
        #expect(refusals(BindingFamily.household("2024-12-15"), BindingFamily.payer, BindingFamily.elderSister, .elderSister).isEmpty)
    }

    @Test("Before family mutual aid began, nobody may be paid for")
    func before2021() throws {
        let reasons = refusals(BindingFamily.household("2020-05-01"), BindingFamily.payer, BindingFamily.mother, .mother)
        guard case .relationNotYetAllowed(_, _, let allowed, let from, _) = try #require(reasons.first) else {
            Issue.record("expected relationNotYetAllowed, got \(reasons)")
            return
        }
        #expect(allowed.isEmpty)
        #expect(from == PolicyTestKit.date("2021-04-22"))
        #expect(reasons[0].message.en.contains("had not started"))
    }

    @Test("A mother-in-law is never a near relative, even in 2026, and the words say why and who can help")
    func motherInLaw() throws {
        let reasons = refusals(BindingFamily.household("2026-02-01"), BindingFamily.payer, BindingFamily.motherInLaw, .husbandsMother)
        #expect(reasons == [.notNearRelative(.husbandsMother)])
        let message = reasons[0].message
        #expect(message.zh.hasPrefix("婆婆不是民法典第一千零四十五条规定的近亲属，住在一起也不算。"))
        #expect(message.zh.contains("配偶"))
        #expect(message.en.hasPrefix("A mother-in-law (婆婆) is not a near relative under Civil Code Art. 1045, even when living together."))
        #expect(message.en.contains("your spouse"))
    }

    @Test("Other non-relatives are refused with their own words")
    func otherNonRelatives() {
        let h = BindingFamily.household("2026-02-01")
        for relation in [Relationship.cousin, .friend, .exSpouse, .partner, .daughterInLaw, .uncle] {
            let reasons = refusals(h, BindingFamily.payer, BindingFamily.daughter, relation).filter {
                if case .notNearRelative = $0 { return true } else { return false }
            }
            #expect(reasons == [.notNearRelative(relation)])
        }
        #expect(Refusal.notNearRelative(.uncle).message.en.hasPrefix("An uncle (叔叔、伯伯、舅舅) is not"))
        #expect(Refusal.notNearRelative(.exSpouse).message.zh.contains("离婚"))
    }

    @Test("Unknown people must be added first")
    func unknownPeople() {
        let stranger = PolicyTestKit.id("110105", "19900101", "019")
        let other = PolicyTestKit.id("110105", "19910101", "029")
        let reasons = refusals(BindingFamily.household("2025-01-01"), stranger, other, .spouse)
        #expect(reasons == [.unknownPerson(stranger, role: .payer), .unknownPerson(other, role: .beneficiary)])
        #expect(reasons[0].message.zh == "还没有添加身份证号为\(stranger.masked)的人（出钱的人）。请先添加这个人。")
        #expect(stranger.masked.contains("********"))
        #expect(reasons[1].message.en.hasSuffix("(the relative to be paid for). Please add this person first."))
    }

    @Test("A person cannot be bound to themselves")
    func samePerson() {
        let reasons = refusals(BindingFamily.household("2025-01-01"), BindingFamily.payer, BindingFamily.payer, .spouse)
        #expect(reasons == [.samePerson(name: "张伟")])
        #expect(reasons[0].message.en.contains("no binding is needed"))
    }

    @Test("A resident-insurance payer has no account to share")
    func residentPayer() {
        let reasons = refusals(BindingFamily.household("2025-01-01"), BindingFamily.mother, BindingFamily.payer, .son)
        #expect(reasons == [.payerHasNoAccount(name: "李秀英", scheme: .resident)])
        #expect(reasons[0].message.zh == "李秀英参加的是居民医保，没有个人账户，不能为家人付钱。请选一位参加职工医保（有个人账户）的家人来出钱。")
        #expect(reasons[0].message.en.hasPrefix("李秀英 is in resident insurance, which has no personal account"))
    }

    @Test("An unenrolled beneficiary is told to enroll in resident insurance first")
    func notEnrolled() {
        let h = BindingFamily.household("2025-01-01") { $0[BindingFamily.mother]!.scheme = .none }
        let reasons = refusals(h, BindingFamily.payer, BindingFamily.mother, .mother)
        #expect(reasons == [.beneficiaryNotEnrolled(name: "李秀英")])
        #expect(reasons[0].message.zh.contains("请先为李秀英参加城乡居民医保"))
        #expect(reasons[0].message.en.contains("Please enroll 李秀英 in resident insurance first; your account may pay that premium."))
    }

    @Test("Hangzhou and Wenzhou: refused in 2024-09 (different pooling areas), fine from 2024-10-01")
    func sameProvinceStep() {
        let reasons = refusals(BindingFamily.household("2024-09-15"), BindingFamily.hangzhouPayer, BindingFamily.wenzhouMother, .mother)
        #expect(
            reasons == [
                .differentPoolingArea(
                    payer: PolicyTestKit.region("330106"), beneficiary: PolicyTestKit.region("330302"),
                    sameProvinceFrom: PolicyTestKit.date("2024-10-01"))
            ])
        #expect(reasons[0].message.zh.contains("330106（浙江）"))
        #expect(reasons[0].message.en.contains("From 1 October 2024 anywhere in the same province is allowed."))
        #expect(refusals(BindingFamily.household("2024-10-01"), BindingFamily.hangzhouPayer, BindingFamily.wenzhouMother, .mother).isEmpty)
    }

    @Test("Across provinces in late 2024: refused, with the date the wallet starts")
    func crossProvince2025() {
        let reasons = refusals(BindingFamily.household("2024-11-01"), BindingFamily.shanghaiPayer, BindingFamily.wenzhouMother, .mother)
        #expect(
            reasons == [
                .differentProvince(
                    payer: PolicyTestKit.region("310104"), beneficiary: PolicyTestKit.region("330302"),
                    quotaFrom: PolicyTestKit.date("2025-01-01"))
            ])
        #expect(reasons[0].message.zh.contains("2025年1月1日"))
        #expect(reasons[0].message.en.contains("starts on 1 January 2025"))
    }

    @Test("Across provinces in 2026: a quota is needed, must be above zero and within the balance")
    func crossProvince2026() {
        let balances = [BindingFamily.shanghaiPayer: PolicyTestKit.yuan(5_000)]
        var h = BindingFamily.household("2026-02-01", balances: balances)
        // Shanghai shares only the prior-years balance; the helper sets it equal to the balance.
        #expect(refusals(h, BindingFamily.shanghaiPayer, BindingFamily.wenzhouMother, .mother) == [.quotaMissing])
        #expect(
            refusals(h, BindingFamily.shanghaiPayer, BindingFamily.wenzhouMother, .mother, quota: .zero) == [.quotaNotPositive(.zero)])
        #expect(refusals(h, BindingFamily.shanghaiPayer, BindingFamily.wenzhouMother, .mother, quota: PolicyTestKit.yuan(5_000)).isEmpty)
        // Another relative already holds a ¥3,000 quota of which ¥500 is used: ¥2,500 remains earmarked.
        let other = Binding(
            payer: BindingFamily.shanghaiPayer, beneficiary: BindingFamily.guangdongMother, relation: .mother,
            form: .quota(PolicyTestKit.yuan(3_000)), since: PolicyTestKit.date("2026-01-10"))
        h.bindings = [other]
        h.quotaUsed = [Household.QuotaKey(payer: BindingFamily.shanghaiPayer, beneficiary: BindingFamily.guangdongMother): PolicyTestKit.yuan(500)]
        let reasons = refusals(h, BindingFamily.shanghaiPayer, BindingFamily.wenzhouMother, .mother, quota: PolicyTestKit.yuan(3_000))
        #expect(reasons == [.quotaTooLarge(quota: PolicyTestKit.yuan(3_000), available: PolicyTestKit.yuan(2_500))])
        #expect(reasons[0].message.en.contains("Please enter at most ¥2,500.00."))
        #expect(h.quotaAvailable(payer: BindingFamily.shanghaiPayer, policy: policy) == PolicyTestKit.yuan(2_500))
        #expect(h.quotaAvailable(payer: BindingFamily.mother, policy: policy) == .zero)
        #expect(refusals(h, BindingFamily.shanghaiPayer, BindingFamily.wenzhouMother, .mother, quota: PolicyTestKit.yuan(2_500)).isEmpty)
    }

    @Test("In Shanghai only the prior-years balance can be set aside as a quota")
    func priorYearsOnly() {
        var h = BindingFamily.household("2026-02-01")
        h.accounts[BindingFamily.shanghaiPayer] = AccountTotals(
            account: BindingFamily.shanghaiPayer, balance: PolicyTestKit.yuan(5_000), balanceAtStartOfYear: PolicyTestKit.yuan(1_200))
        #expect(
            refusals(h, BindingFamily.shanghaiPayer, BindingFamily.wenzhouMother, .mother, quota: PolicyTestKit.yuan(2_000))
                == [.quotaTooLarge(quota: PolicyTestKit.yuan(2_000), available: PolicyTestKit.yuan(1_200))])
        // A Beijing payer with the same totals may use the whole balance.
        h.accounts[BindingFamily.payer] = AccountTotals(
            account: BindingFamily.payer, balance: PolicyTestKit.yuan(5_000), balanceAtStartOfYear: PolicyTestKit.yuan(1_200))
        #expect(refusals(h, BindingFamily.payer, BindingFamily.wenzhouMother, .mother, quota: PolicyTestKit.yuan(2_000)).isEmpty)
    }

    @Test("Guangdong did not take part in cross-province sharing in 2025")
    func guangdong() {
        let h = BindingFamily.household("2025-10-01", balances: [BindingFamily.payer: PolicyTestKit.yuan(5_000)])
        let reasons = refusals(h, BindingFamily.payer, BindingFamily.guangdongMother, .mother, quota: PolicyTestKit.yuan(1_000))
        #expect(reasons == [.regionWithoutCrossProvince(PolicyTestKit.region("440300"))])
        #expect(reasons[0].message.zh.hasPrefix("440300（广东）还没有开通跨省共济"))
        #expect(reasons[0].message.en.hasPrefix("440300 (Guangdong) does not take part in sharing across provinces yet"))
    }

    @Test("A quota within one province is refused: the ordered form applies")
    func quotaWithinProvince() {
        let h = BindingFamily.household("2026-02-01", balances: [BindingFamily.payer: PolicyTestKit.yuan(5_000)])
        let reasons = refusals(h, BindingFamily.payer, BindingFamily.mother, .mother, quota: PolicyTestKit.yuan(100))
        #expect(reasons == [.quotaWithinProvince])
        #expect(reasons[0].message.en.contains("Please leave the amount empty."))
    }

    @Test("An existing binding is not made twice")
    func alreadyBound() {
        let existing = Binding(
            payer: BindingFamily.payer, beneficiary: BindingFamily.mother, relation: .mother, form: .ordered,
            since: PolicyTestKit.date("2023-01-01"))
        let reasons = refusals(BindingFamily.household("2025-01-01", bindings: [existing]), BindingFamily.payer, BindingFamily.mother, .mother)
        #expect(reasons == [.alreadyBound(payer: "张伟", beneficiary: "李秀英")])
        #expect(reasons[0].message.zh.hasPrefix("张伟已经在为李秀英共济了"))
    }

    @Test("Linyi allows one payer per beneficiary")
    func linyiCap() {
        let existing = Binding(
            payer: BindingFamily.linyiSon, beneficiary: BindingFamily.linyiMother, relation: .mother, form: .ordered,
            since: PolicyTestKit.date("2023-01-01"))
        let h = BindingFamily.household("2025-01-01", bindings: [existing])
        let reasons = refusals(h, BindingFamily.linyiDaughter, BindingFamily.linyiMother, .mother)
        #expect(reasons == [.tooManyPayers(beneficiary: "刘母", max: 1)])
        #expect(reasons[0].message.en.contains("at most one payer per person"))
        #expect(refusals(BindingFamily.household("2025-01-01"), BindingFamily.linyiDaughter, BindingFamily.linyiMother, .mother).isEmpty)
    }

    @Test("The ID number's sex must fit the relation")
    func sexMismatch() {
        let reasons = refusals(BindingFamily.household("2025-01-01"), BindingFamily.payer, BindingFamily.father, .mother)
        #expect(reasons == [.sexDoesNotMatch(name: "张国强", relation: .mother, idSex: .male)])
        #expect(
            reasons[0].message.en
                == "The ID number says 张国强 is male, but you chose 母亲 (mother). Please check the ID number and the relationship.")
        #expect(reasons[0].message.zh == "身份证号显示张国强是男性，但您选的关系是“母亲”。请核对身份证号和关系。")
    }

    @Test("A parent must be older than the payer, a child younger, and never born the same day")
    func ageMismatch() {
        let h = BindingFamily.household("2025-01-01")
        #expect(
            refusals(h, BindingFamily.payer, BindingFamily.daughter, .mother)
                == [.ageDoesNotMatch(name: "张小雨", payer: "张伟", relation: .mother, mustBe: .older)])
        let olderSon = refusals(h, BindingFamily.daughter, BindingFamily.father, .son).filter {
            if case .ageDoesNotMatch = $0 { return true } else { return false }
        }
        #expect(olderSon == [.ageDoesNotMatch(name: "张国强", payer: "张小雨", relation: .son, mustBe: .younger)])
        let message = Refusal.ageDoesNotMatch(name: "张小雨", payer: "张伟", relation: .mother, mustBe: .older).message
        #expect(message.zh == "“母亲”应该比张伟年长，但身份证号显示张小雨比张伟年轻。请核对身份证号和关系。")
        #expect(message.en.hasPrefix("A mother (母亲) should be older than 张伟, but the ID numbers say 张小雨 is younger."))

        let twin = PolicyTestKit.id("110105", "19700501", "022")
        let withTwin = BindingFamily.household("2025-01-01") {
            $0[twin] = Person(id: twin, name: "张美", scheme: .resident, region: PolicyTestKit.region("110105"))
        }
        // Born the same day as the payer: never a daughter or a mother…
        let reasons = refusals(withTwin, BindingFamily.payer, twin, .daughter)
        #expect(reasons == [.sameBirthDate(name: "张美", payer: "张伟", relation: .daughter)])
        #expect(reasons[0].message.en.contains("were born on the same day"))
        // …but a twin sister, whether called 姐姐, 妹妹 or plain 姐妹 (issue 13, item 2).
        for relation in [Relationship.sister, .elderSister, .youngerSister] {
            #expect(refusals(withTwin, BindingFamily.payer, twin, relation).isEmpty)
        }
    }

    @Test("Every reason that applies is given at once")
    func manyReasons() {
        // 2022: a resident-insurance payer, an in-law, a male "mother-in-law", not enrolled, another city.
        let man = PolicyTestKit.id("330302", "19400101", "051")
        let h = BindingFamily.household("2022-06-01") {
            $0[man] = Person(id: man, name: "某人", scheme: .none, region: PolicyTestKit.region("330302"))
        }
        let reasons = refusals(h, BindingFamily.mother, man, .husbandsMother, quota: PolicyTestKit.yuan(10))
        #expect(
            reasons == [
                .payerHasNoAccount(name: "李秀英", scheme: .resident),
                .notNearRelative(.husbandsMother),
                .beneficiaryNotEnrolled(name: "某人"),
                .differentProvince(
                    payer: PolicyTestKit.region("110108"), beneficiary: PolicyTestKit.region("330302"),
                    quotaFrom: PolicyTestKit.date("2025-01-01")),
                .sexDoesNotMatch(name: "某人", relation: .husbandsMother, idSex: .male),
            ])
    }
}
