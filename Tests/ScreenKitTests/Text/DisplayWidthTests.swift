import ScreenKit
import Testing

@Suite("Display width")
struct DisplayWidthTests {
    @Test("ASCII letters, digits and spaces take one column each")
    func ascii() {
        #expect(displayWidth("Balance 123") == 11)
        #expect(displayWidth(Character("a")) == 1)
    }

    @Test("Han characters, Hangul and kana take two columns")
    func cjk() {
        #expect(displayWidth("余额") == 4)
        #expect(displayWidth("한국") == 4)
        #expect(displayWidth("カナ") == 4)
        #expect(displayWidth("𠀀") == 2)  // CJK Extension B, outside the BMP
    }

    @Test(
        "Full-width and CJK punctuation takes two columns",
        arguments: ["，", "。", "：", "！", "？", "（", "）", "、", "《", "》", "「", "」", "￥", "　"])
    func cjkPunctuation(mark: String) {
        #expect(displayWidth(mark) == 2)
    }

    @Test("The half-width yen sign and ASCII punctuation take one column")
    func narrowPunctuation() {
        #expect(displayWidth("¥") == 1)
        #expect(displayWidth(",.:!?()") == 7)
    }

    @Test("Combining marks add no width to their base")
    func combining() {
        #expect(displayWidth("e\u{301}") == 1)
        #expect(displayWidth("a\u{300}\u{301}\u{302}") == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
    }

    @Test("Zero-width characters, variation selectors and controls take no columns")
    func zeroWidth() {
        for value: UInt32 in [0x200B, 0x200D, 0x2060, 0xFEFF, 0xFE0F, 0xFE0E, 0x1B, 0x07, 0x9B, 0x202E] {
            #expect(DisplayWidth.of(Unicode.Scalar(value)!) == 0, "U+\(String(value, radix: 16))")
        }
    }

    @Test("Emoji shown as pictures take two columns")
    func emoji() {
        #expect(displayWidth("😀") == 2)
        #expect(displayWidth("🇨🇳") == 2)
        #expect(displayWidth("❤\u{FE0F}") == 2)  // text-default heart asked to be a picture
        #expect(displayWidth("❤") == 1)
        #expect(displayWidth("1\u{FE0F}\u{20E3}") == 2)  // keycap
    }

    @Test("East Asian ambiguous characters count as one column")
    func ambiguous() {
        #expect(displayWidth("─│┌") == 3)
        #expect(displayWidth("█") == 1)
        #expect(displayWidth("…") == 1)
    }

    @Test("A mixed line adds up per character")
    func mixed() {
        #expect(displayWidth("余额 Balance ¥3,456.78") == 4 + 1 + 7 + 1 + 9)
    }
}
