import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

/// What the narrow-safe check proves, on the screen the issue found broken first (Home).
@Suite("The narrow-safe set on an ambiguous-wide terminal")
struct NarrowSafeScreenTests {
    typealias F = FirstRunFixture

    @Test(
        "Home in box lines is wider than the window where ambiguous characters take two columns; narrow-safe, it fits")
    func homeFits() throws {
        for language in Language.allCases {
            let unicode = try F.environment()
            let state = HomeTests.home(language: language, environment: unicode)
            let boxes = render(state, environment: unicode)
            let widest = (0..<boxes.size.rows).map { widestRowColumns(boxes, row: $0) }.max() ?? 0
            #expect(widest > boxes.size.columns, "the unicode Home would wrap: \(widest) columns")
            expectNarrowSafe(state, environment: unicode, "Home-\(language)")
        }
    }

    @Test("The narrow-safe set keeps the language and the names: Chinese words and names stay Chinese")
    func languageAndNamesKept() throws {
        let environment = try F.environment(charset: .ascii)
        let text = render(HomeTests.home(language: .zhHans, environment: environment), environment: environment).text
        #expect(text.contains("您好，李秀英"))
        #expect(text.contains("亲属共济"))
        #expect(text.contains("+----"))
    }

    @Test("Rule pages and help's glossary get 「」 for their quotes before they are laid out, in the narrow-safe set only")
    func pagesGetCornerQuotes() {
        #expect(ReaderBlock.paragraph("见“转移接续”").prose(.ascii) == .paragraph("见「转移接续」"))
        #expect(ReaderBlock.box(title: "“注意”", text: "a “b”").prose(.ascii) == .box(title: "「注意」", text: "a \"b\""))
        #expect(ReaderBlock.paragraph("见“转移接续”").prose(.unicode) == .paragraph("见“转移接续”"))
        #expect(Charset.ascii.prose(TextBlock.listItem(marker: "·", text: "“共济”")) == .listItem(marker: ".", text: "「共济」"))
    }
}
