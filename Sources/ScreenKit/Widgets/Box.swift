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
        let horizontal = String(repeating: String(g.horizontal), count: rect.width - 2)
        buffer.put(String(g.topLeft) + horizontal + String(g.topRight), x: rect.x, y: rect.y, style: style)
        buffer.put(String(g.bottomLeft) + horizontal + String(g.bottomRight), x: rect.x, y: rect.maxY - 1, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.put(String(g.vertical), x: rect.x, y: y, style: style)
            buffer.put(String(g.vertical), x: rect.maxX - 1, y: y, style: style)
        }
        if let title, !title.isEmpty, rect.width >= 6 {
            let text = " " + TextLayout.truncate(title, width: rect.width - 6) + " "
            buffer.put(text, x: rect.x + 2, y: rect.y, maxWidth: rect.width - 4, style: titleStyle)
        }
        return rect.inset(by: 1)
    }
}
