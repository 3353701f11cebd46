import Testing

@testable import YibaoCore

/// Issue 13: each fact in one place. The family-aid page's "Local rules" read `regions.yaml` through
/// `{{data:regions}}`; no page restates a place's flag (prior-years money only, one payer per payment,
/// Linyi's caps, ...) by hand.
@Suite("One source per fact: regional differences on the pages come from regions.yaml")
struct PageFactsFromRegionsTests {
    static let today = PolicyTestKit.date("2026-02-01")
    static let languages: [Language] = [.zhHans, .en]

    /// The words a page would use to state each flag an entry sets, in both languages.
    static func flagWords(_ entry: RegionOverride) -> [String] {
        var words: [String] = []
        if entry.onlyPriorYearsShareable != nil {
            // What may be shared (the glossary may still say, without a place's rule, what the two parts are).
            words += ["只能共济", "可以共济", "留给本人", "can be shared", "only the balance", "for your own use"]
        }
        if entry.onePayerPerSettlement != nil {
            words += ["一次结算", "一位出钱人", "一个共济", "one payer", "one payment", "between payers"]
        }
        for cap in [entry.maxPayersPerBeneficiary, entry.maxBeneficiariesPerPayer].compactMap({ $0 }) where cap > 0 {
            words += ["\(cap) 人", "\(cap)人", "\(cap) people", "at most \(cap)"]
        }
        if entry.oneRolePerPerson != nil { words += ["绑定或被绑定", "只能绑定", "link once", "as payer or as"] }
        if entry.crossProvinceQuota != nil { words += ["跨省共济", "across provinces", "cross-province", "医保钱包", "wallet"] }
        if entry.payerOrderSetBy != nil { words += ["使用顺序", "置顶", "sets the order", "set the order", "order of pay"] }
        if let month = entry.insuranceYearStartMonth {
            // The month it starts (the glossary may say that some places count from another month).
            let months = [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December",
            ]
            words += ["\(month)月", "\(month) 月", months[month - 1]]
        }
        return words
    }

    /// The Markdown's prose lines: without the front matter and the sources list (which name places and dates).
    static func proseLines(_ markdown: String) -> [String] {
        var text = markdown
        for heading in ["## Sources", "## 来源"] {
            if let range = text.range(of: heading) { text = String(text[..<range.lowerBound]) }
        }
        return text.split(separator: "\n").map(String.init)
    }

