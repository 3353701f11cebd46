/// Which glyphs a screen may draw: how boxes, big digits, marks and punctuation look. Independent of
/// the language and of names (Chinese names stay Chinese in either set).
///
/// `.unicode` draws light box lines and full blocks; these are East Asian *Ambiguous* width, which
/// ScreenKit counts as 1 column (as xterm and most UTF-8 terminals draw them). `.ascii` is the
/// narrow-safe set: `+-|` boxes, big digits in reverse-video spaces, and no ambiguous-width character
/// at all (see `Charset+NarrowSafe.swift`): for terminals that draw ambiguous characters two columns
/// wide (PuTTY, Xshell, SecureCRT with CJK settings) and for locales that are not UTF-8.
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
