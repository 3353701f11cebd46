import CNCursesw
import ScreenKit

/// Turns theme appearances into ncurses attributes and colour pairs, creating each pair on first use.
struct ColorPairs {
    private struct Colors: Hashable {
        var foreground: Int16
        var background: Int16
    }

    private var pairs: [Colors: Int16] = [:]
    private var cache: [Style: (attr_t, Int16)] = [:]
    let theme: Theme
    let usesColor: Bool

    init(theme: Theme, usesColor: Bool) {
        self.theme = usesColor ? theme : theme.withoutColor
        self.usesColor = usesColor
    }

    /// The attributes and pair number for a style.
    mutating func attributes(for style: Style) -> (attr_t, Int16) {
        if let known = cache[style] { return known }
        let appearance = theme.appearance(for: style)
        var attrs = cn_a_normal()
        if appearance.attributes.contains(.bold) { attrs |= cn_a_bold() }
        if appearance.attributes.contains(.reverse) { attrs |= cn_a_reverse() }
        if appearance.attributes.contains(.underline) { attrs |= cn_a_underline() }
        if appearance.attributes.contains(.dim) { attrs |= cn_a_dim() }
        var pair: Int16 = 0
        if usesColor, appearance.hasColor {
            pair = self.pair(
                Colors(
                    foreground: appearance.foreground?.rawValue ?? -1, background: appearance.background?.rawValue ?? -1
                ))
        }
        cache[style] = (attrs, pair)
        return (attrs, pair)
    }

    private mutating func pair(_ colors: Colors) -> Int16 {
        if let known = pairs[colors] { return known }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < cn_color_pairs(), init_pair(next, colors.foreground, colors.background) != ERR else {
            return 0
        }
        pairs[colors] = next
        return next
    }
}
