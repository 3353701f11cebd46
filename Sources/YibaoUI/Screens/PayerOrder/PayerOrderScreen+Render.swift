import ScreenKit
import YibaoCore

/// Drawing the payer-order screen: a heading and how-to above the list, the list of accounts in the
/// order they are charged, then whether the order is saved, the worked example and any regional rule.
/// What goes where is worked out in `PayerOrderScreen+Layout.swift`; this file only draws.
extension PayerOrderScreen {
    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        guard let beneficiary else {
            drawNoPayers(in: area, into: &buffer, context: context)
            return
        }
        let top = topLines(context, width: area.width)
        var bottom = bottomLines(context, width: area.width)
        var y = draw(top, at: area.y, in: area, into: &buffer)
        let height = listHeight(areaHeight: area.height, top: top.count, bottom: bottom.count)
        var state = list
        state.clamp(itemCount: rowCount, visibleRows: height - 1)
        // When the list does not fit, the blank line under it says, in words, what is out of view.
        let above = state.offset
        let below = max(0, rowCount - state.offset - (height - 1))
        if above > 0 || below > 0, !bottom.isEmpty {
            let note = PayerOrderWords.moreRows(above: above, below: below)
            bottom[0] = Line(text: TextLayout.truncate(context.text(note), width: area.width), style: .hint)
        }
        let view = listView(context, beneficiary: beneficiary, width: area.width)
        let rect = Rect(x: area.x, y: y, width: area.width, height: min(height, area.maxY - y))
        view.draw(rows(context), state: state, in: rect, into: &buffer)
        y += height
        draw(bottom, at: y, in: area, into: &buffer)
    }

    func listView(_ context: ScreenContext, beneficiary: ResidentID, width: Int) -> ListView {
        let markerWidth = DisplayWidth.of(context.text(PayerOrderWords.movedMarker))
        let wide = width >= 100
        let columns = [
            Column(context.text(PayerOrderWords.columnOrder), width: 4),
            Column(context.text(PayerOrderWords.columnAccount), width: wide ? 16 : 10),
            // Wide windows keep the table compact (the spare room goes after the marker); at 80 columns
            // the relationship takes what is left.
            Column(context.text(PayerOrderWords.columnRelation(context.displayName(beneficiary))), width: wide ? 24 : nil),
            Column(context.text(PayerOrderWords.columnForm), width: wide ? 14 : 12),
            Column(context.text(PayerOrderWords.columnAvailable), width: wide ? 14 : 11, alignment: .trailing),
            Column("", width: wide ? nil : markerWidth),
        ]
        let isMoving = moved != nil && moved == selectedPayer
        return ListView(columns: columns, selectionStyle: isMoving ? .moving : .selection)
    }

    /// Draws `lines` from row `y` down, stopping at the bottom of `area`; returns the next free row.
    @discardableResult
    private func draw(_ lines: [Line], at y: Int, in area: Rect, into buffer: inout ScreenBuffer) -> Int {
        var y = y
        for line in lines {
            guard y < area.maxY else { break }
            buffer.put(line.text, x: area.x, y: y, maxWidth: area.width, style: line.style)
            y += 1
        }
        return y
    }

    private func drawNoPayers(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        var lines = wrap(PayerOrderWords.noPayersTitle, style: .title, context: context, width: area.width)
        lines.append(Line(text: "", style: .normal))
        lines += wrap(PayerOrderWords.noPayers, style: .normal, context: context, width: area.width)
        lines.append(Line(text: "", style: .normal))
        lines += wrap(PayerOrderWords.howToBind, style: .normal, context: context, width: area.width)
        draw(lines, at: area.y, in: area, into: &buffer)
    }
}
