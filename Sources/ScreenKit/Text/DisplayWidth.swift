/// How many terminal columns text takes, computed in pure Swift so tests never depend on the locale.
///
/// - East Asian Wide and Fullwidth characters (Han, Hangul, kana, `，。：！？（）、《》「」￥`) take 2.
/// - Combining marks, zero-width and format characters, variation selectors and controls take 0.
/// - Emoji shown as pictures (Emoji_Presentation, or any emoji followed by U+FE0F) take 2.
/// - Everything else takes 1, including East Asian *Ambiguous* characters (box drawing, `…`, `█`,
///   arrows); chrome avoids them or offers an ASCII fallback, because terminals disagree on them.
///
/// Widths are measured per grapheme cluster (`Character`): a base with its combining marks is one cell.
public enum DisplayWidth {
    /// The columns one Unicode scalar takes on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return 0 }
        if v < 0x7F { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        if v == 0x200B || DisplayWidthTables.contains(DisplayWidthTables.zeroExtra, v) { return 0 }
        return DisplayWidthTables.contains(DisplayWidthTables.wide, v) ? 2 : 1
    }

    /// The columns one grapheme cluster takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        // Almost every cell of a screen is one ASCII byte or one three-byte scalar (box lines and blocks:
        // ambiguous, 1; CJK ideographs: wide, 2), read here from the UTF-8 bytes without a scalar view or
        // the Unicode property look-ups below (~400 and ~700 instructions a character). A keycap such as
        // "1\u{FE0F}\u{20E3}" is more bytes and still takes the emoji route.
        let utf8 = character.utf8
        switch utf8.count {
        case 1:
            let byte = utf8.first!
            return byte < 0x20 || byte == 0x7F ? 0 : 1
        case 3:
            var bytes = utf8.makeIterator()
            let lead = bytes.next()!
            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes.next()! & 0x3F) << 6 | UInt32(bytes.next()! & 0x3F)
            // A lead byte 1110xxxx starts one scalar of all three bytes.
            if lead & 0xF0 == 0xE0 {
                switch value {
                case 0x2500...0x259F: return 1
                case 0x3400...0x4DBF, 0x4E00...0x9FFF: return 2
                default: break
                }
            }
        default:
            break
        }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count > 1, first.properties.isEmoji, scalars.contains(where: { $0.value == 0xFE0F }) {
            return 2
        }
        if first.properties.isEmojiPresentation { return 2 }
        for scalar in scalars {
            let w = of(scalar)
            if w > 0 { return w }
        }
        return 0
    }

    /// The columns a string takes: the sum over its grapheme clusters.
    public static func of(_ string: some StringProtocol) -> Int {
        var total = 0
        for character in string { total += of(character) }
        return total
    }
}

/// The columns one grapheme cluster takes (0, 1 or 2); see `DisplayWidth`.
public func displayWidth(_ character: Character) -> Int {
    DisplayWidth.of(character)
}

/// The columns a string takes; see `DisplayWidth`.
public func displayWidth(_ string: some StringProtocol) -> Int {
    DisplayWidth.of(string)
}
