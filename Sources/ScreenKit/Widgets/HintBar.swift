/// One entry of a key-hint bar: the key as printed (`Esc`) and what it does (`返回 Back`).
public struct Hint: Hashable, Sendable {
    public var key: String
    public var label: String

    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}

/// The bottom line of every screen: `[Esc] 返回  [?] 帮助  [Enter] 确定`.
///
/// Hints are listed most important first; those that do not fit are left out whole (never cut in the
/// middle), except the first, which is shortened if even it does not fit.
public enum HintBar {
    /// The gap between two hints.
    public static let separator = "  "

    /// Draws the hints on the first row of `rect` (the rest of the row is cleared).
    public static func draw(_ hints: [Hint], in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.width > 0, rect.height > 0 else { return }
        buffer.fill(rect.row(0), style: .hint)
        var x = rect.x
        for (index, hint) in hints.enumerated() {
            let keyText = "[\(hint.key)]"
            let gap = index == 0 ? 0 : DisplayWidth.of(separator)
            let width = gap + DisplayWidth.of(keyText) + 1 + DisplayWidth.of(hint.label)
            let room = rect.maxX - x
            if width > room {
                if index == 0 {
                    let end = buffer.put(keyText, x: x, y: rect.y, maxWidth: room, style: .hintKey)
                    buffer.put(
                        " " + TextLayout.truncate(hint.label, width: rect.maxX - end - 1), x: end, y: rect.y,
                        maxWidth: rect.maxX - end, style: .hint)
                }
                break
            }
            x += gap
            x = buffer.put(keyText, x: x, y: rect.y, style: .hintKey)
            x = buffer.put(" " + hint.label, x: x, y: rect.y, maxWidth: rect.maxX - x, style: .hint)
        }
    }

    /// The bar as plain text, as it would be drawn in `width` columns.
    public static func text(_ hints: [Hint], width: Int) -> String {
        var buffer = ScreenBuffer(size: Size(columns: width, rows: 1))
        draw(hints, in: buffer.bounds, into: &buffer)
        return buffer.lines[0]
    }
}
