/// Wraps text into lines of at most a given display width.
///
/// Latin text breaks at spaces (the spaces at a break are dropped); CJK text may break between any two
/// characters, and between a CJK character and Latin text. Closing punctuation such as `，。！？）》」`
/// never starts a line and opening brackets such as `（《「` never end one, when that can be helped.
/// A word wider than the line is cut where it must be. Newlines in the text start new lines.
public enum TextWrap {
    /// The lines of `text`, each at most `width` columns wide (at least one line, possibly empty).
    public static func lines(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            result += wrapLine(Sanitizer.inert(String(paragraph)), width: width)
        }
        return result.isEmpty ? [""] : result
    }

    /// The lines of `text` with a first-line prefix (a bullet such as `- ` or `1. `) and a hanging indent
    /// of the prefix's width on the lines after it.
    public static func lines(_ text: String, width: Int, prefix: String) -> [String] {
        let indent = DisplayWidth.of(prefix)
        let body = lines(text, width: max(1, width - indent))
        let pad = String(repeating: " ", count: indent)
        return body.enumerated().map { index, line in (index == 0 ? prefix : pad) + line }
    }

    /// An unbreakable piece of a line and the spaces after it.
    private struct Unit {
        var word: [Character] = []
        var wordWidth = 0
        var spaces = 0
    }

    private static func wrapLine(_ line: String, width: Int) -> [String] {
        let units = breakUnits(Array(line))
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        var pendingSpaces = 0
        for unit in units {
            if !current.isEmpty, currentWidth + pendingSpaces + unit.wordWidth <= width {
                current += String(repeating: " ", count: pendingSpaces) + String(unit.word)
                currentWidth += pendingSpaces + unit.wordWidth
            } else if current.isEmpty, unit.wordWidth <= width {
                current = String(unit.word)
                currentWidth = unit.wordWidth
            } else {
                if !current.isEmpty { lines.append(current) }
                current = ""
                currentWidth = 0
                // The word alone may be wider than the line: cut it into pieces that fit.
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

    private static func breakUnits(_ characters: [Character]) -> [Unit] {
        // Each character's width once (the break test needs both neighbours'), and spaces by their byte:
        // the rules and help screens wrap thousands of characters (docs/performance.md, round six).
        let widths = characters.map(DisplayWidth.of)
        var units: [Unit] = []
        var unit = Unit()
        for index in characters.indices {
            let character = characters[index]
            if isSpace(character) {
                unit.spaces += 1
                if index + 1 == characters.count || !isSpace(characters[index + 1]) {
                    units.append(unit)
                    unit = Unit()
                }
                continue
            }
            unit.word.append(character)
            unit.wordWidth += widths[index]
            if index + 1 < characters.count,
                canBreak(between: character, widths[index], and: characters[index + 1], widths[index + 1])
            {
                units.append(unit)
                unit = Unit()
            }
        }
        if !unit.word.isEmpty || unit.spaces > 0 { units.append(unit) }
        return units
    }

    /// Whether a line may end after `before` and start with `after` (each with its display width).
    static func canBreak(between before: Character, _ beforeWidth: Int, and after: Character, _ afterWidth: Int)
        -> Bool
    {
        if isSpace(after) { return false }
        if mayBeKinsoku(after), noBreakBefore.contains(after) { return false }
        if mayBeKinsoku(before), noBreakAfter.contains(before) { return false }
        return beforeWidth == 2 || afterWidth == 2
    }

    /// The one space character, told by its one byte.
    private static func isSpace(_ character: Character) -> Bool {
        character.utf8.count == 1 && character.utf8.first == UInt8(ascii: " ")
    }

    /// False for a character that is in neither kinsoku list, told by its first byte: an ASCII letter or
    /// digit, or a character outside the blocks the lists draw from (ASCII, U+0080-00FF, U+2000-3FFF,
    /// U+F000-FFFF), such as a CJK ideograph. Saves hashing nearly every character twice.
    private static func mayBeKinsoku(_ character: Character) -> Bool {
        guard let lead = character.utf8.first else { return false }
        switch lead {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
            return false
        case 0x00..<0x80, 0xC2, 0xC3, 0xE2, 0xE3, 0xEF: return true
        default: return false
        }
    }

    /// Characters that should not start a line (kinsoku): closing punctuation, CJK and Latin.
    static let noBreakBefore: Set<Character> = [
        "，", "。", "、", "：", "；", "！", "？", "）", "》", "」", "』", "】", "〉", "”", "’", "…", "～",
        ",", ".", ":", ";", "!", "?", ")", "]", "}", "%",
    ]

    /// Characters that should not end a line: opening brackets.
    static let noBreakAfter: Set<Character> = ["（", "《", "「", "『", "【", "〈", "“", "‘", "(", "[", "{", "¥", "￥"]
}
