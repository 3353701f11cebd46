/// Measuring, clipping and padding text by display width (never by `count`).
public enum TextLayout {
    /// The ellipsis used when text is cut short: ASCII, because `…` is East Asian Ambiguous width.
    public static let ellipsis = "..."

    /// The longest prefix of `text` that fits in `width` columns (whole grapheme clusters only).
    public static func prefix(_ text: String, width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            result.append(character)
            used += w
        }
        return result
    }

    /// `text` if it fits in `width` columns, otherwise as much as fits followed by `...`.
    public static func truncate(_ text: String, width: Int, ellipsis: String = TextLayout.ellipsis) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let markWidth = DisplayWidth.of(ellipsis)
        if width <= markWidth { return prefix(text, width: width) }
        return prefix(text, width: width - markWidth) + ellipsis
    }

    /// `text` truncated to `width` and padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, width: Int, alignment: Alignment = .leading) -> String {
        let clipped = truncate(text, width: width)
        let gap = max(0, width - DisplayWidth.of(clipped))
        switch alignment {
        case .leading:
            return clipped + String(repeating: " ", count: gap)
        case .trailing:
            return String(repeating: " ", count: gap) + clipped
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + clipped + String(repeating: " ", count: gap - left)
        }
    }
}
