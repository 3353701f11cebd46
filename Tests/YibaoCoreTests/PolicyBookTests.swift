import Testing

@testable import YibaoCore

@Suite("Policy book from the real Data/policy files")
struct PolicyBookTests {
    let book: PolicyBook
    init() throws { book = try PolicyFixture.book() }

    func d(_ iso: String) -> CivilDate { PolicyTestKit.date(iso) }
    func r(_ code: String) -> RegionCode { PolicyTestKit.region(code) }

    @Test("Every file loads, and every list has entries")
    func loads() {
        #expect(book.nationalRules.count >= 4)
        #expect(!book.regionOverrides.isEmpty)
        #expect(!book.uses.isEmpty)
        #expect(!book.creditRules.isEmpty)
        #expect(!book.fraudPenalties.isEmpty)
    }

    @Test("In 2022 only spouse, parents and children, in the same pooling area, with no quota")
    func rule2022() {
        let rule = book.nationalRule(on: d("2022-06-01"))
        #expect(rule.nearRelatives == [.spouse, .parent, .child])
        #expect(rule.geography == .samePoolingArea)
        #expect(!rule.crossProvinceQuota)
        #expect(rule.beneficiaryMustBeEnrolled)
        #expect(rule.source.contains("国办发〔2021〕14号"))
        #expect(!rule.summary.zh.isEmpty && !rule.summary.en.isEmpty)
        #expect(!rule.uses.contains("resident_premium"))
    }

    @Test("From 2024-08-02 (38号) provinces switch on their own dates; all eight near-relative classes by 2024-12-09")
    func rule2024September() {
        let before = book.nationalRule(on: d("2024-08-01"))
        let rule = book.nationalRule(on: d("2024-09-15"))
        #expect(!before.nearRelatives.contains(.sibling))
        #expect(!rule.nearRelatives.contains(.sibling))
        #expect(book.nationalRule(on: d("2024-12-09")).nearRelatives == Set(KinClass.allCases))
        #expect(rule.geography == .samePoolingArea)
        #expect(book.nationalRule(on: d("2024-08-02")).source.contains("38号"))
        #expect(rule.uses.contains("resident_premium"))
        #expect(book.nationalRule(on: d("2024-08-02")).effectiveFrom == d("2024-08-02"))
    }

    @Test("From 2024-10-01 the same province is enough; across provinces by wallet in 2025, by quota from 2026-01-09")
    func rule2025And2026() {
        #expect(book.nationalRule(on: d("2024-09-30")).geography == .samePoolingArea)
        let rule2025 = book.nationalRule(on: d("2025-06-01"))
        #expect(rule2025.geography == .sameProvince)
        #expect(rule2025.crossProvinceQuota)
        #expect(rule2025.walletTransfers != nil)
        #expect(!book.nationalRule(on: d("2024-12-31")).crossProvinceQuota)
        let rule2026 = book.nationalRule(on: d("2026-02-01"))
        #expect(rule2026.crossProvinceQuota)
        #expect(rule2026.uses.contains("long_term_care_premium"))
    }

    @Test("Before the first national rule nobody may be paid for")
    func beforeFamilyMutualAid() {
        let rule = book.nationalRule(on: d("2020-01-01"))
        #expect(rule.nearRelatives.isEmpty)
        #expect(!rule.crossProvinceQuota)
    }

    @Test("The dates rules change are found for refusals")
    func firstDates() {
        #expect(book.firstDate(allowing: .sibling, after: d("2022-01-01")) == d("2024-12-09"))
        #expect(book.firstDate(allowing: .sibling, after: d("2026-02-01")) == nil)
        #expect(book.firstDate(of: .sameProvince, after: d("2022-01-01")) == d("2024-10-01"))
        #expect(book.firstCrossProvinceQuotaDate(after: d("2024-06-01")) == d("2025-01-01"))
        #expect(book.firstCrossProvinceQuotaDate(after: d("2025-01-01")) == d("2026-01-09"))
        #expect(book.firstCrossProvinceQuotaDate(after: d("2026-02-01")) == nil)
    }

    @Test("Beijing has the national defaults, also through the RegionRules seam")
    func beijingDefaults() {
        #expect(book.flags(for: r("110105"), on: d("2026-02-01")) == RegionFlags())
        let rules: any RegionRules = book
        #expect(rules.flags(for: r("330302"), on: d("2026-02-01")).onePayerPerSettlement)
    }

    @Test("Shanghai shares only the prior-years balance, from 2022-07-01")
    func shanghai() {
        #expect(!book.flags(for: r("310104"), on: d("2022-06-30")).onlyPriorYearsShareable)
        #expect(book.flags(for: r("310104"), on: d("2022-07-01")).onlyPriorYearsShareable)
    }

    @Test("Wenzhou allows one payer per settlement and inherits Zhejiang's prior-years rule")
    func wenzhouInheritsZhejiang() {
        let wenzhou = book.flags(for: r("330302"), on: d("2025-01-01"))
        #expect(wenzhou.onePayerPerSettlement)
        #expect(wenzhou.onlyPriorYearsShareable)
        let hangzhou = book.flags(for: r("330106"), on: d("2025-01-01"))
        #expect(!hangzhou.onePayerPerSettlement)
        #expect(hangzhou.onlyPriorYearsShareable)
    }

