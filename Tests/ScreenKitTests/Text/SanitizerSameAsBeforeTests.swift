import TestSupport
import Testing

@testable import ScreenKit

/// `Sanitizer.inert` now builds its result only from the first scalar it replaces or drops (round
/// seven). It must give exactly what it gave before, when it appended every scalar: the earlier loop is
/// kept here as the reference.
@Suite("Sanitizer: the same text as before, built only when something changes")
struct SanitizerSameAsBeforeTests {
    static func reference(_ text: String) -> String {
        if Sanitizer.isPlainASCII(text) { return text }
        var result = String.UnicodeScalarView()
        var marksOnBase = 0
        var selectorsOnBase = 0
        for scalar in text.unicodeScalars {
            if let replacement = Sanitizer.replacement(for: scalar) {
                result.append(contentsOf: replacement.unicodeScalars)
                marksOnBase = 0
                selectorsOnBase = 0
                continue
            }
            if Sanitizer.isCombiningMark(scalar) {
                marksOnBase += 1
                if marksOnBase > Sanitizer.maxCombiningMarks { continue }
            } else if Sanitizer.isVariationSelector(scalar) {
                selectorsOnBase += 1
                if selectorsOnBase > 1 { continue }
            } else {
                marksOnBase = 0
                selectorsOnBase = 0
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// Pieces a hostile or ordinary text is made of: ASCII, CJK, box lines, controls, C1, bidi and
    /// invisible marks, combining marks (several on one base), variation selectors, emoji, a tab.
    static let pieces: [String] = [
        "a", "Z", " ", "7", "余", "额", "，", "。", "─", "│", "┌", "\u{1B}", "\u{07}", "\t", "\u{7F}", "\u{85}",
        "\u{9B}", "\u{202E}", "\u{2066}", "\u{200B}", "\u{FEFF}", "\u{2028}", "\u{301}", "\u{302}", "\u{303}",
        "\u{FE0F}", "\u{FE0E}", "\u{E0100}", "😀", "🇨", "🇳", "\u{0600}", "\u{302A}", "ｆ", "\u{3000}",
    ]

    @Test("3,000 seeded random texts of those pieces give the reference's text")
    func randomTexts() {
        var random = SeededGenerator(seed: 2_026_1206)
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...24, using: &random)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            #expect(Sanitizer.inert(text) == Self.reference(text), "\(Array(text.unicodeScalars.map(\.value)))")
        }
    }

    @Test("the change at the very start, in the middle and at the very end of a text")
    func edges() {
        for text in ["\u{1B}余额", "余\u{1B}额", "余额\u{1B}", "e\u{301}\u{302}\u{303}", "余\u{FE0F}\u{FE0F}", "\u{202E}"] {
            #expect(Sanitizer.inert(text) == Self.reference(text))
        }
        #expect(Sanitizer.inert("余额\u{1B}") == "余额^[")
        #expect(Sanitizer.inert("e\u{301}\u{302}\u{303}x") == "e\u{301}\u{302}x")
    }
}
