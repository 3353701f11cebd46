/// The screen shown when the terminal is smaller than the app needs: the caller's words, wrapped and
/// centred, as much as fits. It draws something sensible at any size, down to 1x1, and never crashes.
public enum TooSmall {
    /// Clears the buffer and draws `message` (its lines wrapped to the width) in the middle.
    /// The first line gets the `.warning` role; callers include the needed size in words, e.g.
    /// `窗口太小，请放大到至少 60x20` / `Window too small: please make it at least 60x20`.
    public static func draw(_ message: [String], into buffer: inout ScreenBuffer) {
        let area = buffer.bounds
        buffer.fill(area)
        buffer.cursor = nil
        guard !area.isEmpty else { return }
        var lines: [StyledLine] = []
        for (index, paragraph) in message.enumerated() {
            let style: Style = index == 0 ? .warning : .normal
            lines += TextWrap.lines(paragraph, width: area.width).map { StyledLine($0, style: style) }
        }
        let shown = Array(lines.prefix(area.height))
        let top = (area.height - shown.count) / 2
        for (row, line) in shown.enumerated() {
            let x = max(0, (area.width - DisplayWidth.of(line.text)) / 2)
            buffer.put(line.text, x: x, y: top + row, maxWidth: area.width - x, style: line.style)
        }
    }
}
