import Foundation
import Testing

@testable import YibaoCore

/// The real `Data/` folder of the package, read from disk.
enum RulesTestData {
    /// The policy tables of the real `Data/` folder.
    static func policy() throws -> PolicyBook { try PolicyBook.load(files: try files()) }

    /// Every region prefix the questionnaire and the region rules name, as a full code, and Beijing (no
    /// local rule): the regions a questionnaire path test walks.
    static func regionsNamed(by guide: WithdrawalGuide, _ policy: PolicyBook) -> [RegionCode] {
        var prefixes: Set<String> = ["11"]
        for item in guide.cases { if case .regions(let p) = item.scope { prefixes.formUnion(p) } }
        for q in guide.questions { if case .regions(let p) = q.onlyIn { prefixes.formUnion(p) } }
        prefixes.formUnion(policy.regionOverrides.map(\.prefix))
        return prefixes.sorted().map { RegionCode($0.padding(toLength: 6, withPad: "0", startingAt: 0))! }
    }

    /// The list items of a rule page, as their text.
    static func listItems(_ page: RulePage) -> [String] {
        page.blocks.compactMap { block -> String? in
            if case .listItem(let text) = block { return text } else { return nil }
        }
    }

    static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data")

    /// Every file under `Data/`, keyed by its path relative to `Data/`.
    static func files() throws -> [String: String] {
        var files: [String: String] = [:]
        let base = dataDirectory.standardizedFileURL.path
        let walker = FileManager.default.enumerator(atPath: base)
        while let relative = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = base + "/" + relative
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            files[relative] = try String(contentsOfFile: full, encoding: .utf8)
        }
        return files
    }

    static func library() throws -> RuleLibrary { try RuleLibrary.load(files: files()) }
}

/// Runs `body` and returns the file error it throws, or nil.
func ruleRefusal<T>(_ body: () throws(PolicyFileError) -> T) -> PolicyFileError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

/// The 1-based number of the first line of `text` after line `after` containing `needle` (0 when none does).
func ruleLineNumber(of needle: String, in text: String, after: Int = 0) -> Int {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return (lines.indices.first { $0 >= after && lines[$0].contains(needle) } ?? -1) + 1
}

@Suite("Rule library: the real pages")
struct RuleLibraryRealDataTests {
    @Test("the real data loads and lists the six topics in reading order")
    func topics() throws {
        let library = try RulesTestData.library()
        #expect(library.topics == ["withdrawal", "transfer", "family-aid", "uses", "fraud", "glossary"])
        #expect(library.page("no-such-topic", language: .en) == nil)
    }

    @Test("every topic exists in both languages, with a title, a date, sources with dates and the closing note")
    func everyTopicComplete() throws {
        let library = try RulesTestData.library()
        for topic in library.topics {
            for language in Language.allCases {
                let page = try #require(library.page(topic, language: language), "\(topic) \(language)")
                #expect(page.topic == topic)
                #expect(page.language == language)
                #expect(!page.title.isEmpty)
                #expect(page.effective >= CivilDate(year: 1998, month: 1, day: 1)!)
                #expect(!page.sources.isEmpty, "\(topic) \(language) has no sources")
                let prefix = language == .zhHans ? "以当地医保部门的规定为准" : "Local policy prevails"
                #expect(page.localPolicyNote.hasPrefix(prefix))
                #expect(page.blocks.last == .note(page.localPolicyNote))
                let sourcesHeading = language == .zhHans ? "来源" : "Sources"
                #expect(page.blocks.contains(.heading(level: 2, text: sourcesHeading)))
            }
        }
    }

    @Test("the two languages of a page match: same date, same number of sections and sources")
    func languagesMatch() throws {
        let library = try RulesTestData.library()
        for topic in library.topics {
            let zh = try #require(library.page(topic, language: .zhHans))
            let en = try #require(library.page(topic, language: .en))
            func sections(_ page: RulePage) -> Int {
                page.blocks.filter { if case .heading(2, _) = $0 { return true } else { return false } }.count
            }
            #expect(zh.effective == en.effective, "\(topic)")
            #expect(sections(zh) == sections(en), "\(topic)")
            #expect(zh.sources.count == en.sources.count, "\(topic)")
        }
    }

