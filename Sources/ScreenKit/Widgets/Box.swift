/// A border around a rectangle, with an optional title set into the top edge.
///
/// Box-drawing characters are East Asian Ambiguous width: ScreenKit counts them as 1 column, and
/// `Charset.ascii` draws `+-|` for terminals that are not UTF-8 or that show them wide.
public enum Box {
    /// Draws the border on the edge of `rect` and returns the inside (the rectangle inset by one).
    @discardableResult
    public static func draw(
        _ rect: Rect, into buffer: inout ScreenBuffer, title: String? = nil,
        charset: Charset = .unicode, style: Style = .border, titleStyle: Style = .title
    ) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let g = charset.box
        // Runs of one glyph (`putRun`), as `put` would write them, without sanitising each copy.
        for (y, left, right) in [(rect.y, g.topLeft, g.topRight), (rect.maxY - 1, g.bottomLeft, g.bottomRight)] {
            buffer.putRun(left, count: 1, x: rect.x, y: y, style: style)
            buffer.putRun(g.horizontal, count: rect.width - 2, x: rect.x + 1, y: y, style: style)
            buffer.putRun(right, count: 1, x: rect.maxX - 1, y: y, style: style)
        }
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.putRun(g.vertical, count: 1, x: rect.x, y: y, style: style)
            buffer.putRun(g.vertical, count: 1, x: rect.maxX - 1, y: y, style: style)
        }
        if let title, !title.isEmpty, rect.width >= 6 {
            let text = " " + TextLayout.truncate(title, width: rect.width - 6) + " "
            buffer.put(text, x: rect.x + 2, y: rect.y, maxWidth: rect.width - 4, style: titleStyle)
        }
        return rect.inset(by: 1)
    }
}
