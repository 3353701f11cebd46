/// Makes any text safe to put on a terminal: nothing in it can move the cursor, change the title,
/// reorder the line or hide itself.
///
/// Every string from a store, a file or the keyboard passes through `inert` before it enters a
/// `ScreenBuffer` (`ScreenBuffer.put` does it for you). The replacements are plain ASCII, so their
/// width is the same on every terminal (a symbol like `␛` is East Asian Ambiguous and is not):
///
/// | input | shown as |
/// |---|---|
/// | TAB | one space |
/// | other C0 controls U+0000–U+001F (ESC, BEL, CR, LF, …) | caret notation: `^[`, `^G`, `^M`, `^J` |
/// | DEL U+007F | `^?` |
/// | C1 controls U+0080–U+009F (CSI U+009B, OSC U+009D, …) | `<U+009B>` |
/// | bidi controls U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C | `<U+202E>` |
/// | zero-width and other invisible format characters (U+200B–U+200D, U+2060, U+FEFF, …) | `<U+200B>` |
/// | line and paragraph separators U+2028, U+2029 | `<U+2028>` |
/// | more than two combining marks on one base | the first two are kept, the rest dropped |
/// | more than one variation selector on one base | the first is kept, the rest dropped |
///
/// So `ESC ] 0 ; title BEL` becomes the harmless text `^[]0;title^G`. Variation selectors (U+FE0E,
/// U+FE0F) stay: they are combining marks that choose text or emoji presentation. Zero-width joiners
/// become visible too, which splits emoji ZWJ sequences into their parts; terminals disagree on the
/// width of those sequences, so this keeps the screen's geometry deterministic.
/// Clipping long strings is the caller's job (`ScreenBuffer.put(maxWidth:)`, `TextLayout.truncate`).
public enum Sanitizer {
    /// The most combining marks kept on one base character.
    public static let maxCombiningMarks = 2

    /// The text with every control, bidi and invisible character replaced by a visible, inert symbol.
    public static func inert(_ text: String) -> String {
        if isPlainASCII(text) { return text }
        let scalars = text.unicodeScalars
        // Built only from the first scalar replaced or dropped on: most text (names, box lines, Chinese)
        // comes out as it went in, and appending it scalar by scalar cost ~430 instructions a scalar
        // (4.3 M over the benchmark's session; docs/performance.md, round seven).
        var result: String.UnicodeScalarView?
        var marksOnBase = 0
        var selectorsOnBase = 0
        for index in scalars.indices {
            let scalar = scalars[index]
            var kept = true
            var stand: String?
            if let replacement = replacement(for: scalar) {
                stand = replacement
                kept = false
                marksOnBase = 0
                selectorsOnBase = 0
            } else if isCombiningMark(scalar) {
                marksOnBase += 1
                kept = marksOnBase <= maxCombiningMarks
            } else if isVariationSelector(scalar) {
                // A base takes one; a run of them is invisible padding that only costs output.
                selectorsOnBase += 1
                kept = selectorsOnBase <= 1
            } else {
                marksOnBase = 0
                selectorsOnBase = 0
            }
            if kept {
                result?.append(scalar)
                continue
            }
            if result == nil { result = String.UnicodeScalarView(scalars[..<index]) }
            if let stand { result?.append(contentsOf: stand.unicodeScalars) }
        }
        return result.map(String.init) ?? text
    }

    /// True when the character may be typed into a field as it is (it contains nothing `inert` would replace).
    public static func isSafe(_ character: Character) -> Bool {
        var marks = 0
        var selectors = 0
        for scalar in character.unicodeScalars {
            if replacement(for: scalar) != nil { return false }
            if isCombiningMark(scalar) {
                marks += 1
                if marks > maxCombiningMarks { return false }
            } else if isVariationSelector(scalar) {
                selectors += 1
                if selectors > 1 { return false }
            }
        }
        return true
    }

    /// The visible stand-in for a dangerous scalar, or nil when the scalar is safe as it is.
    public static func replacement(for scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        switch v {
        case 0x09:
            return " "
        case 0x00...0x1F:
            return "^" + String(UnicodeScalar(UInt8(v + 0x40)))
        case 0x7F:
            return "^?"
        case 0x20...0x7E:
            return nil
        case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069,
            0x200B...0x200D, 0x2060, 0xFEFF, 0x2028, 0x2029:
            return codePointLabel(v)
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .format, .control, .lineSeparator, .paragraphSeparator, .surrogate:
            return codePointLabel(v)
        default:
            return nil
        }
    }

    /// `<U+202E>`: how a hidden code point is shown.
    static func codePointLabel(_ value: UInt32) -> String {
        var hex = String(value, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        return "<U+\(hex)>"
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x300 { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            // Variation selectors are nonspacing marks, but a base takes at most one; never trim them.
            return !(0xFE00...0xFE0F).contains(scalar.value) && !(0xE0100...0xE01EF).contains(scalar.value)
        default:
            return false
        }
    }

    static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
    }

    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }
}
