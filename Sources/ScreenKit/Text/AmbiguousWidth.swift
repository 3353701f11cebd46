/// East Asian *Ambiguous* characters: one column where ambiguous characters are narrow (xterm, most
/// UTF-8 terminals, glibc's `wcwidth`), two where they are wide (PuTTY's "treat CJK ambiguous
/// characters as wide", Xshell and SecureCRT with CJK profiles, `xterm -cjk_width`).
///
/// `DisplayWidth` counts them as one column; `Charset.ascii` never draws them; `wideColumns` measures
/// as an ambiguous-wide terminal would, so tests can prove a screen still fits there.
public enum AmbiguousWidth {
    /// True when the scalar is East Asian Ambiguous and takes a column (combining marks excluded).
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0xA1 { return false }
        return DisplayWidthTables.contains(AmbiguousWidthTable.ranges, v)
    }

    /// True when a grapheme cluster shows an ambiguous-width character (its first scalar that takes a
    /// column is ambiguous).
    public static func contains(_ character: Character) -> Bool {
        if character.isASCII { return false }
        for scalar in character.unicodeScalars where DisplayWidth.of(scalar) > 0 {
            return contains(scalar)
        }
        return false
    }

    /// The columns a string takes on a terminal that draws ambiguous characters two columns wide.
    public static func wideColumns(_ string: some StringProtocol) -> Int {
        var total = 0
        for character in string {
            let width = DisplayWidth.of(character)
            total += width == 1 && contains(character) ? 2 : width
        }
        return total
    }
}
