import Testing

@testable import YibaoCore

/// Issue 13: each fact in one place. The "Local differences" of the withdrawal and transfer pages are the
/// questionnaire's own local cases from `withdrawal.yaml` (`{{data:cases:local…}}`), not a second copy.
@Suite("One source per fact: local withdrawal and transfer cases on the pages come from withdrawal.yaml")
struct PageFactsFromCasesTests {
    static let today = PolicyTestKit.date("2026-02-01")
    static let languages: [Language] = [.zhHans, .en]

    static func filled(_ topic: String, _ language: Language, on date: CivilDate = today) throws -> RulePage {
        let library = try RulesTestData.library()
        let page = try #require(library.page(topic, language: language))
        return page.fillingData(from: try RulesTestData.policy(), guide: library.guide, on: date)
    }

    static func text(_ item: WithdrawalCase, _ language: Language) -> String {
        item.summary.text(language)
    }

    /// The words a page would use for the situation a question asks about, in both languages.
    static let questionWords: [String: [String]] = [
        "settling_abroad": ["abroad", "出国", "定居"],
        "enlisting": ["army", "enlist", "入伍"],
        "retired_relocated": ["retired", "退休", "异地安置"],
        "same_province": ["another city in", "across the province", "省内", "全省"],
        "moved_other_province": ["another province", "外省"],
        "moved_away": ["out of the city", "市外", "转出"],
        "registered_elsewhere": ["household registration", "户籍"],
    ]

    @Test("The withdrawal page lists every local case in force, with its places, in both languages")
    func withdrawalPageReadsTheCases() throws {
        let guide = try RulesTestData.library().guide
        for language in Self.languages {
            let page = try Self.filled("withdrawal", language)
            let items = RulesTestData.listItems(page)
            #expect(!page.text().contains("{{data:"))
            let local = guide.cases.filter { if case .regions = $0.scope { true } else { false } }
            #expect(local.count >= 7)
            for item in local {
                let line = items.first { $0.contains(Self.text(item, language)) }
                #expect(line != nil, "\(item.id) is not on the \(language) withdrawal page")
                for note in item.notes { #expect(line?.contains(note.text(language)) == true, "\(item.id)") }
            }
            // The places come from the region list: Guangdong's, Hangzhou's and Wuhan's settling-abroad rule.
            let abroad = try #require(guide.cases.first { $0.id == "settling_abroad_local" })
            let line = try #require(items.first { $0.contains(Self.text(abroad, language)) })
            for name in language == .zhHans ? ["广东", "杭州", "武汉"] : ["Guangdong", "Hangzhou", "Wuhan"] {
                let later = language == .zhHans ? "、\(name)" : ", \(name)"
                #expect(line.hasPrefix(name) || line.contains(later), "\(line)")
            }
        }
        // A case not yet in force is not listed: Jiangsu's explanation dates from 2024-11-17.
        let jiangsu = try #require(guide.cases.first { $0.id == "jiangsu_within_province" })
        let before = try Self.filled("withdrawal", .en, on: PolicyTestKit.date("2024-06-01"))
        #expect(!before.text().contains(jiangsu.summary.en))
    }

    @Test("The transfer page lists the local cases a move leads to, and only those")
    func transferPageReadsTheMoveCases() throws {
        let guide = try RulesTestData.library().guide
        for language in Self.languages {
            let page = try Self.filled("transfer", language)
            let text = page.text()
            #expect(!text.contains("{{data:"))
            let moves = ["jiangsu_within_province", "guangdong_within_province", "cannot_receive_guangdong", "cannot_receive_wuhan"]
            for id in moves {
                let item = try #require(guide.cases.first { $0.id == id })
                #expect(text.contains(Self.text(item, language)), "\(id)")
            }
            let others = ["enlisting_guangdong", "retiree_relocated_guangdong", "settling_abroad_local", "non_local_hangzhou"]
            for id in others {
                let item = try #require(guide.cases.first { $0.id == id })
                #expect(!text.contains(Self.text(item, language)), "\(id) is not about a move")
            }
        }
    }

    @Test("Without the guide the case placeholders stay unfilled; one naming an unknown question is left alone")
    func placeholderNeedsTheGuide() throws {
        let library = try RulesTestData.library()
        let policy = try RulesTestData.policy()
        let page = try #require(library.page("withdrawal", language: .en))
        #expect(page.dataLines(for: RulePage.localCasesPlaceholder, policy: policy, on: Self.today) == nil)
        func lines(_ placeholder: String) -> [String]? {
            page.dataLines(for: placeholder, policy: policy, guide: library.guide, on: Self.today)
        }
        #expect(lines("{{data:cases:local:no_such_question}}") == nil)
        #expect(lines("{{data:cases:local:enlisting}}")?.count == 1)
    }

    @Test("No rule page states a local case by hand: no line names its place with words for its situation")
    func noCaseRestatedByHand() throws {
        let files = try RulesTestData.files()
        let guide = try RulesTestData.library().guide
        let policy = try RulesTestData.policy()
        let pages = files.filter { $0.key.hasPrefix("rules/") && $0.key.hasSuffix(".md") }
        #expect(pages.count >= 12)
        for item in guide.cases {
            guard case .regions(let prefixes) = item.scope else { continue }
            // Short place names: 广东 / Guangdong, 杭州 / Hangzhou.
            let names = prefixes.flatMap { prefix -> [String] in
                let name = RulePage.placeName(prefix, policy: policy)
                var zh = name.zh
                while let last = zh.last, "省市".contains(last) { zh.removeLast() }
                return [zh, name.en]
            }
            let words = item.appliesWhen.filter(\.value).flatMap { Self.questionWords[$0.key] ?? [] }
            for (path, markdown) in pages {
                for line in PageFactsFromRegionsTests.proseLines(markdown) {
                    let copies = line.contains(item.summary.zh) || line.contains(item.summary.en)
                    #expect(!copies, "\(path) copies \(item.id)")
                    guard names.contains(where: line.contains) else { continue }
                    let lower = line.lowercased()
                    for word in words where lower.contains(word.lowercased()) {
                        Issue.record("\(path) states \(item.id) by hand (\"\(word)\"): \(line)")
                    }
                }
            }
        }
    }
}
