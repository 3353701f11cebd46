import Testing
import TestSupport

@testable import ScreenKit

/// Issue 19 (round six): the wrapping reads each character's width once and tells spaces and kinsoku
/// candidates by their first byte. Where it breaks must not change: checked against the wrapping before.
@Suite("Wrapping breaks where it broke before")
struct TextWrapSameBreaksTests {
    /// The wrapping before round six, kept whole as the reference.
    enum Before {
        struct Unit {
            var word: [Character] = []
            var wordWidth = 0
            var spaces = 0
        }

        static func lines(_ text: String, width: Int) -> [String] {
            let width = max(1, width)
            var result: [String] = []
            for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
                result += wrapLine(Sanitizer.inert(String(paragraph)), width: width)
            }
            return result.isEmpty ? [""] : result
        }

        static func wrapLine(_ line: String, width: Int) -> [String] {
            var lines: [String] = []
            var current = ""
            var currentWidth = 0
            var pendingSpaces = 0
            for unit in breakUnits(Array(line)) {
                if !current.isEmpty, currentWidth + pendingSpaces + unit.wordWidth <= width {
                    current += String(repeating: " ", count: pendingSpaces) + String(unit.word)
                    currentWidth += pendingSpaces + unit.wordWidth
                } else if current.isEmpty, unit.wordWidth <= width {
                    current = String(unit.word)
                    currentWidth = unit.wordWidth
                } else {
                    if !current.isEmpty { lines.append(current) }
                    var piece = ""
                    var pieceWidth = 0
                    for character in unit.word {
                        let w = DisplayWidth.of(character)
                        if pieceWidth + w > width, !piece.isEmpty {
                            lines.append(piece)
                            piece = ""
                            pieceWidth = 0
                        }
                        piece.append(character)
                        pieceWidth += w
                    }
                    current = piece
                    currentWidth = pieceWidth
                }
                pendingSpaces = unit.spaces
            }
            if !current.isEmpty || lines.isEmpty { lines.append(current) }
            return lines
        }

        static func breakUnits(_ characters: [Character]) -> [Unit] {
            var units: [Unit] = []
            var unit = Unit()
            for (index, character) in characters.enumerated() {
                if character == " " {
                    unit.spaces += 1
                    let next = index + 1 < characters.count ? characters[index + 1] : nil
                    if next != " " {
                        units.append(unit)
                        unit = Unit()
                    }
                    continue
                }
                unit.word.append(character)
                unit.wordWidth += DisplayWidth.of(character)
                if index + 1 < characters.count, canBreak(between: character, and: characters[index + 1]) {
                    units.append(unit)
                    unit = Unit()
                }
            }
            if !unit.word.isEmpty || unit.spaces > 0 { units.append(unit) }
            return units
        }

        static func canBreak(between before: Character, and after: Character) -> Bool {
            if after == " " { return false }
            if TextWrap.noBreakBefore.contains(after) || TextWrap.noBreakAfter.contains(before) { return false }
            return DisplayWidth.of(before) == 2 || DisplayWidth.of(after) == 2
        }
    }

    @Test("every kinsoku character, before and after CJK, Latin and spaces, at every width from 1 to 12")
    func everyKinsokuCharacter() {
        let marks = Array(TextWrap.noBreakBefore) + Array(TextWrap.noBreakAfter)
        for mark in marks {
            for text in ["中\(mark)文", "ab\(mark)cd", "中 \(mark) 文", "\(mark)\(mark)中文\(mark)", "word\(mark) 中\(mark)"] {
                for width in 1...12 {
                    #expect(TextWrap.lines(text, width: width) == Before.lines(text, width: width), "\(text) at \(width)")
                }
            }
        }
    }

    @Test("random texts of CJK, Latin, spaces, kinsoku marks, emoji and combining marks wrap as before")
    func random() {
        var random = SeededGenerator(seed: 2_026_1206)
        let marks = Array(TextWrap.noBreakBefore) + Array(TextWrap.noBreakAfter)
        let pieces: [String] =
            ["中", "文", "医", "保", "a", "b", "Z", "7", " ", " ", "  ", "\n", "😀", "e\u{301}", "，\u{301}", "¥", "￥", "…", "ｱ", "·"]
            + marks.map { String($0) }
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            let width = Int.random(in: 1...20, using: &random)
            #expect(TextWrap.lines(text, width: width) == Before.lines(text, width: width), "\(text) at \(width)")
        }
    }
}
