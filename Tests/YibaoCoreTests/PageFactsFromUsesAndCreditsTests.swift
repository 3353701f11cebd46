import Foundation
import Testing

@testable import YibaoCore

/// Issue 13: each fact in one place. The uses page and the glossary's credits read `uses.yaml` and
/// `credits.yaml` through placeholders; no page states one of their figures by hand.
@Suite("One source per fact: uses and credits on the pages come from the YAML")
struct PageFactsFromUsesAndCreditsTests {
    static let today = PolicyTestKit.date("2026-02-01")
    static let languages: [Language] = [.zhHans, .en]

    /// The Markdown's prose: without the front matter and the sources list (which may name dates).
    static func prose(_ markdown: String) -> String {
        var text = markdown
        if text.hasPrefix("---"), let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex) {
            text = String(text[end.upperBound...])
        }
        for heading in ["## Sources", "## 来源"] {
            if let range = text.range(of: heading) { text = String(text[..<range.lowerBound]) }
        }
        return text
    }

    @Test("The uses page lists every use in force from uses.yaml, in both languages, and names only the placeholders")
    func usesPageReadsTheTable() throws {
        let files = try RulesTestData.files()
        let library = try RulesTestData.library()
        let policy = try RulesTestData.policy()
        for language in Self.languages {
            let zh = language == .zhHans
            let markdown = try #require(files[zh ? "rules/zh-Hans/uses.md" : "rules/en/uses.md"])
            for placeholder in [
                RulePage.usesEverywherePlaceholder, RulePage.usesSomePlacesPlaceholder, RulePage.usesNotAllowedPlaceholder,
            ] {
                #expect(markdown.contains(placeholder), "\(placeholder)")
            }
            let page = try #require(library.page("uses", language: language)).fillingData(from: policy, on: Self.today)
            let items = RulesTestData.listItems(page)
            let inForce = policy.uses.filter { $0.basis.effectiveFrom <= Self.today }
            for use in inForce {
                // Superseded entries (an older national one with a later one for the same id) need not show.
                if use.isNational, inForce.contains(where: {
                    $0.isNational && $0.id == use.id && $0.basis.effectiveFrom > use.basis.effectiveFrom
                }) { continue }
                let text = zh ? use.text.zh : use.text.en
                #expect(items.contains { $0.contains(text) }, "\(use.id): \(text)")
            }
            // A local use names its places, from the region list.
            #expect(items.contains { $0.hasPrefix(zh ? "北京" : "Beijing") })
            // A use for the holder alone says so.
            #expect(items.contains { $0.contains(zh ? "仅限本人" : "for yourself only") })
            #expect(!page.text().contains("{{data:"))
            // A use not yet in force is not listed: before 9 January 2026 long-term care is national only
            // in Beijing's local entry.
            let before = try #require(library.page("uses", language: language))
                .fillingData(from: policy, on: PolicyTestKit.date("2025-06-01"))
            let care = try #require(policy.uses.first { $0.id == "long_term_care_premium" && $0.isNational })
            #expect(!before.text().contains(zh ? care.text.zh : care.text.en))
        }
    }

    @Test("The glossary lists the credits in force from credits.yaml, in both languages")
    func glossaryReadsTheCredits() throws {
        let library = try RulesTestData.library()
        let policy = try RulesTestData.policy()
        for language in Self.languages {
            let zh = language == .zhHans
            let page = try #require(library.page("glossary", language: language)).fillingData(from: policy, on: Self.today)
            let items = RulesTestData.listItems(page)
            for rule in policy.creditRules where rule.basis.effectiveFrom <= Self.today {
                let text = zh ? rule.text.zh : rule.text.en
                #expect(items.contains { $0.contains(text) }, "\(rule.region) \(rule.group): \(text)")
            }
            #expect(!page.text().contains("{{data:"))
        }
    }

    @Test("No rule page states by hand a figure or date of uses.yaml or credits.yaml")
    func noFigureRestatedByHand() throws {
        let files = try RulesTestData.files()
        let policy = try RulesTestData.policy()
        // Every figure of credits.yaml: percentages and yuan amounts, in the ways a page would write them.
        var figures: Set<String> = []
        func yuan(_ money: Money) -> [String] {
            let whole = money.fen / 100
            let grouped = whole >= 1000 ? ["\(whole / 1000),\(String(format: "%03d", whole % 1000))"] : []
            return (["\(whole)"] + grouped).flatMap { ["\($0)元", "\($0) 元", "\($0) yuan", "¥\($0)"] }
        }
        func percent(_ basisPoints: Int) -> String {
            basisPoints % 100 == 0 ? "\(basisPoints / 100)%" : "\(Double(basisPoints) / 100)%"
        }
        for rule in policy.creditRules {
            switch rule.amount {
            case .percentOfBase(let bp), .percentOfReference(let bp, _): figures.insert(percent(bp))
            case .monthlyByAge(let bands), .yearlyByAge(let bands):
                for band in bands { figures.formUnion(yuan(band.amount)) }
            }
        }
        // The dates uses come into force, written as pages write dates.
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        var useDates: Set<String> = []
        for use in policy.uses where use.basis.effectiveFrom.year >= 2021 {
            let d = use.basis.effectiveFrom
            useDates.formUnion([
                "\(d.day) \(months[d.month - 1]) \(d.year)", "\(d.year) 年 \(d.month) 月 \(d.day) 日", "\(d.year)年\(d.month)月\(d.day)日",
            ])
        }
        let pages = files.filter { $0.key.hasPrefix("rules/") && $0.key.hasSuffix(".md") }
        #expect(pages.count >= 12)
        for (path, markdown) in pages {
            let prose = Self.prose(markdown)
            for figure in figures {
                // "2%" must not match inside "12%" or "20%".
                let pattern = "(?<![0-9.,])" + NSRegularExpression.escapedPattern(for: figure) + "(?![0-9])"
                #expect(prose.range(of: pattern, options: .regularExpression) == nil, "\(path) states \(figure)")
            }
            if path.hasSuffix("/uses.md") {
                for date in useDates { #expect(!prose.contains(date), "\(path) states \(date)") }
                // No use of the table is listed by hand.
                for use in policy.uses {
                    #expect(!prose.contains(use.text.zh) && !prose.contains(use.text.en), "\(path) restates \(use.id)")
                }
            }
        }
    }
}
