/// What `Charset.ascii` (the narrow-safe set) draws instead of East Asian Ambiguous characters, which
/// some terminals draw one column wide and others two (PuTTY, Xshell and SecureCRT with CJK settings).
///
/// Two steps, so the set never depends on every screen remembering it:
/// - `prose(_:)` rewrites words before they are laid out, where a different width is fine: quotes
///   become `「」` in Chinese text (`"` elsewhere), `…` becomes `...`, `×` `x`, arrows `^ v <- ->`.
/// - `narrowSafe(_:)` goes over a finished screen and replaces any ambiguous glyph left (a name with
///   `·`, a rule page's `“”`) by a one-column ASCII stand-in, so the layout never shifts.
extension Charset {
    /// `text` with its ambiguous-width characters rewritten for this set (unchanged for `.unicode`).
    public func prose(_ text: String) -> String {
        guard self == .ascii, text.unicodeScalars.contains(where: { $0.value >= 0xA1 }) else { return text }
        let chinese = text.contains { DisplayWidth.of($0) == 2 }
        var out = ""
        for character in text {
            guard AmbiguousWidth.contains(character) else {
                out.append(character)
                continue
            }
            if chinese, let wide = Self.chineseProse[character] {
                out += wide
            } else if let narrow = Self.narrowProse[character] {
                out += narrow
            } else {
                out.append(Self.standIn(for: character))
            }
        }
        return out
    }

    /// A text block with its words rewritten for this set (`prose(_:)` on each string).
    public func prose(_ block: TextBlock) -> TextBlock {
        guard self == .ascii else { return block }
        switch block {
        case .heading(let text): return .heading(prose(text))
        case .paragraph(let text): return .paragraph(prose(text))
        case .listItem(let marker, let text): return .listItem(marker: prose(marker), text: prose(text))
        case .quote(let text): return .quote(prose(text))
        }
    }

    /// The buffer with every ambiguous-width glyph replaced by a one-column stand-in (for `.ascii`;
    /// `.unicode` returns it as it is).
    public func narrowSafe(_ buffer: ScreenBuffer) -> ScreenBuffer {
        guard self == .ascii else { return buffer }
        var result = buffer
        result.replaceGlyphs { AmbiguousWidth.contains($0) ? Self.standIn(for: $0) : nil }
        return result
    }

    /// One ASCII character, one column, for an ambiguous-width one: a look-alike, the letter without
    /// its accent (`é` → `e`, pinyin `ǚ` → `u`), or `?`.
    public static func standIn(for character: Character) -> Character {
        if let alike = lookAlikes[character] { return alike }
        if let scalar = character.unicodeScalars.first {
            for (letter, accented) in accentedLetters where accented.unicodeScalars.contains(scalar) {
                return letter
            }
            if (0x2460...0x2468).contains(scalar.value) {  // ①..⑨
                return Character(Unicode.Scalar(UInt8(scalar.value - 0x2460) + 0x31))
            }
            if (0x2500...0x257F).contains(scalar.value) { return boxStandIn(scalar.value) }
            if (0x2580...0x259F).contains(scalar.value) { return "#" }
        }
        return "?"
    }

    /// Quotes and marks in Chinese text: full-width forms, which every terminal draws two columns wide.
    static let chineseProse: [Character: String] = [
        "“": "「", "”": "」", "‘": "『", "’": "』", "·": "・", "—": "－",
    ]

    /// Quotes and marks elsewhere: ASCII, possibly longer (`…` → `...`).
    static let narrowProse: [Character: String] = [
        "“": "\"", "”": "\"", "‘": "'", "’": "'", "…": "...", "×": "x", "→": "->", "←": "<-", "↑": "^",
        "↓": "v", "≤": "<=", "≥": ">=", "≠": "!=", "±": "+/-", "—": "--", "–": "-", "·": ".", "•": "*",
    ]

    static let lookAlikes: [Character: Character] = [
        "“": "\"", "”": "\"", "‘": "'", "’": "'", "″": "\"", "′": "'", "…": ".", "·": ".", "•": "*",
        "×": "x", "÷": "/", "±": "+", "≤": "<", "≥": ">", "≠": "#", "≈": "~", "°": "o", "§": "S",
        "←": "<", "→": ">", "↑": "^", "↓": "v", "↔": "-", "⇒": ">", "⇔": "=", "—": "-", "–": "-", "‐": "-",
        "▲": "^", "△": "^", "▼": "v", "▽": "v", "►": ">", "▶": ">", "◄": "<", "◀": "<",
        "●": "*", "○": "o", "◎": "o", "◆": "*", "◇": "*", "■": "#", "□": "#", "★": "*", "☆": "*",
        "※": "*", "√": "v", "∞": "8", "¡": "!", "¿": "?", "¤": "*", "¨": "\"", "ª": "a", "º": "o",
        "®": "R", "´": "'", "¶": "P", "¸": ",", "¹": "1", "²": "2", "³": "3", "¼": "4", "½": "2", "¾": "4",
        "Æ": "A", "æ": "a", "Ð": "D", "ð": "d", "Ø": "O", "ø": "o", "Þ": "P", "þ": "p", "ß": "s",
    ]

    static let accentedLetters: [(Character, String)] = [
        ("a", "àáâãäåāăąǎ"), ("A", "ÀÁÂÃÄÅĀĂĄǍ"), ("e", "èéêëēĕėęěẽ"), ("E", "ÈÉÊËĒĔĖĘĚẼ"),
        ("i", "ìíîïĩīĭįǐ"), ("I", "ÌÍÎÏĨĪĬĮǏ"), ("o", "òóôõöōŏőǒ"), ("O", "ÒÓÔÕÖŌŎŐǑ"),
        ("u", "ùúûüũūŭůűųǔǖǘǚǜ"), ("U", "ÙÚÛÜŨŪŬŮŰŲǓǕǗǙǛ"), ("n", "ñńňņŉŋ"), ("c", "çćĉċč"), ("y", "ýÿ"),
        ("g", "ɡĝğġģ"), ("l", "ĺļľŀł"), ("s", "śŝşš"), ("t", "ţťŧ"), ("z", "źżž"), ("r", "ŕŗř"), ("d", "ďđ"),
        ("h", "ĥħ"), ("w", "ŵ"), ("j", "ĵ"), ("k", "ķĸ"),
    ]

    /// `+` for corners and crossings, `-` for horizontal lines, `|` for vertical ones.
    static func boxStandIn(_ value: UInt32) -> Character {
        switch value {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550, 0x2574, 0x2576, 0x2578,
            0x257A, 0x257C, 0x257E:
            return "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577, 0x2579,
            0x257B, 0x257D, 0x257F:
            return "|"
        default:
            return "+"
        }
    }
}