    @Test("the glossary explains every term the app uses, in one line each, in both languages")
    func glossaryTerms() throws {
        let library = try RulesTestData.library()
        let terms = [
            "个人账户", "统筹基金", "统筹区", "共济", "家庭共济", "近亲属", "扣款顺序", "共济额度", "历年账户", "当年账户",
            "划入", "转移接续", "定点医药机构", "医保电子凭证",
        ]
        for language in Language.allCases {
            let page = try #require(library.page("glossary", language: language))
            let items = page.blocks.compactMap { block -> String? in
                if case .listItem(let text) = block { return text } else { return nil }
            }
            for term in terms {
                #expect(items.contains { $0.contains(term) }, "\(term) missing in \(language)")
            }
            #expect(items.allSatisfy { !$0.contains("\n") })
        }
    }

    @Test("the pages state the key facts: HK/Macau/Taiwan, 10+5 working days, quota date, penalties")
    func keyFacts() throws {
        let library = try RulesTestData.library()
        func text(_ topic: String, _ language: Language) throws -> String {
            try #require(library.page(topic, language: language)).text()
        }
        #expect(try text("withdrawal", .zhHans).contains("香港、澳门、台湾"))
        #expect(try text("withdrawal", .en).contains("Hong Kong, Macau or Taiwan"))
        #expect(try text("withdrawal", .zhHans).contains("本人名下的银行账户"))
        #expect(try text("transfer", .zhHans).contains("医保办发〔2021〕43号"))
        #expect(try text("transfer", .zhHans).contains("10 个工作日"))
        #expect(try text("transfer", .en).contains("5 working days"))
        #expect(try text("transfer", .zhHans).contains("退休人员不在"))
        #expect(try text("family-aid", .zhHans).contains("2026 年 1 月 9 日"))
        // The family-aid page's local rules are read from regions.yaml when the page is shown.
        let familyAid = try #require(library.page("family-aid", language: .en))
            .fillingData(from: try PolicyFixture.book(), on: CivilDate(year: 2026, month: 2, day: 1)!).text()
        #expect(familyAid.contains("Wenzhou"))
        #expect(try text("uses", .en).contains("no national list"))
        // The fraud page's penalties are read from fraud.yaml when the page is shown (one source per fact).
        let fraud = try #require(library.page("fraud", language: .zhHans))
            .fillingData(from: try PolicyFixture.book(), on: CivilDate(year: 2026, month: 2, day: 1)!).text()
        #expect(fraud.contains("3到12个月"))
        #expect(fraud.contains("2到5倍"))
        #expect(try text("fraud", .en).contains("Money can be shared, cards cannot"))
    }

    @Test("text() is the Markdown without the front matter")
    func textWithoutFrontMatter() throws {
        let library = try RulesTestData.library()
        let page = try #require(library.page("withdrawal", language: .zhHans))
        #expect(page.title == "提取规则")
        #expect(page.effective == CivilDate(iso: "2026-01-09"))
        #expect(page.text().hasPrefix("# "))
        #expect(!page.text().contains("title:"))
        #expect(page.text().hasSuffix(page.localPolicyNote))
    }

    @Test("files outside rules/<language>/ and the withdrawal files are ignored")
    func ignoresOtherFiles() throws {
        var files = try RulesTestData.files()
        files["policy/national.yaml"] = "not: [even: valid"
        files["rules/README.md"] = "no front matter here"
        files["rules/fr/withdrawal.md"] = "pas de front matter"
        files["demo/household.yaml"] = "::"
        let library = try RuleLibrary.load(files: files)
        #expect(library.topics.count == 6)
    }
}

@Suite("Rule library: refusing bad files")
struct RuleLibraryRefusalTests {
    let files: [String: String]
    init() throws { files = try RulesTestData.files() }

