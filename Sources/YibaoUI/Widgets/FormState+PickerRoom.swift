import ScreenKit
import YibaoCore

extension FormState {
    /// Sets how many options an open list shows, from the room under the focused field in `area` (the
    /// rectangle the form is rendered into) on a window `screenRows` tall. Screens call it before `handle`,
    /// so paging moves by the rows that are drawn; the list keeps its place in view.
    public mutating func fitPicker(in area: Rect, screenRows: Int, context: ScreenContext) {
        let top = isOnButton ? nil : fieldTops(in: area, context: context)[focus]
        let extra = !isOnButton && fields[focus].search != nil ? 1 : 0
        let room = top.map { area.maxY - ($0 + 1) - FormState.pickerMargin - 2 - extra } ?? 0
        pickerLimit = FormState.pickerLimit(room: room, screenRows: screenRows)
        if var list = picker {
            list.clamp(itemCount: pickerItems.count, visibleRows: pickerRows)
            picker = list
        }
    }

    /// The most options a list shows: the rows it has under its field (`room`), never fewer than 10 and
    /// never more than 10 plus the rows the window has beyond 24, so an 80x24 window keeps its 10 rows.
    public static func pickerLimit(room: Int, screenRows: Int) -> Int {
        min(max(pickerRows, room), pickerRows + max(0, screenRows - 24))
    }

    /// Blank rows kept between an open list and the hint line under the form.
    static let pickerMargin = 1

    /// The row each visible field's value is drawn on in `area`, as `render` lays them out.
    func fieldTops(in area: Rect, context: ScreenContext) -> [Int: Int] {
        let labelWidth = min(FormState.labelWidth, area.width / 3)
        let valueX = area.x + labelWidth + 2
        let below = linesBelowFields(width: area.maxX - valueX, spareRows: area.height - height, context: context)
        var y = area.y
        var tops: [Int: Int] = [:]
        for (index, field) in fields.enumerated() where field.isVisible {
            guard y < area.maxY else { break }
            tops[index] = y
            y += 1 + max(1, below[index]?.lines.count ?? 0)
        }
        return tops
    }
}

extension FormState {
    /// Where a screen with a one-line intro above its form draws the form in `area`: a blank row after
    /// the intro when the form has room for it.
    public func area(belowIntroIn area: Rect) -> Rect {
        let gap = area.height - 1 >= height + 1 ? 2 : 1
        return area.splitTop(min(area.height, gap)).rest
    }
}

extension FormState {
    /// One key on a screen whose form sits below its intro: the open list fitted to the room first, the
    /// key taken, and a changed field's mark cleared (it is checked again on saving). The screen acts on
    /// `.submit` and `.cancel`.
    public mutating func handleOnScreen(_ input: Input, context: ScreenContext) -> Outcome {
        fitPicker(in: area(belowIntroIn: context.contentArea), screenRows: context.size.rows, context: context)
        let outcome = handle(input)
        if case .changed(let id) = outcome { setError(id, nil) }
        return outcome
    }
}
