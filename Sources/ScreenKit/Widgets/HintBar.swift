/// One entry of a key-hint bar: the key as printed (`Esc`) and what it does (`返回 Back`).
public struct Hint: Hashable, Sendable {
    public var key: String
    public var label: String
    /// Kept when the bar is too narrow for everything (how to go back, how to get help).
    public var isEssential: Bool

    public init(key: String, label: String, isEssential: Bool = false) {
        self.key = key
        self.label = label
        self.isEssential = isEssential
    }

    /// The same hint, marked as one the bar must keep.
    public var essential: Hint {
        var copy = self
        copy.isEssential = true
        return copy
    }
}

/// The bottom line of every screen: `[Esc] 返回  [?] 帮助  [Enter] 确定`.
///
/// Hints are listed most important first. When they do not all fit, the last hints that are not
/// essential are left out whole (never cut in the middle) until the rest fits, so "back" and "help"
/// stay; if even the essential ones do not fit, the first is shortened and the rest dropped.
public enum HintBar {
    /// The gap between two hints.
    public static let separator = "  "

    /// The hints that fit in `width` columns, essential ones kept first.
    public static func fitting(_ hints: [Hint], width: Int) -> [Hint] {
        var kept = hints
        while totalWidth(kept) > width, let last = kept.lastIndex(where: { !$0.isEssential }) {
            kept.remove(at: last)
        }
        // Too narrow even for the essentials: draw in order, shortening the first.
        return kept.isEmpty || totalWidth(kept) > width ? hints : kept
    }

    static func totalWidth(_ hints: [Hint]) -> Int {
        hints.enumerated().reduce(0) { sum, item in
            sum + (item.offset == 0 ? 0 : DisplayWidth.of(separator))
                + DisplayWidth.of(Sanitizer.inert("[\(item.element.key)]")) + 1
                + DisplayWidth.of(Sanitizer.inert(item.element.label))
        }
    }

    /// Draws the hints on the first row of `rect` (the rest of the row is cleared).
    public static func draw(_ allHints: [Hint], in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.width > 0, rect.height > 0 else { return }
        let hints = fitting(allHints, width: rect.width)
        buffer.fill(rect.row(0), style: .hint)
        var x = rect.x
        for (index, hint) in hints.enumerated() {
            // Measured as drawn: `put` sanitises, and `<U+202E>` is wider than the mark it stands for.
            let keyText = Sanitizer.inert("[\(hint.key)]")
            let label = Sanitizer.inert(hint.label)
            let gap = index == 0 ? 0 : DisplayWidth.of(separator)
            let width = gap + DisplayWidth.of(keyText) + 1 + DisplayWidth.of(label)
            let room = rect.maxX - x
            if width > room {
                if index == 0 {
                    let end = buffer.put(keyText, x: x, y: rect.y, maxWidth: room, style: .hintKey)
                    buffer.put(
                        " " + TextLayout.truncate(label, width: rect.maxX - end - 1), x: end, y: rect.y,
                        maxWidth: rect.maxX - end, style: .hint)
                }
                break
            }
            x += gap
            x = buffer.put(keyText, x: x, y: rect.y, maxWidth: rect.maxX - x, style: .hintKey)
            x = buffer.put(" " + label, x: x, y: rect.y, maxWidth: rect.maxX - x, style: .hint)
        }
    }

    /// The bar as plain text, as it would be drawn in `width` columns.
    public static func text(_ hints: [Hint], width: Int) -> String {
        var buffer = ScreenBuffer(size: Size(columns: width, rows: 1))
        draw(hints, in: buffer.bounds, into: &buffer)
        return buffer.lines[0]
    }
}