    @Test("Linyi caps payers per beneficiary at one")
    func linyi() {
        #expect(book.flags(for: r("371302"), on: d("2023-01-01")).maxPayersPerBeneficiary == 1)
        #expect(book.flags(for: r("370102"), on: d("2023-01-01")).maxPayersPerBeneficiary == nil)
    }

    @Test("Guangdong was not in cross-province sharing in 2025, from press reports; the 2026 notice ends that")
    func guangdong() throws {
        #expect(!book.flags(for: r("440300"), on: d("2025-10-01")).crossProvinceQuota)
        let entry = try #require(book.overrides(for: r("440300"), on: d("2025-10-01")).first)
        #expect(entry.basis.certainty == .secondary)
        #expect(entry.basis.note != nil)
        #expect(entry.basis.source.contains("央视"))
        #expect(book.flags(for: r("440300"), on: d("2026-02-01")).crossProvinceQuota)
    }

    @Test("Every region entry names its place, source and certainty")
    func regionEntriesAreDocumented() {
        for entry in book.regionOverrides {
            #expect(!entry.name.zh.isEmpty && !entry.name.en.isEmpty)
            #expect(!entry.basis.source.isEmpty)
            #expect(entry.basis.note != nil, "\(entry.prefix) has no note")
        }
    }

    @Test("Beijing could pay long-term care premiums from 2021; elsewhere only from 2026")
    func usesByRegionAndDate() {
        let beijing2022 = book.uses(in: r("110105"), on: d("2022-01-01")).map(\.id)
        let shanghai2022 = book.uses(in: r("310104"), on: d("2022-01-01")).map(\.id)
        let shanghai2026 = book.uses(in: r("310104"), on: d("2026-02-01")).map(\.id)
        #expect(beijing2022.contains("long_term_care_premium"))
        #expect(!shanghai2022.contains("long_term_care_premium"))
        #expect(shanghai2026.contains("long_term_care_premium"))
        let beijingEntry = book.uses(in: r("110105"), on: d("2026-02-01")).first { $0.id == "long_term_care_premium" }
        #expect(beijingEntry?.regions == ["11"])
    }

    @Test("Zhejiang allows non-programme vaccines; public health stays forbidden nationally")
    func vaccines() {
        let zhejiang = book.uses(in: r("330106"), on: d("2025-01-01"))
        let beijing = book.uses(in: r("110105"), on: d("2025-01-01"))
        #expect(zhejiang.contains { $0.id == "non_programme_vaccines" && $0.allowed })
        #expect(!beijing.contains { $0.id == "non_programme_vaccines" })
        #expect(beijing.contains { $0.id == "public_health" && !$0.allowed })
        #expect(beijing.contains { $0.id == "cash" && !$0.allowed })
    }

    @Test("Allowed uses are listed before forbidden ones")
    func usesOrder() {
        let uses = book.uses(in: r("110105"), on: d("2026-02-01"))
        let firstForbidden = uses.firstIndex { !$0.allowed } ?? uses.endIndex
        #expect(uses[firstForbidden...].allSatisfy { !$0.allowed })
        #expect(firstForbidden > 0)
    }

    @Test("Every national rule's uses are allowed uses in uses.yaml")
    func nationalUsesExist() {
        for rule in book.nationalRules {
            for id in rule.uses { #expect(book.uses.contains { $0.id == id && $0.allowed }) }
        }
    }

    @Test("Every forbidden conduct says what is forbidden and the penalty, in both languages")
    func fraud() {
        let ids = book.fraudPenalties.map(\.id)
        #expect(ids.contains("lend_card"))
        #expect(ids.contains("use_someone_elses_card"))
        #expect(Set(ids).count == ids.count)
        for rule in book.fraudPenalties {
            #expect(!rule.conduct.zh.isEmpty && !rule.conduct.en.isEmpty)
            #expect(!rule.penalty.zh.isEmpty && !rule.penalty.en.isEmpty)
        }
        let card = book.fraudPenalties.first { $0.id == "use_someone_elses_card" }
        #expect(card?.penalty.zh.contains("2到5倍") == true)
    }

    @Test("Overlaying files: a key the loader does not own is ignored")
    func ignoresOtherFiles() throws {
        var files = try PolicyFixture.realFiles()
        files["rules/en/death.md"] = "# not yaml: [ at all"
        files["policy/withdrawal.yaml"] = "{{{ nonsense"
        files["demo/household.yaml"] = "\t\t bad"
        let overlaid = try PolicyBook.load(files: files)
        #expect(overlaid.nationalRules == book.nationalRules)
    }

    @Test("An operator's override file replaces the embedded one")
    func overrideFile() throws {
        let files = try PolicyFixture.files(
            "policy/regions.yaml", replacing: "max_payers_per_beneficiary: 1", with: "max_payers_per_beneficiary: 3")
        let overlaid = try PolicyBook.load(files: files)
        #expect(overlaid.flags(for: r("371302"), on: d("2023-01-01")).maxPayersPerBeneficiary == 3)
    }
}
