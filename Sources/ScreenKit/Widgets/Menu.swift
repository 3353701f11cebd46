/// One menu entry: the key that chooses it (`1`) and its words (`余额 Balance`).
public struct MenuItem: Hashable, Sendable {
    public var key: String
    public var title: String
    /// A second, quieter line of explanation, shown when there is room.
    public var detail: String?

    public init(key: String, title: String, detail: String? = nil) {
        self.key = key
        self.title = title
        self.detail = detail
    }
}

/// A numbered menu with big, well-spaced entries: `> [1] 余额 Balance`.
///
/// The selected entry is shown twice over: a `>` marker (which survives monochrome and screen
/// readers' text dumps) and the `.selection` role across the whole row. Entries get a blank row
/// between them when there is room, and a detail line under the title when there is more room.
/// When the entries do not fit, the list scrolls so the selection stays in view.
public enum Menu {
    /// The selection marker and the blank gutter of the other rows.
    public static let marker = "> "
    static let gutter = "  "

    /// Draws `items` in `rect` with `selection` highlighted.
    public static func draw(_ items: [MenuItem], selection: Int, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard !items.isEmpty, rect.height > 0, rect.width > 0 else { return }
        let hasDetails = items.contains { $0.detail != nil }
        let rowsPerItem: Int
        if hasDetails && rect.height >= items.count * 3 {
            rowsPerItem = 3
        } else if rect.height >= items.count * 2 {
            rowsPerItem = 2
        } else {
            rowsPerItem = 1
        }
        let visible = max(1, rect.height / rowsPerItem)
        let selected = min(max(0, selection), items.count - 1)
        let first = min(max(0, selected - visible + 1), max(0, items.count - visible))
        for (slot, index) in (first..<min(items.count, first + visible)).enumerated() {
            let item = items[index]
            let y = rect.y + slot * rowsPerItem
            let isSelected = index == selected
            let style: Style = isSelected ? .selection : .normal
            if isSelected { buffer.fill(rect.row(slot * rowsPerItem), style: style) }
            let text = (isSelected ? marker : gutter) + "[\(item.key)] " + item.title
            buffer.put(
                TextLayout.truncate(text, width: rect.width), x: rect.x, y: y, maxWidth: rect.width, style: style)
            if rowsPerItem == 3, let detail = item.detail {
                let indent = DisplayWidth.of(gutter + "[\(item.key)] ")
                buffer.put(
                    TextLayout.truncate(detail, width: rect.width - indent), x: rect.x + indent, y: y + 1,
                    maxWidth: rect.width - indent, style: .dim)
            }
        }
    }

    /// The index of the item whose key is `key` (typing `3` jumps to `[3]`), if any.
    public static func index(of key: Character, in items: [MenuItem]) -> Int? {
        items.firstIndex {
            $0.key.count == 1 && $0.key.first.map { String($0).lowercased() } == String(key).lowercased()
        }
    }
}
