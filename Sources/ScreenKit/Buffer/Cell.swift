/// One terminal cell: a glyph with its style, or the right half of the wide glyph to its left.
public enum Cell: Hashable, Sendable {
    case glyph(Character, Style)
    /// Covered by the 2-column glyph in the cell to the left; the backend skips it.
    case continuation

    /// An empty cell: a space in the normal style.
    public static let blank = Cell.glyph(" ", .normal)

    /// The glyph, or nil for a continuation cell.
    public var character: Character? {
        if case .glyph(let c, _) = self { return c }
        return nil
    }

    /// The style, or nil for a continuation cell (which shows its wide neighbour's style).
    public var style: Style? {
        if case .glyph(_, let s) = self { return s }
        return nil
    }
}
