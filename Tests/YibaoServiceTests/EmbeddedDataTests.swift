import Testing
import YibaoCore
import YibaoData

/// The app parses its built-in data files when a screen first needs them, after the first screen
/// (docs/performance.md): so the files compiled into the binary must parse, and these tests are where
/// a bad one is caught, before it could ship.
@Suite("Built-in data files")
struct EmbeddedDataTests {
    @Test("the built-in policy files parse into a policy book")
    func policyParses() throws {
        #expect(throws: Never.self) { try PolicyBook.load(files: EmbeddedFiles.all) }
    }

    @Test("the built-in rule pages and withdrawal guide parse, with a page for every topic in both languages")
    func rulesParse() throws {
        let rules = try RuleLibrary.load(files: EmbeddedFiles.all)
        #expect(Array(rules.topics.prefix(RuleLibrary.readingOrder.count)) == RuleLibrary.readingOrder)
        for topic in rules.topics {
            #expect(rules.page(topic, language: .en) != nil, "\(topic) has no English page")
            #expect(rules.page(topic, language: .zhHans) != nil, "\(topic) has no Chinese page")
        }
    }
}
