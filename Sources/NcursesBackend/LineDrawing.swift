import CNCursesw
import ScreenKit

/// Box-drawing characters sent through the terminal's line-drawing set (VT100 "ACS", terminfo `acsc`),
/// one byte a cell between `smacs` and `rmacs`, instead of three bytes of UTF-8 each. Over a slow link
/// (9600 baud) Home's frames were two thirds of its bytes; dialog draws its frames the same way.
///
/// Only the light lines and corners the unicode drawing set uses are mapped, and only those the
/// terminal's `acsc` lists (a terminal without them gets the UTF-8 characters as before). The drawing
/// set itself (`Charset`) is still chosen by the app: this only changes how its box cells are sent.
/// ncurses turns these back into UTF-8 where the terminal ignores the line-drawing set in UTF-8 mode
/// (`linux`, terminfo `U8#1` as in tmux's own entries, or `NCURSES_NO_UTF8_ACS=1`).
///
/// Switching to the set and back costs about ten bytes (`ESC ( 0`, the attributes again, `ESC ( B`), so
/// only runs of `shortestRun` cells or more are sent through it: a lone `│` stays three bytes of UTF-8.
/// (ncurses never sends `rep` in a UTF-8 locale, so a line of 78 cells is 78 bytes, not 8.)
struct LineDrawing {
    /// The fewest box cells in a row, of one style, worth switching to the line-drawing set for.
    static let shortestRun = 5

    /// The `acsc` letter of U+2500 + i at index i (the box-drawing block, 128 code points), for the
    /// letters this terminal has; 0 where there is none. A table, not a dictionary: it is read for every
    /// cell of every frame.
    private let letters: [UInt8]

    /// True when no character is sent through the line-drawing set.
    let isEmpty: Bool

    /// The box characters and their VT100 letters.
    static let vt100: [(Unicode.Scalar, Character)] = [
        ("┌", "l"), ("┐", "k"), ("└", "m"), ("┘", "j"), ("─", "q"), ("│", "x"),
        ("├", "t"), ("┤", "u"), ("┬", "w"), ("┴", "v"), ("┼", "n"),
    ]

    /// Reads the terminal's `acsc` (after `newterm`); `enabled` false maps nothing.
    init(enabled: Bool) {
        var letters = [UInt8](repeating: 0, count: 128)
        var isEmpty = true
        if enabled {
            for (scalar, letter) in Self.vt100 {
                let byte = letter.asciiValue!
                if cn_acs_available(byte) != 0 {
                    letters[Int(scalar.value - 0x2500)] = byte
                    isEmpty = false
                }
            }
        }
        self.letters = letters
        self.isEmpty = isEmpty
    }

    /// The fewest equal box cells in a row worth sending with the terminal's `rep` (`line_repeat.h`):
    /// moving there and setting the attributes costs about a dozen bytes, `rep` itself five.
    static let shortestRepeat = 8

    /// True when ncurses sends line-drawing characters as UTF-8 anyway (the same test as its
    /// `_nc_locale_breaks_acs`): `NCURSES_NO_UTF8_ACS` set to anything but 0, else terminfo's `U8`, else a
    /// `linux` console, or GNU screen describing itself in `TERMCAP`. Then nothing is sent with `rep`:
    /// the terminal would not draw the set's letters as lines.
    static func ncursesSendsUTF8(environment: [String: String], u8: Int32) -> Bool {
        if let value = environment["NCURSES_NO_UTF8_ACS"] { return value != "0" }
        if u8 >= 0 { return u8 != 0 }
        let term = environment["TERM"] ?? ""
        if term.contains("linux") { return true }
        return term.contains("screen") && (environment["TERMCAP"]?.contains("screen") ?? false)
    }

    /// The line-drawing characters for the box cells of one style starting at `x` in row `y`, if there
    /// are at least `shortestRun` of them; else empty (the cells are drawn as UTF-8).
    func run(in buffer: ScreenBuffer, row y: Int, from x: Int, to columns: Int, style: Style) -> [chtype] {
        guard !isEmpty else { return [] }
        var result: [chtype] = []
        var column = x
        while column < columns, case .glyph(let character, let cellStyle) = buffer[column, y], cellStyle == style,
            let line = self.character(for: character)
        {
            result.append(line)
            column += 1
        }
        return result.count >= Self.shortestRun ? result : []
    }

    /// Whether a run worth the line-drawing set starts at `x` (so a UTF-8 run must stop before it).
    func startsRun(in buffer: ScreenBuffer, row y: Int, at x: Int, to columns: Int, style: Style) -> Bool {
        guard !isEmpty, case .glyph(let character, _) = buffer[x, y], self.character(for: character) != nil
        else { return false }
        return run(in: buffer, row: y, from: x, to: min(columns, x + Self.shortestRun), style: style).count
            >= Self.shortestRun
    }

    /// The line-drawing character (with `A_ALTCHARSET`) for a box character, or nil.
    /// Read from the UTF-8 bytes (U+2500...U+257F is E2 94 80...E2 95 BF): most cells are not box lines,
    /// and are turned away at the byte count without a scalar view or a hash.
    func character(for character: Character) -> chtype? {
        let utf8 = character.utf8
        guard !isEmpty, utf8.count == 3 else { return nil }
        var bytes = utf8.makeIterator()
        guard bytes.next() == 0xE2, let second = bytes.next(), second == 0x94 || second == 0x95,
            let third = bytes.next()
        else { return nil }
        let letter = letters[Int(second & 0x01) << 6 | Int(third & 0x3F)]
        return letter == 0 ? nil : cn_acs(letter)
    }
}
