import Testing
import TestSupport

@testable import ScreenKit

/// Issue 19 (round six): inline marks (`**`, `__`, `` ` ``) are taken out of rule texts by their bytes. The
/// result must be what taking them out character by character gave.
@Suite("Inline marks are removed as before")
struct InlineMarksTests {
    /// The removal this replaced: each mark found character by character, left to right.
    static func byCharacters(_ text: String) -> String {
        var s = text
        for mark in ["**", "__", "`"] {
            var result = ""
            var rest = Substring(s)
            while let start = rest.indices.first(where: { rest[$0...].hasPrefix(mark) }) {
                result += rest[..<start]
                rest = rest[rest.index(start, offsetBy: mark.count)...]
            }
            s = result + rest
        }
        return s
    }

    @Test("bold, code and odd runs of marks, in English and Chinese")
    func examples() {
        for (input, expected) in [
            ("**个人账户**的余额", "个人账户的余额"),
            ("Call `12393` or __ask__ the office", "Call 12393 or ask the office"),
            ("***", "*"), ("****", ""), ("_ _", "_ _"), ("___x___", "_x_"), ("``", ""), ("", ""),
            ("no marks at all", "no marks at all"), ("😀**😀**", "😀😀"),
        ] {
            #expect(TextBlock.cleanInline(input) == expected, "\(input)")
            #expect(Self.byCharacters(input) == expected, "\(input)")
        }
    }

    @Test("random texts of marks, letters, CJK and emoji give what the character-by-character removal gave")
    func random() {
        var random = SeededGenerator(seed: 19_06)
        let pieces = ["*", "_", "`", "a", " ", "中", "文", "😀", "**", "__", "。"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...24, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            #expect(TextBlock.cleanInline(text) == Self.byCharacters(text), "\(text)")
        }
    }
}