    @Test("The family-aid page lists every regions.yaml entry in force, in both languages, with how sure we are")
    func familyAidReadsTheTable() throws {
        let files = try RulesTestData.files()
        let library = try RulesTestData.library()
        let policy = try RulesTestData.policy()
        for language in Self.languages {
            let zh = language == .zhHans
            let markdown = try #require(files[zh ? "rules/zh-Hans/family-aid.md" : "rules/en/family-aid.md"])
            let section = try #require(markdown.range(of: zh ? "## 各地的特别规定" : "## Local rules"))
            let next = try #require(markdown.range(of: "\n## ", range: section.upperBound..<markdown.endIndex))
            #expect(markdown[section.upperBound..<next.lowerBound].contains(RulePage.regionsPlaceholder))

            let page = try #require(library.page("family-aid", language: language))
                .fillingData(from: policy, on: Self.today)
            let items = RulesTestData.listItems(page)
            #expect(!page.text().contains("{{data:"))
            let shown = policy.regionOverrides.inForce(on: Self.today)
            #expect(shown.count >= 7)
            for entry in shown {
                let name = zh ? entry.name.zh : entry.name.en
                let note = try #require(entry.basis.note)
                let line = items.first { $0.contains(zh ? note.zh : note.en) }
                #expect(line?.hasPrefix(name + (zh ? "：" : ": ")) == true, "\(entry.prefix): \(line ?? "missing")")
                // The data's uncertainty is on the page with the fact.
                if entry.basis.certainty != .national && entry.basis.certainty != .regional {
                    let mark = zh ? entry.basis.certainty.name.zh : entry.basis.certainty.name.en
                    #expect(line?.contains(mark) == true, "\(entry.prefix) \(entry.basis.certainty): \(line ?? "")")
                } else {
                    #expect(line.map { !$0.hasSuffix(")") && !$0.hasSuffix("）") } == true, "\(line ?? "")")
                }
            }
            // Linyi's caps and Wenzhou's one payer per payment, as the data has them.
            #expect(items.contains { $0.hasPrefix(zh ? "临沂" : "Linyi") && $0.contains("6") })
            #expect(items.contains { $0.hasPrefix(zh ? "温州" : "Wenzhou") })
            let unsure = zh ? "尚未确认" : "not confirmed"
            #expect(items.contains { $0.hasPrefix(zh ? "上海" : "Shanghai") && $0.contains(unsure) })

            // Guangdong's 2025 block shows in 2025 and gives way to the 2026 notice after 9 January 2026.
            let guangdong = policy.regionOverrides.filter { $0.prefix == "44" }
            let block = try #require(guangdong.first { $0.crossProvinceQuota == false })
            let opened = try #require(guangdong.first { $0.crossProvinceQuota == true })
            let blockNote = try #require(block.basis.note).text(language)
            let openedNote = try #require(opened.basis.note).text(language)
            #expect(!items.contains { $0.contains(blockNote) })
            #expect(items.contains { $0.contains(openedNote) })
            let in2025 = try #require(library.page("family-aid", language: language))
                .fillingData(from: policy, on: PolicyTestKit.date("2025-06-01"))
            #expect(RulesTestData.listItems(in2025).contains { $0.contains(blockNote) })
            #expect(!RulesTestData.listItems(in2025).contains { $0.contains(openedNote) })
        }
    }

    @Test("An entry without a note is shown from its flags, in both languages")
    func entryWithoutNote() throws {
        var policy = try RulesTestData.policy()
        policy.regionOverrides = [
            RegionOverride(
                prefix: "3713", name: .init(zh: "临沂", en: "Linyi"),
                basis: PolicyBasis(
                    effectiveFrom: PolicyTestKit.date("2022-05-31"), source: "test", certainty: .uncertain),
                maxBeneficiariesPerPayer: 6, oneRolePerPerson: true)
        ]
        let library = try RulesTestData.library()
        let zh = try #require(library.page("family-aid", language: .zhHans)).fillingData(from: policy, on: Self.today)
        #expect(RulesTestData.listItems(zh).contains("临沂：一个共济人最多绑定 6 人；一个人只能共济别人或被共济，不能两者都是（尚未确认）"))
        let en = try #require(library.page("family-aid", language: .en)).fillingData(from: policy, on: Self.today)
        #expect(
            RulesTestData.listItems(en).contains(
                "Linyi: a payer may link at most 6 people; a person either pays for others or is paid for, "
                    + "not both (not confirmed)"))
    }

    @Test("No rule page states a fact of regions.yaml by hand: no line names a place with words for one of its flags")
    func noRegionFactRestatedByHand() throws {
        let files = try RulesTestData.files()
        let policy = try RulesTestData.policy()
        let pages = files.filter { $0.key.hasPrefix("rules/") && $0.key.hasSuffix(".md") }
        #expect(pages.count >= 12)
        for (path, markdown) in pages {
            for line in Self.proseLines(markdown) {
                let lower = line.lowercased()
                for entry in policy.regionOverrides {
                    if let note = entry.basis.note {
                        #expect(!line.contains(note.zh) && !line.contains(note.en), "\(path) restates \(entry.prefix)")
                    }
                    guard line.contains(entry.name.zh) || line.contains(entry.name.en) else { continue }
                    for word in Self.flagWords(entry) where lower.contains(word.lowercased()) {
                        Issue.record("\(path) states \(entry.name.en)'s rule by hand (\"\(word)\"): \(line)")
                    }
                }
            }
        }
    }
}
