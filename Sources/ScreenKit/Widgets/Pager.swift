/// One laid-out line of the text reader.
public struct StyledLine: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

/// Where the reader is: the first line shown. Kept in app state and changed in `update`.
public struct PagerState: Hashable, Sendable {
    public var top: Int

    public init(top: Int = 0) {
        self.top = top
    }

    /// The largest `top` that still fills the window.
    public static func maxTop(lineCount: Int, visibleRows: Int) -> Int {
        max(0, lineCount - max(1, visibleRows))
    }

    /// Scrolls by `lines` (negative: up), staying within the text.
    public mutating func scroll(by lines: Int, lineCount: Int, visibleRows: Int) {
        top = min(max(0, top + lines), Self.maxTop(lineCount: lineCount, visibleRows: visibleRows))
    }

    /// Keeps `top` within the text after the text or the window changed.
    public mutating func clamp(lineCount: Int, visibleRows: Int) {
        scroll(by: 0, lineCount: lineCount, visibleRows: visibleRows)
    }

    /// Applies a reading key: Up/`k`, Down/`j`/Enter, PgUp/`b`, PgDn/Space/`f`, `u`/`d` half pages,
    /// Home/`g`, End/`G`. Returns false for other keys.
    @discardableResult
    public mutating func handle(_ key: Key, lineCount: Int, visibleRows: Int) -> Bool {
        let page = max(1, visibleRows - 1)
        let half = max(1, visibleRows / 2)
        switch key {
        case .up, .char("k"): scroll(by: -1, lineCount: lineCount, visibleRows: visibleRows)
        case .down, .char("j"), .enter: scroll(by: 1, lineCount: lineCount, visibleRows: visibleRows)
        case .pageUp, .char("b"): scroll(by: -page, lineCount: lineCount, visibleRows: visibleRows)
        case .pageDown, .char(" "), .char("f"): scroll(by: page, lineCount: lineCount, visibleRows: visibleRows)
        case .char("u"): scroll(by: -half, lineCount: lineCount, visibleRows: visibleRows)
        case .char("d"): scroll(by: half, lineCount: lineCount, visibleRows: visibleRows)
        case .home, .char("g"): top = 0
        case .end, .char("G"): top = Self.maxTop(lineCount: lineCount, visibleRows: visibleRows)
        default: return false
        }
        return true
    }

    /// True when lines are hidden above the window.
    public var canScrollUp: Bool { top > 0 }

    /// True when lines are hidden below the window.
    public func canScrollDown(lineCount: Int, visibleRows: Int) -> Bool {
        top + visibleRows < lineCount
    }

    /// The percentage read (0...100), for a position indicator.
    public func percent(lineCount: Int, visibleRows: Int) -> Int {
        let maxTop = Self.maxTop(lineCount: lineCount, visibleRows: visibleRows)
        return maxTop == 0 ? 100 : min(100, top * 100 / maxTop)
    }
}

/// A scrolling reader for rule pages and help: lays `TextBlock`s out to a width, draws a window of them.
///
/// Layout is a pure function of the blocks and the width; do it in `update` when the width changes
/// and keep the lines in state, so `render` only draws.
public enum Pager {
    /// Wraps blocks into lines: headings get a blank line before them (except at the top) and the
    /// `.title` role; list items hang their wrapped lines under the text; quotes are indented by 2.
    public static func layout(_ blocks: [TextBlock], width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        let width = max(1, width)
        var previous: TextBlock?
        for block in blocks {
            if let previous, needsBlankLine(between: previous, and: block) { out.append(StyledLine("")) }
            switch block {
            case .heading(let text):
                out += TextWrap.lines(text, width: width).map { StyledLine($0, style: .title) }
            case .paragraph(let text):
                out += TextWrap.lines(text, width: width).map { StyledLine($0) }
            case .listItem(let marker, let text):
                out += TextWrap.lines(text, width: width, prefix: marker + " ").map { StyledLine($0) }
            case .quote(let text):
                out += TextWrap.lines(text, width: width, prefix: "  ").map { StyledLine($0, style: .dim) }
            }
            previous = block
        }
        return out
    }

    /// A heading sits right on top of its text, and list items follow each other; everything else
    /// is separated by one blank line.
    static func needsBlankLine(between previous: TextBlock, and block: TextBlock) -> Bool {
        switch (previous, block) {
        case (.heading, .paragraph), (.heading, .listItem), (.listItem, .listItem): return false
        default: return true
        }
    }

    /// Draws the lines from `state.top` into `rect`.
    public static func draw(_ lines: [StyledLine], state: PagerState, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.width > 0, rect.height > 0 else { return }
        let start = min(max(0, state.top), lines.count)
        for (row, line) in lines[start..<min(lines.count, start + rect.height)].enumerated() {
            buffer.put(line.text, x: rect.x, y: rect.y + row, maxWidth: rect.width, style: line.style)
        }
    }
}
