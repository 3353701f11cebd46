/// The eight standard terminal colours, by their curses index.
public enum TerminalColor: Int16, Hashable, Sendable {
    case black = 0
    case red, green, yellow, blue, magenta, cyan, white
}

/// How one role looks on screen: colours (nil = the terminal's default) and attributes.
public struct Appearance: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var attributes: Attributes

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// True when the appearance uses any colour.
    public var hasColor: Bool { foreground != nil || background != nil }
}

/// Maps each `Role` to an `Appearance`; the backend turns appearances into colour pairs and attributes.
///
/// `.highContrast` (the default) uses colour only with an explicit background, so it reads on dark and
/// light terminals alike, and always adds an attribute (reverse, bold, underline) so the meaning
/// survives colour blindness. Dark text on a colour is never bold: xterm and PuTTY draw bold black as
/// grey (2.35:1 on the yellow bar); it is drawn by reverse video instead (`fg` yellow, `bg` black,
/// reversed), which without colour is still a reverse bar. Every role measures at least 4.5:1 on dark
/// and light terminals as xterm draws it (`Contrast`, docs/contrast.md). `.monochrome` uses
/// attributes only: for terminals without colour and whenever `NO_COLOR` is set. Either way callers add
/// words or markers (`>`, `[!]`), never colour alone. Neither uses faint (`dim`): faint text on a
/// white background measures under 4.5:1.
public struct Theme: Hashable, Sendable {
    public var appearances: [Role: Appearance]

    public init(appearances: [Role: Appearance]) {
        self.appearances = appearances
    }

    /// How a style looks: its role's appearance plus the style's own attributes.
    public func appearance(for style: Style) -> Appearance {
        var result = appearances[style.role] ?? Appearance()
        result.attributes.formUnion(style.attributes)
        return result
    }

    /// True when any role uses colour.
    public var usesColor: Bool { appearances.values.contains { $0.hasColor } }

    /// The same theme with every colour removed (attributes kept).
    public var withoutColor: Theme {
        Theme(appearances: appearances.mapValues { Appearance(attributes: $0.attributes) })
    }

    /// Colour with strong contrast; every coloured role also carries an attribute.
    public static let highContrast = Theme(appearances: [
        .normal: Appearance(),
        .title: Appearance(attributes: [.bold]),
        .selection: Appearance(foreground: .yellow, background: .black, attributes: [.reverse]),
        .moving: Appearance(foreground: .green, background: .black, attributes: [.reverse, .underline]),
        .error: Appearance(foreground: .white, background: .red, attributes: [.bold]),
        .hint: Appearance(),
        .hintKey: Appearance(attributes: [.reverse]),
        .amount: Appearance(attributes: [.bold]),
        .dim: Appearance(),
        .border: Appearance(),
        .warning: Appearance(foreground: .black, background: .yellow, attributes: [.underline]),
        .success: Appearance(foreground: .green, background: .black, attributes: [.reverse]),
        .input: Appearance(attributes: [.underline]),
    ])

    /// Attributes only: selection is reverse+bold, errors bold+underline (callers add a word such as "错误").
    public static let monochrome = Theme(appearances: [
        .normal: Appearance(),
        .title: Appearance(attributes: [.bold]),
        .selection: Appearance(attributes: [.reverse, .bold]),
        .moving: Appearance(attributes: [.reverse, .bold, .underline]),
        .error: Appearance(attributes: [.bold, .underline]),
        .hint: Appearance(),
        .hintKey: Appearance(attributes: [.reverse]),
        .amount: Appearance(attributes: [.bold]),
        .dim: Appearance(),
        .border: Appearance(),
        .warning: Appearance(attributes: [.bold]),
        .success: Appearance(attributes: [.bold]),
        .input: Appearance(attributes: [.underline]),
    ])
}
