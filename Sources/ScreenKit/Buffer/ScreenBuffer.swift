/// The screen as a value: a grid of cells and an optional cursor, produced by `render` and copied out
/// by a backend.
///
/// A wide (2-column) glyph occupies its cell and a `.continuation` cell to its right. The buffer keeps
/// that invariant whatever is written over it: overwriting either half of a wide glyph blanks the other.
/// Text is sanitised on the way in (`Sanitizer.inert`), so no escape sequence can reach the terminal.
public struct ScreenBuffer: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (a focused text field), or nil to hide it.
    public var cursor: Point?

    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: fill == .continuation ? .blank : fill, count: size.columns * size.rows)
    }

    /// The whole buffer as a rectangle.
    public var bounds: Rect { Rect(size: size) }

    /// The cell at a position; blank outside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.columns, y < size.rows else { return .blank }
        return cells[y * size.columns + x]
    }

    /// Writes `text` from column `x` on row `y`, at most `maxWidth` columns (and never past the edge),
    /// and returns the column just after what was written.
    ///
    /// The text is sanitised first. A wide glyph that would straddle the limit is not split: the
    /// remaining column is filled with a space in the same style. Zero-width clusters are skipped.
    /// Columns left of 0 are skipped too, so text can scroll in from the left.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .normal) -> Int {
        guard y >= 0, y < size.rows else { return x }
        let limit = min(size.columns, x + max(0, maxWidth ?? size.columns))
        var column = x
        for character in Sanitizer.inert(text) {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if column >= limit { break }
            if column + width > limit {
                // A wide glyph that does not fit: pad the last column instead of splitting it.
                if column >= 0 { set(.glyph(" ", style), x: column, y: y) }
                column += 1
                break
            }
            if column < 0 {
                // Partly or wholly left of the screen: show a space for a visible right half.
                if column + width > 0 { set(.glyph(" ", style), x: 0, y: y) }
            } else {
                set(.glyph(character, style), x: column, y: y)
                if width == 2 { setContinuation(x: column + 1, y: y) }
            }
            column += width
        }
        return max(x, min(column, limit))
    }

    /// Writes one character at a position, sanitised; returns the column after it.
    @discardableResult
    public mutating func put(_ character: Character, x: Int, y: Int, style: Style = .normal) -> Int {
        put(String(character), x: x, y: y, maxWidth: DisplayWidth.of(character), style: style)
    }

    /// Writes `glyph` `count` times from column `x` on row `y` (clipped to the buffer): what `put` does
    /// with `String(repeating:)`, without sanitising and measuring each copy when the glyph is one
    /// inert column (a box line: `put` took ~40,000 instructions a line, a third of Home's render).
    public mutating func putRun(_ glyph: Character, count: Int, x: Int, y: Int, style: Style = .normal) {
        guard count > 0 else { return }
        let text = String(glyph)
        guard DisplayWidth.of(glyph) == 1, Sanitizer.inert(text) == text else {
            put(String(repeating: text, count: count), x: x, y: y, style: style)
            return
        }
        guard y >= 0, y < size.rows else { return }
        // `put`'s limit without `maxWidth`: the buffer's width counted from `x`, and the edge.
        let end = min(size.columns, x + size.columns, x + count)
        var column = max(0, x)
        while column < end {
            set(.glyph(glyph, style), x: column, y: y)
            column += 1
        }
    }

    /// Fills a rectangle (clipped to the buffer) with a glyph, default a space, in a style.
    public mutating func fill(_ rect: Rect, style: Style = .normal, with glyph: Character = " ") {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let line = String(repeating: String(glyph), count: area.width)
        for y in area.y..<area.maxY {
            put(line, x: area.x, y: y, maxWidth: area.width, style: style)
        }
    }

    /// Changes the style of every glyph in a rectangle, keeping the glyphs (a selection bar over a row).
    public mutating func restyle(_ rect: Rect, style: Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                if case .glyph(let c, _) = cells[y * size.columns + x] {
                    cells[y * size.columns + x] = .glyph(c, style)
                }
            }
        }
    }

    /// Copies another buffer's cells into this one at `origin`, clipped; wide glyphs stay whole.
    public mutating func draw(_ other: ScreenBuffer, at origin: Point) {
        for y in 0..<other.size.rows {
            for x in 0..<other.size.columns {
                if case .glyph(let c, let s) = other[x, y] {
                    put(String(c), x: origin.x + x, y: origin.y + y, maxWidth: other.size.columns - x, style: s)
                }
            }
        }
    }

    // MARK: - Keeping wide glyphs whole

    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < size.columns, y >= 0, y < size.rows else { return }
        let index = y * size.columns + x
        // Overwriting the right half of a wide glyph: blank its left half.
        if cells[index] == .continuation, x > 0, case .glyph(_, let s) = cells[index - 1] {
            cells[index - 1] = .glyph(" ", s)
        }
        // Overwriting the left half of a wide glyph: blank its right half.
        if x + 1 < size.columns, cells[index + 1] == .continuation {
            cells[index + 1] = .glyph(" ", cell.style ?? .normal)
        }
        cells[index] = cell
    }

    private mutating func setContinuation(x: Int, y: Int) {
        guard x >= 0, x < size.columns, y >= 0, y < size.rows else { return }
        let index = y * size.columns + x
        if x + 1 < size.columns, cells[index + 1] == .continuation {
            let style = cells[index - 1].style ?? .normal
            cells[index + 1] = .glyph(" ", style)
        }
        cells[index] = .continuation
    }
}

extension ScreenBuffer {
    /// Replaces glyphs in place, keeping styles: `replacement` returns a one-column glyph for a
    /// one-column one (nil keeps it). Wide glyphs and their continuation cells are left alone.
    public mutating func replaceGlyphs(_ replacement: (Character) -> Character?) {
        for index in cells.indices {
            guard case .glyph(let character, let style) = cells[index], !character.isASCII,
                DisplayWidth.of(character) == 1, let new = replacement(character), DisplayWidth.of(new) == 1
            else { continue }
            cells[index] = .glyph(new, style)
        }
    }
}
