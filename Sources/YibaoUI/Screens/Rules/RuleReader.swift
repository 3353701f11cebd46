import ScreenKit
import YibaoCore

/// Where a person is in a reader document, and how the reader scrolls and draws it.
///
/// The position is kept as "this block, this many lines into it", not as a line number, so a new
/// width (a resize, a language switch) keeps the same words at the top of the window. Having gone to
/// the end, the reader stays at the end.
struct RuleReader: Hashable, Sendable {
    var block = 0
    var lineInBlock = 0
    var atEnd = false

    /// The rows of `area` the text uses: all but a blank row and the position line at the bottom.
    static func textArea(_ area: Rect) -> Rect {
        Rect(x: area.x, y: area.y, width: area.width, height: max(1, area.height - 2))
    }

    /// The first line shown, for this layout and window.
    func top(in layout: ReaderLayout, visibleRows: Int) -> Int {
        let maxTop = PagerState.maxTop(lineCount: layout.lines.count, visibleRows: visibleRows)
        if atEnd { return maxTop }
        guard block < layout.starts.count else { return layout.starts.isEmpty ? 0 : maxTop }
        let end = block + 1 < layout.starts.count ? layout.starts[block + 1] : layout.lines.count
        let line = min(layout.starts[block] + lineInBlock, max(layout.starts[block], end - 1))
        return min(max(0, line), maxTop)
    }

    /// Moves so that line `top` is the first shown.
    mutating func setTop(_ top: Int, in layout: ReaderLayout, visibleRows: Int) {
        let maxTop = PagerState.maxTop(lineCount: layout.lines.count, visibleRows: visibleRows)
        let top = min(max(0, top), maxTop)
        block = layout.block(containing: top)
        lineInBlock = top - (layout.starts.isEmpty ? 0 : layout.starts[block])
        atEnd = maxTop > 0 && top == maxTop
    }

    /// Back to the start of the document.
    mutating func reset() { self = RuleReader() }

    /// Applies a reading command (a line, a page, half a page, the start, the end); false for any other.
    mutating func handle(_ command: Command, blocks: [ReaderBlock], context: ScreenContext) -> Bool {
        let area = RuleReader.textArea(context.contentArea)
        let layout = ReaderLayout(blocks, width: area.width, language: context.language, charset: context.charset)
        var pager = PagerState(top: top(in: layout, visibleRows: area.height))
        guard pager.apply(command, lineCount: layout.lines.count, visibleRows: area.height) else { return false }
        setTop(pager.top, in: layout, visibleRows: area.height)
        return true
    }

    /// Draws the window of text and, on the last row, where the person is, in words.
    func draw(_ blocks: [ReaderBlock], in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        let textArea = RuleReader.textArea(area)
        let layout = ReaderLayout(blocks, width: textArea.width, language: context.language, charset: context.charset)
        let rows = textArea.height
        let top = top(in: layout, visibleRows: rows)
        // A heading on the last row, with its text below the window, is left for the next page
        // (a page down moves by one row less than the window, so it is shown at the top there).
        let last = top + rows - 1
        let hideLast = rows > 1 && last + 1 < layout.lines.count && RuleReader.isHeading(blocks, layout, line: last)
        for (row, line) in layout.lines.dropFirst(top).prefix(hideLast ? rows - 1 : rows).enumerated() {
            var x = textArea.x
            for part in line.parts {
                x = buffer.put(part.text, x: x, y: textArea.y + row, maxWidth: textArea.maxX - x, style: part.style)
            }
        }
        guard area.height >= 3 else { return }
        let words = RuleReader.position(top: top, lineCount: layout.lines.count, visibleRows: rows)
        buffer.put(
            TextLayout.truncate(context.text(words), width: area.width), x: area.x, y: area.maxY - 1,
            maxWidth: area.width, style: .hint)
    }

    /// Whether line `line` of the layout is a line of a heading (or of a line that introduces a list).
    static func isHeading(_ blocks: [ReaderBlock], _ layout: ReaderLayout, line: Int) -> Bool {
        guard line >= 0, line < layout.lines.count, !layout.lines[line].text.isEmpty else { return false }
        let index = layout.block(containing: line)
        guard index < blocks.count else { return false }
        switch blocks[index] {
        case .title, .heading, .strong: return true
        default: return false
        }
    }

    /// "第 2/5 页。下面还有……": the page the window shows, and what to press next.
    static func position(top: Int, lineCount: Int, visibleRows: Int) -> LocalizedText {
        let maxTop = PagerState.maxTop(lineCount: lineCount, visibleRows: visibleRows)
        if maxTop == 0 {
            return .init(zh: "全文就这一页。按 Esc 返回。", en: "This is the whole text. Press Esc to go back.")
        }
        let step = max(1, visibleRows - 1)
        let pages = 1 + (maxTop + step - 1) / step
        let page = top >= maxTop ? pages : top / step + 1
        if top >= maxTop {
            return .init(
                zh: "第 \(page)/\(pages) 页，已经到最后。PgUp 往上翻，Home 回到开头，Esc 返回。",
                en: "Page \(page) of \(pages), the end. PgUp: back a page. Home: the start. Esc: go back.")
        }
        return .init(
            zh: "第 \(page)/\(pages) 页。空格键或 PgDn 往下翻，PgUp 往上翻，End 看来源和说明。",
            en: "Page \(page) of \(pages). Space or PgDn: next page. PgUp: back. End: sources.")
    }
}
