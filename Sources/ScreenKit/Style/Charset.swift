/// Which glyphs chrome (borders, big digits, markers) may use.
///
/// `.unicode` draws light box lines and full blocks; these are East Asian *Ambiguous* width, which
/// ScreenKit counts as 1 column (as nearly every UTF-8 terminal does). `.ascii` draws `+-|`, `#` and
/// `...` only: use it when the terminal is not UTF-8, or when a terminal shows ambiguous glyphs as wide.
public enum Charset: String, Hashable, Sendable, CaseIterable {
    case unicode
    case ascii

    /// The glyphs for a box: corners, edges.
    public var box: BoxGlyphs {
        switch self {
        case .unicode:
            return BoxGlyphs(
                topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│")
        case .ascii:
            return BoxGlyphs(
                topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|")
        }
    }

    /// The glyph that fills big digits.
    public var block: Character {
        self == .unicode ? "█" : "#"
    }
}

/// The six characters that draw a box.
public struct BoxGlyphs: Hashable, Sendable {
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var horizontal: Character
    public var vertical: Character

    public init(
        topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
        horizontal: Character, vertical: Character
    ) {
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.horizontal = horizontal
        self.vertical = vertical
    }
}
