/// A list column: a title, a width in display columns (nil: whatever is left), and an alignment.
public struct Column: Hashable, Sendable {
    public var title: String
    public var width: Int?
    public var alignment: Alignment

    public init(_ title: String, width: Int? = nil, alignment: Alignment = .leading) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// A table of rows with columns aligned by display width, a header, and a selected row.
///
/// Each row starts with a 2-column gutter holding the `>` marker on the selected row, so selection is
/// visible without colour; the selected row also gets `selectionStyle` (`.selection`, or `.moving` while
/// an entry is being moved). Cells too long for their column end in `...`; amounts align right.
public struct ListView: Sendable {
    public var columns: [Column]
    public var showsHeader: Bool
    public var selectionStyle: Style
    public var marker: String
    /// Columns between two cells.
    public var spacing: Int

    public init(
        columns: [Column], showsHeader: Bool = true, selectionStyle: Style = .selection, marker: String = "> ",
        spacing: Int = 2
    ) {
        self.columns = columns
        self.showsHeader = showsHeader
        self.selectionStyle = selectionStyle
        self.marker = marker
        self.spacing = spacing
    }

    /// Rows available for items in a rectangle of `height` (the header takes one).
    public func visibleRows(height: Int) -> Int {
        max(0, height - (showsHeader ? 1 : 0))
    }

    /// The width of each column in a rectangle of `width` (fixed widths first; flexible ones share the rest).
    public func columnWidths(width: Int) -> [Int] {
        let gutter = DisplayWidth.of(marker)
        let gaps = spacing * max(0, columns.count - 1)
        let fixed = columns.compactMap(\.width).reduce(0, +)
        let flexibleCount = columns.filter { $0.width == nil }.count
        let rest = max(0, width - gutter - gaps - fixed)
        var remaining = rest
        var flexibleSeen = 0
        return columns.map { column in
            if let w = column.width { return w }
            flexibleSeen += 1
            let share = flexibleSeen == flexibleCount ? remaining : rest / max(1, flexibleCount)
            remaining -= share
            return share
        }
    }

    /// Draws the header and the rows in `state`'s window into `rect`.
    /// `rows[i][j]` is the text of row `i`, column `j`; missing cells are blank.
    public func draw(_ rows: [[String]], state: ListState, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.width > 0, rect.height > 0 else { return }
        let widths = columnWidths(width: rect.width)
        var y = rect.y
        if showsHeader {
            buffer.put(
                line(columns.map(\.title), widths: widths, gutter: ""), x: rect.x, y: y, maxWidth: rect.width,
                style: .title)
            y += 1
        }
        let visible = visibleRows(height: rect.height)
        for index in state.visibleRange(itemCount: rows.count, visibleRows: visible) {
            let isSelected = index == state.selection
            let style = isSelected ? selectionStyle : .normal
            let row = Rect(x: rect.x, y: y, width: rect.width, height: 1)
            if isSelected { buffer.fill(row, style: style) }
            let gutter = isSelected ? marker : String(repeating: " ", count: DisplayWidth.of(marker))
            buffer.put(
                line(rows[index], widths: widths, gutter: gutter), x: rect.x, y: y, maxWidth: rect.width, style: style)
            y += 1
        }
    }

    private func line(_ cells: [String], widths: [Int], gutter: String) -> String {
        var text = gutter.isEmpty ? String(repeating: " ", count: DisplayWidth.of(marker)) : gutter
        for (index, column) in columns.enumerated() {
            if index > 0 { text += String(repeating: " ", count: spacing) }
            let cell = index < cells.count ? cells[index] : ""
            text += TextLayout.pad(Sanitizer.inert(cell), width: widths[index], alignment: column.alignment)
        }
        return text
    }
}
