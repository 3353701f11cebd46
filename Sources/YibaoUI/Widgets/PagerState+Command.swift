import ScreenKit

extension PagerState {
    /// Applies a reading command: a line (Up/Down), a page, half a page, the start or the end.
    /// Returns false for commands a reader does not use.
    @discardableResult
    mutating func apply(_ command: Command, lineCount: Int, visibleRows: Int) -> Bool {
        let page = max(1, visibleRows - 1)
        let half = max(1, visibleRows / 2)
        switch command {
        case .up: scroll(by: -1, lineCount: lineCount, visibleRows: visibleRows)
        case .down: scroll(by: 1, lineCount: lineCount, visibleRows: visibleRows)
        case .pageUp: scroll(by: -page, lineCount: lineCount, visibleRows: visibleRows)
        case .pageDown: scroll(by: page, lineCount: lineCount, visibleRows: visibleRows)
        case .halfPageUp: scroll(by: -half, lineCount: lineCount, visibleRows: visibleRows)
        case .halfPageDown: scroll(by: half, lineCount: lineCount, visibleRows: visibleRows)
        case .first: top = 0
        case .last: top = Self.maxTop(lineCount: lineCount, visibleRows: visibleRows)
        default: return false
        }
        return true
    }
}