    func refusal(_ path: String, _ text: String) -> PolicyFileError? {
        var changed = files
        changed[path] = text
        return ruleRefusal { () throws(PolicyFileError) in try RuleLibrary.load(files: changed) }
    }

    var page: String { files["rules/en/uses.md"]! }

    @Test("a page without front matter is refused at line 1")
    func noFrontMatter() throws {
        let text = page.replacingOccurrences(
            of: "---\ntitle: What the account pays for\neffective: 2026-01-09\n---\n", with: "")
        let error = try #require(refusal("rules/en/uses.md", text))
        #expect(error.file == "rules/en/uses.md")
        #expect(error.line == 1)
        #expect(error.message.contains("front matter"))
    }

    @Test("an unclosed front matter block, an unknown key and a bad date are refused at their lines")
    func badFrontMatter() throws {
        let unclosed = try #require(refusal("rules/en/uses.md", "---\ntitle: x\n# Heading\n"))
        #expect(unclosed.line == 1)
        let unknown = try #require(
            refusal("rules/en/uses.md", page.replacingOccurrences(of: "effective:", with: "author: me\neffective:")))
        #expect(unknown.line == 3)
        #expect(unknown.message.contains("author"))
        let badDate = try #require(
            refusal("rules/en/uses.md", page.replacingOccurrences(of: "2026-01-09\n---", with: "2026-02-30\n---")))
        #expect(badDate.line == 3)
        #expect(badDate.description.hasPrefix("rules/en/uses.md:3: "))
        let noTitle = try #require(
            refusal("rules/en/uses.md", page.replacingOccurrences(of: "title: What the account pays for\n", with: "")))
        #expect(noTitle.line == 1)
        #expect(noTitle.message.contains("title"))
    }

    @Test("a page without a Sources section is refused at its last line")
    func noSources() throws {
        let text = page.replacingOccurrences(of: "## Sources", with: "## Papers")
        let error = try #require(refusal("rules/en/uses.md", text))
        #expect(error.file == "rules/en/uses.md")
        #expect(error.line == ruleLineNumber(of: "> Local policy prevails", in: text))
        #expect(error.message.contains("Sources"))
    }

    @Test("an empty Sources section is refused at its heading, and a source without a date at its line")
    func emptyOrUndatedSources() throws {
        let sourcesStart = page.range(of: "## Sources\n")!.upperBound
        let noteStart = page.range(of: "> Local policy")!.lowerBound
        let empty = page.replacingCharacters(in: sourcesStart..<noteStart, with: "\n")
        let error = try #require(refusal("rules/en/uses.md", empty))
        #expect(error.line == ruleLineNumber(of: "## Sources", in: empty))

        let undated = page.replacingOccurrences(
            of: "Qingdao report on family mutual aid, 2023-11-23", with: "Qingdao report")
        let undatedError = try #require(refusal("rules/en/uses.md", undated))
        #expect(undatedError.line == ruleLineNumber(of: "- Qingdao report", in: undated))
        #expect(undatedError.message.contains("date"))
    }

    @Test("a page without the local-policy note is refused at its last line; text after the note at its line")
    func noNote() throws {
        let zhPage = files["rules/zh-Hans/fraud.md"]!
        let noNote = zhPage.replacingOccurrences(of: "> 以当地医保部门的规定为准。", with: "> 请注意。")
        let error = try #require(refusal("rules/zh-Hans/fraud.md", noNote))
        #expect(error.file == "rules/zh-Hans/fraud.md")
        #expect(error.line == ruleLineNumber(of: "> 请注意", in: noNote))
        #expect(error.message.contains("local-policy"))

        let trailing = zhPage + "\n补充一句。\n"
        let trailingError = try #require(refusal("rules/zh-Hans/fraud.md", trailing))
        #expect(trailingError.line == ruleLineNumber(of: "补充一句", in: trailing))
    }

    @Test("the English note does not count on a Chinese page")
    func noteInWrongLanguage() throws {
        let zhPage = files["rules/zh-Hans/uses.md"]!
        let swapped = zhPage.replacingOccurrences(
            of: "> 以当地医保部门的规定为准。", with: "> Local policy prevails. ")
        #expect(refusal("rules/zh-Hans/uses.md", swapped) != nil)
    }

    @Test("a topic in one language only is refused, naming the file that is there")
    func oneLanguageOnly() throws {
        let error = try #require(refusal("rules/zh-Hans/vaccines.md", files["rules/zh-Hans/uses.md"]!))
        #expect(error.file == "rules/zh-Hans/vaccines.md")
        #expect(error.message.contains("rules/en/vaccines.md"))

        var changed = files
        changed["rules/en/transfer.md"] = nil
        let missing = try #require(ruleRefusal { () throws(PolicyFileError) in try RuleLibrary.load(files: changed) })
        #expect(missing.file == "rules/zh-Hans/transfer.md")
        #expect(missing.message.contains("rules/en/transfer.md"))
    }

    @Test("a standard topic missing in both languages, or a withdrawal file missing, is refused")
    func standardTopicMissing() throws {
        var changed = files
        changed["rules/en/glossary.md"] = nil
        changed["rules/zh-Hans/glossary.md"] = nil
        let error = try #require(ruleRefusal { () throws(PolicyFileError) in try RuleLibrary.load(files: changed) })
        #expect(error.file == "rules/zh-Hans/glossary.md")
        #expect(error.line == 0)

        var noCases = files
        noCases["policy/withdrawal.yaml"] = nil
        let casesError = try #require(
            ruleRefusal { () throws(PolicyFileError) in try RuleLibrary.load(files: noCases) })
        #expect(casesError.file == "policy/withdrawal.yaml")
    }

    @Test("an extra topic in both languages is accepted and listed after the standard ones")
    func extraTopic() throws {
        var changed = files
        changed["rules/zh-Hans/a-extra.md"] = files["rules/zh-Hans/uses.md"]
        changed["rules/en/a-extra.md"] = files["rules/en/uses.md"]
        let library = try RuleLibrary.load(files: changed)
        #expect(library.topics.last == "a-extra")
        #expect(library.page("a-extra", language: .en)?.title == "What the account pays for")
    }

    @Test("a topic file name with capitals or spaces is refused")
    func badTopicName() throws {
        let error = try #require(refusal("rules/en/My Page.md", page))
        #expect(error.file == "rules/en/My Page.md")
    }
}

