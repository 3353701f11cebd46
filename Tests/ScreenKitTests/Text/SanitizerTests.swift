import ScreenKit
import Testing

@Suite("Sanitizer")
struct SanitizerTests {
    @Test("Plain text, CJK and emoji pass through unchanged")
    func plain() {
        for text in ["Balance ¥3,456.78", "余额，家庭共济。", "😀 🇨🇳", "e\u{301}"] {
            #expect(Sanitizer.inert(text) == text)
        }
    }

    @Test("An OSC title change becomes visible text with no escape or bell left")
    func osc() {
        let hostile = "\u{1B}]0;pwned\u{07}name"
        let safe = Sanitizer.inert(hostile)
        #expect(safe == "^[]0;pwned^Gname")
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    }

    @Test("A CSI sequence, carriage return and line feed become caret notation")
    func csi() {
        #expect(Sanitizer.inert("\u{1B}[2J\r\nx") == "^[[2J^M^Jx")
        #expect(Sanitizer.inert("a\u{7F}b\u{0}") == "a^?b^@")
    }

    @Test("A tab becomes one space")
    func tab() {
        #expect(Sanitizer.inert("a\tb") == "a b")
    }

    @Test("C1 controls, including the one-byte CSI and OSC, become code-point labels")
    func c1() {
        #expect(Sanitizer.inert("\u{9B}31m\u{9D}0;x") == "<U+009B>31m<U+009D>0;x")
        #expect(Sanitizer.inert("\u{85}") == "<U+0085>")
    }

    @Test(
        "Bidi overrides and isolates become visible labels",
        arguments: [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C]
            as [UInt32])
    func bidi(value: UInt32) {
        let text = "abc" + String(Character(Unicode.Scalar(value)!)) + "def"
        let hex = String(value, radix: 16, uppercase: true)
        let label = "<U+" + String(repeating: "0", count: 4 - hex.count) + hex + ">"
        #expect(Sanitizer.inert(text) == "abc" + label + "def")
    }

    @Test("Zero-width characters become visible labels")
    func zeroWidth() {
        #expect(Sanitizer.inert("张\u{200B}三") == "张<U+200B>三")
        #expect(Sanitizer.inert("\u{FEFF}x\u{2060}") == "<U+FEFF>x<U+2060>")
        #expect(Sanitizer.inert("a\u{200C}b\u{200D}c") == "a<U+200C>b<U+200D>c")
    }

    @Test("More than two combining marks on one base are trimmed to two")
    func zalgo() {
        let zalgo = "Z\u{300}\u{301}\u{302}\u{303}\u{304}o"
        #expect(Sanitizer.inert(zalgo) == "Z\u{300}\u{301}o")
        #expect(displayWidth(Sanitizer.inert(zalgo)) == 2)
    }

    @Test("Emoji variation selectors are kept")
    func variationSelectors() {
        #expect(Sanitizer.inert("❤\u{FE0F}") == "❤\u{FE0F}")
    }

    @Test("isSafe refuses controls and invisible characters and accepts text")
    func isSafe() {
        #expect(Sanitizer.isSafe("早"))
        #expect(Sanitizer.isSafe("é"))
        #expect(!Sanitizer.isSafe("\u{1B}"))
        #expect(!Sanitizer.isSafe("\u{202E}"))
        #expect(!Sanitizer.isSafe("\u{200B}"))
    }

    @Test("The output of inert is already inert")
    func idempotent() {
        let once = Sanitizer.inert("\u{1B}[31m\u{202E}x\u{9B}")
        #expect(Sanitizer.inert(once) == once)
    }
}
