import ScreenKit
import Testing

@Suite("Text layout and wrapping")
struct TextWrapTests {
    @Test("Latin text breaks at spaces and drops the space at the break")
    func latin() {
        #expect(TextWrap.lines("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test("CJK text breaks between any two characters, by display width")
    func cjk() {
        #expect(TextWrap.lines("个人账户余额可以用于家庭共济", width: 10) == ["个人账户余", "额可以用于", "家庭共济"])
    }

    @Test("Closing CJK punctuation never starts a line")
    func kinsoku() {
        let lines = TextWrap.lines("一二三四，五六", width: 8)
        #expect(lines == ["一二三", "四，五六"])
        #expect(lines.allSatisfy { $0.first != "，" })
    }

    @Test("Mixed CJK and Latin breaks between them and keeps Latin words whole")
    func mixed() {
        let lines = TextWrap.lines("绑定 family member 后可以共济", width: 12)
        #expect(lines == ["绑定 family", "member 后可", "以共济"])
        #expect(lines.allSatisfy { displayWidth($0) <= 12 })
    }

    @Test("A word longer than the line is cut where it must be")
    func longWord() {
        #expect(TextWrap.lines("abcdefghij xy", width: 4) == ["abcd", "efgh", "ij", "xy"])
    }

    @Test("Newlines start new lines and empty text gives one empty line")
    func newlines() {
        #expect(TextWrap.lines("a\n\nb", width: 5) == ["a", "", "b"])
        #expect(TextWrap.lines("", width: 5) == [""])
    }

    @Test("A prefix hangs wrapped lines under the text")
    func hangingIndent() {
        #expect(
            TextWrap.lines("one two three four", width: 10, prefix: "1. ") == ["1. one two", "   three", "   four"])
    }

    @Test("Wrapping sanitises control characters")
    func sanitised() {
        #expect(TextWrap.lines("a\u{1B}b", width: 10) == ["a^[b"])
    }

    @Test("Truncation adds an ASCII ellipsis and respects wide characters")
    func truncate() {
        #expect(TextLayout.truncate("Balance", width: 10) == "Balance")
        #expect(TextLayout.truncate("Personal account", width: 10) == "Persona...")
        #expect(TextLayout.truncate("个人账户余额", width: 8) == "个人...")
        #expect(TextLayout.truncate("个人账户余额", width: 7) == "个人...")
        #expect(TextLayout.truncate("abcdef", width: 2) == "ab")
    }

    @Test("Padding aligns by display width")
    func pad() {
        #expect(TextLayout.pad("余额", width: 6) == "余额  ")
        #expect(TextLayout.pad("¥12.00", width: 8, alignment: .trailing) == "  ¥12.00")
        #expect(TextLayout.pad("ab", width: 6, alignment: .center) == "  ab  ")
    }
}
