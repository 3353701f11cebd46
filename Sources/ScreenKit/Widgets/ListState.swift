/// Where a list is: the selected row and the first row shown. Kept in app state, changed in `update`.
///
/// Every move keeps two rules: the selection is a valid index (or 0 for an empty list), and the
/// selection is inside the visible window `offset ..< offset + visibleRows`.
public struct ListState: Hashable, Sendable {
    public var selection: Int
    public var offset: Int

    public init(selection: Int = 0, offset: Int = 0) {
        self.selection = selection
        self.offset = offset
    }

    public mutating func moveUp(itemCount: Int, visibleRows: Int) {
        select(selection - 1, itemCount: itemCount, visibleRows: visibleRows)
    }

    public mutating func moveDown(itemCount: Int, visibleRows: Int) {
        select(selection + 1, itemCount: itemCount, visibleRows: visibleRows)
    }

    /// Up one screenful; the selected row keeps its place on the screen when it can.
    public mutating func pageUp(itemCount: Int, visibleRows: Int) {
        let page = max(1, visibleRows - 1)
        offset -= page
        select(selection - page, itemCount: itemCount, visibleRows: visibleRows)
    }

    /// Down one screenful; the selected row keeps its place on the screen when it can.
    public mutating func pageDown(itemCount: Int, visibleRows: Int) {
        let page = max(1, visibleRows - 1)
        offset += page
        select(selection + page, itemCount: itemCount, visibleRows: visibleRows)
    }

    public mutating func home(itemCount: Int, visibleRows: Int) {
        select(0, itemCount: itemCount, visibleRows: visibleRows)
    }

    public mutating func end(itemCount: Int, visibleRows: Int) {
        select(itemCount - 1, itemCount: itemCount, visibleRows: visibleRows)
    }

    /// Selects `index` (clamped) and scrolls as little as possible to show it.
    public mutating func select(_ index: Int, itemCount: Int, visibleRows: Int) {
        selection = index
        clamp(itemCount: itemCount, visibleRows: visibleRows)
    }

    /// Restores both rules after the list or the window changed size (items deleted, terminal resized).
    public mutating func clamp(itemCount: Int, visibleRows: Int) {
        let rows = max(1, visibleRows)
        guard itemCount > 0 else {
            selection = 0
            offset = 0
            return
        }
        selection = min(max(0, selection), itemCount - 1)
        offset = min(max(0, offset), max(0, itemCount - rows))
        if selection < offset { offset = selection }
        if selection >= offset + rows { offset = selection - rows + 1 }
    }

    /// The indices shown in a window of `visibleRows`.
    public func visibleRange(itemCount: Int, visibleRows: Int) -> Range<Int> {
        let start = min(max(0, offset), max(0, itemCount))
        return start..<min(itemCount, start + max(0, visibleRows))
    }
}
