import ScreenKit
import YibaoCore

/// Where each part of the balance screen goes in the content area.
///
/// At 80x24 (a 76x20 area): the heading (whose account, as of when) on the first row, a blank row,
/// the big digits (5 rows) with the block beside them (the balance in words, then this year's
/// credits and spending), the earmark note if any, a blank row, and the ledger (its header and the
/// rest of the rows). When the block does not fit beside the digits it goes under them; when even
/// the digits do not fit they are left out (the block still says the amount in words).
struct BalanceLayout: Equatable {
    var heading: Rect
    var digits: Rect?
    var side: Rect
    var note: Rect?
    var ledger: Rect
    /// How large the big digits are drawn: 2 (twice as wide and tall) where the screen has the room
    /// (a kiosk, a large window), else 1.
    var digitScale = 1

    /// Columns between the big digits and the block beside them.
    static let gap = 4

    init(area: Rect, summary: BalanceBlock, noteLines: Int) {
        heading = area.row(0)
        var y = area.y + 2
        let sideRows = summary.sideRows(width: area.width).count
        // Twice the size when the doubled digits, the block beside them and a dozen ledger rows all fit.
        let doubled = BigDigits.width(of: summary.digits, scale: 2)
        let sideNeed = min(summary.sideWidth, max(summary.minimumSideWidth, DisplayWidth.of(summary.yearHeading)))
        if doubled + Self.gap + sideNeed <= area.width, area.height >= 2 + BigDigits.height(scale: 2) + 14 {
            digitScale = 2
        }
        let digitsWidth = BigDigits.width(of: summary.digits, scale: digitScale)
        if digitsWidth <= area.width {
            let rect = Rect(x: area.x, y: y, width: digitsWidth, height: BigDigits.height(scale: digitScale))
            digits = rect
            let besideWidth = area.maxX - rect.maxX - Self.gap
            if besideWidth >= min(summary.sideWidth, max(summary.minimumSideWidth, DisplayWidth.of(summary.yearHeading))) {
                side = Rect(x: rect.maxX + Self.gap, y: y, width: besideWidth, height: sideRows)
                y += max(rect.height, sideRows)
            } else {
                side = Rect(x: area.x, y: rect.maxY + 1, width: area.width, height: sideRows)
                y = side.maxY
            }
        } else {
            digits = nil
            side = Rect(x: area.x, y: y, width: area.width, height: sideRows)
            y = side.maxY
        }
        if noteLines > 0 {
            note = Rect(x: area.x, y: y, width: area.width, height: noteLines)
            y += noteLines
        }
        y += 1
        ledger = Rect(x: area.x, y: y, width: area.width, height: max(0, area.maxY - y))
    }

    /// The layout of `person`'s summary in `area`, with the summary it was made for.
    static func make(person: ResidentID, context: ScreenContext, area: Rect) -> (BalanceLayout, BalanceBlock, [String]) {
        let summary = BalanceBlock(person: person, context: context, area: area)
        let notes = noteLines(summary, width: area.width)
        return (BalanceLayout(area: area, summary: summary, noteLines: notes.count), summary, notes)
    }

    /// The earmark note wrapped to the area's width (at most two rows), then what the figures are and
    /// how to check the real balance (`HonestFigures`, at most two rows).
    static func noteLines(_ summary: BalanceBlock, width: Int) -> [String] {
        var lines: [String] = []
        if let note = summary.earmarkNote { lines += TextWrap.lines(note, width: width).prefix(2) }
        return lines + honestLines(summary, width: width)
    }

    /// The honest-figures rows, the last of `noteLines` (drawn quietly, not as a warning): two rows at
    /// 76 columns, three in the ASCII charset's longer English.
    static func honestLines(_ summary: BalanceBlock, width: Int) -> [String] {
        Array(TextWrap.lines(summary.honestNote, width: width).prefix(3))
    }
}
