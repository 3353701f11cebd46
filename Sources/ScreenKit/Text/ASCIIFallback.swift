/// What to draw for a character when the terminal's locale cannot encode it: a look-alike for the
/// common symbols (`¥` → `Y`, `—` → `-`, `“` → `"`), else one `?` per column, so the layout holds.
public enum ASCIIFallback {
    static let lookAlikes: [Character: String] = [
        "¥": "Y", "￥": "Y ", "·": ".", "…": ".", "—": "-", "–": "-", "‐": "-", "−": "-",
        "“": "\"", "”": "\"", "‘": "'", "’": "'", "×": "x", "‹": "<", "›": ">", "«": "<", "»": ">",
        "，": ", ", "。": ". ", "：": ": ", "（": " (", "）": ") ", "\u{00A0}": " ",
    ]

    /// ASCII text exactly `width` columns wide (at least one) standing for `character`.
    public static func text(for character: Character, width: Int) -> String {
        let columns = max(1, width)
        if character.isASCII { return String(character) }
        if let alike = lookAlikes[character], alike.count == columns { return alike }
        return String(repeating: "?", count: columns)
    }
}
