import ScreenKit
import YibaoCore

/// Where each part of the balance screen goes in the content area.
///
/// At 80x24 (a 76x20 area): the heading with the amount in words on the first row, a blank row, the
/// big digits (5 rows) with "this year" beside them, the earmark note if any, a blank row, and the
/// ledger (its header and the rest of the rows). When the digits and the block do not fit side by
/// side the block goes under the digits; when even the digits do not fit they are left out (the
/// heading still says the amount).
struct BalanceLayout: Equatable {
    var heading: Rect
    var digits: Rect?
    var year: Rect
    var note: Rect?
    var ledger: Rect

    /// Columns between the big digits and the block beside them.
    static let gap = 4

    init(area: Rect, summary: BalanceSummary, noteLines: Int) {
        heading = area.row(0)
        var y = area.y + 2
        let digitsWidth = BigDigits.width(of: summary.digits)
        let yearRows = summary.yearRows.count
        if digitsWidth <= area.width {
            let rect = Rect(x: area.x, y: y, width: digitsWidth, height: BigDigits.height)
            digits = rect
            if digitsWidth + Self.gap + summary.yearWidth <= area.width {
                year = Rect(x: rect.maxX + Self.gap, y: y, width: area.maxX - rect.maxX - Self.gap, height: yearRows)
                y += BigDigits.height
            } else {
                year = Rect(x: area.x, y: rect.maxY + 1, width: area.width, height: yearRows)
                y = year.maxY
            }
        } else {
            digits = nil
            year = Rect(x: area.x, y: y, width: area.width, height: yearRows)
            y = year.maxY
        }
        if noteLines > 0 {
            note = Rect(x: area.x, y: y, width: area.width, height: noteLines)
            y += noteLines
        }
        y += 1
        ledger = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)
    }

    /// The earmark note wrapped to the area's width (at most two rows).
    static func noteLines(_ summary: BalanceSummary, width: Int) -> [String] {
        guard let note = summary.earmarkNote else { return [] }
        return Array(TextWrap.lines(note, width: width).prefix(2))
    }
}
