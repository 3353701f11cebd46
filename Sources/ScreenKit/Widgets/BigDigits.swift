/// Large 5-row numerals for amounts an older eye must read at a glance: `¥3,456.78`.
///
/// Supported characters: `0`–`9`, `,`, `.`, `-`, `+`, space, `¥` and `￥` (both drawn as a yen sign),
/// `/` and `:`. Anything else is left out (check with `canRender`, and fall back to normal text).
/// Glyphs are drawn with `█` (`Charset.unicode`) or reverse-video spaces (`Charset.ascii`), one blank
/// column apart.
public enum BigDigits {
    /// Rows of every glyph.
    public static let height = 5

    /// The glyph patterns: `#` is ink, space is paper; every row of a glyph has the same width.
    static let patterns: [Character: [String]] = [
        "0": ["####", "#  #", "#  #", "#  #", "####"],
        "1": ["  # ", " ## ", "  # ", "  # ", " ###"],
        "2": ["####", "   #", "####", "#   ", "####"],
        "3": ["####", "   #", " ###", "   #", "####"],
        "4": ["#  #", "#  #", "####", "   #", "   #"],
        "5": ["####", "#   ", "####", "   #", "####"],
        "6": ["####", "#   ", "####", "#  #", "####"],
        "7": ["####", "   #", "  # ", "  # ", "  # "],
        "8": ["####", "#  #", "####", "#  #", "####"],
        "9": ["####", "#  #", "####", "   #", "####"],
        ",": ["  ", "  ", "  ", " #", "# "],
        ".": ["  ", "  ", "  ", "  ", "##"],
        "-": ["   ", "   ", "###", "   ", "   "],
        "+": ["   ", " # ", "###", " # ", "   "],
        ":": [" ", "#", " ", "#", " "],
        "/": ["   #", "  # ", " #  ", "#   ", "    "],
        " ": ["  ", "  ", "  ", "  ", "  "],
        "¥": ["#   #", " # # ", "#####", "  #  ", "  #  "],
    ]

    static func pattern(for character: Character) -> [String]? {
        patterns[character == "￥" ? "¥" : character]
    }

    /// True when every character of `text` has a big glyph.
    public static func canRender(_ text: String) -> Bool {
        text.allSatisfy { pattern(for: $0) != nil }
    }

    /// The columns `text` takes in big glyphs (unsupported characters are left out), at `scale` (2:
    /// every cell drawn twice as wide and twice as tall, for a large screen).
    public static func width(of text: String, scale: Int = 1) -> Int {
        let widths = text.compactMap { pattern(for: $0)?.first?.count }
        return widths.isEmpty ? 0 : (widths.reduce(0, +) + widths.count - 1) * max(1, scale)
    }

    /// The rows `text` takes at `scale`.
    public static func height(scale: Int) -> Int { height * max(1, scale) }

    /// The rows of `text` in big glyphs (five at scale 1), trailing spaces kept so every row has
    /// `width(of:scale:)` columns.
    public static func lines(_ text: String, charset: Charset = .unicode, scale: Int = 1) -> [String] {
        let glyphs = text.compactMap { pattern(for: $0) }
        let ink = String(charset.block)
        let scale = max(1, scale)
        return (0..<height * scale).map { row in
            glyphs.map { glyph in
                glyph[row / scale].replacingInk(with: ink).flatMap { String(repeating: $0, count: scale) }
            }.map { String($0) }.joined(separator: String(repeating: " ", count: scale))
        }
    }

    /// Draws `text` with its top-left corner at `origin`, clipped to `maxWidth` columns when given;
    /// returns the rectangle used. `Charset.ascii` draws the ink as spaces in reverse video (one column
    /// on every terminal, where `█` is two on some and `#` reads poorly).
    @discardableResult
    public static func draw(
        _ text: String, at origin: Point, into buffer: inout ScreenBuffer, maxWidth: Int? = nil,
        charset: Charset = .unicode, style: Style = .amount, scale: Int = 1
    ) -> Rect {
        let rows = lines(text, charset: .unicode, scale: scale)
        let limit = origin.x + max(0, maxWidth ?? buffer.size.columns)
        var right = origin.x
        for (index, line) in rows.enumerated() {
            if charset == .unicode {
                right = max(right, buffer.put(line, x: origin.x, y: origin.y + index, maxWidth: maxWidth, style: style))
                continue
            }
            var x = origin.x
            for character in line where x < limit {
                let ink = character == "█"
                buffer.put(" ", x: x, y: origin.y + index, maxWidth: 1, style: ink ? style.adding(.reverse) : style)
                x += 1
            }
            right = max(right, min(x, buffer.size.columns))
        }
        return Rect(x: origin.x, y: origin.y, width: right - origin.x, height: rows.count)
    }
}

extension String {
    fileprivate func replacingInk(with ink: String) -> String {
        var out = ""
        for character in self { out += character == "#" ? ink : String(character) }
        return out
    }
}