@Suite("Rule page: reading the Markdown")
struct RulePageMarkdownTests {
    @Test("headings, wrapped paragraphs, list items and the note become blocks with the right words")
    func blocks() throws {
        let text = """
            ---
            title: "Test page"
            effective: 2024-08-02
            ---
            # Top

            First line
            second line.
            第一行
            第二行。

            ## List
            - one
              continued
            - two

            ## Sources
            - A paper, 2021-04-22
            - 一份文件，2024 年

            > Local policy prevails.
            > Ask locally.
            """
        let page = try RulePage.parse(text, topic: "test", language: .en, file: "rules/en/test.md")
        #expect(page.title == "Test page")
        #expect(page.effective == CivilDate(year: 2024, month: 8, day: 2))
        #expect(
            page.blocks == [
                .heading(level: 1, text: "Top"),
                .paragraph("First line second line.第一行第二行。"),
                .heading(level: 2, text: "List"),
                .listItem("one continued"),
                .listItem("two"),
                .heading(level: 2, text: "Sources"),
                .listItem("A paper, 2021-04-22"),
                .listItem("一份文件，2024 年"),
                .note("Local policy prevails. Ask locally."),
            ])
        #expect(page.sources == ["A paper, 2021-04-22", "一份文件，2024 年"])
        #expect(page.localPolicyNote == "Local policy prevails. Ask locally.")
        #expect(page.blocks.last == .note("Local policy prevails. Ask locally."))
        #expect(page.blocks.map(\.text).contains("Top"))
    }
}
