import ScreenKit
import YibaoCore

extension FormState {
    /// Rows the form needs: two per visible field (value, then note or error), plus the button row.
    public var height: Int { fields.filter(\.isVisible).count * 2 + 1 }

    /// Draws the fields from the top of `area`; an open option list is drawn over the fields below.
    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        var y = area.y
        var pickerOrigin: (Int, Rect)?
        let labelWidth = min(FormState.labelWidth, area.width / 3)
        let valueX = area.x + labelWidth + 2
        let valueWidth = max(4, min(44, area.maxX - valueX))
        for (index, field) in fields.enumerated() where field.isVisible {
            guard y < area.maxY else { break }
            let focused = index == focus
            let marker = focused ? "> " : "  "
            let labelStyle: Style = focused ? Style.title.adding(.bold) : .normal
            buffer.put(marker + context.text(field.label), x: area.x, y: y, maxWidth: labelWidth + 2, style: labelStyle)
            let valueRect = Rect(x: valueX, y: y, width: valueWidth, height: 1)
            switch field.kind {
            case .text(let textField):
                textField.draw(
                    in: valueRect, into: &buffer, isFocused: focused && picker == nil,
                    placeholder: field.placeholder.map { context.text($0) } ?? "",
                    style: focused ? Style.input.adding(.underline) : .input)
            case .choice(let options):
                let chosen = options.indices.contains(field.selected) ? context.text(options[field.selected]) : ""
                let text = "< " + chosen + " >"
                buffer.fill(valueRect, style: focused ? Style.input.adding(.underline) : .input)
                buffer.put(text, x: valueRect.x, y: y, maxWidth: valueRect.width, style: focused ? Style.input.adding(.underline) : .input)
                if focused, picker != nil { pickerOrigin = (index, valueRect) }
            }
            if y + 1 < area.maxY {
                if let error = field.error {
                    buffer.put(
                        "[!] " + context.text(error), x: valueX, y: y + 1, maxWidth: area.maxX - valueX, style: .error)
                } else if focused, let note = field.note {
                    buffer.put(context.text(note), x: valueX, y: y + 1, maxWidth: area.maxX - valueX, style: .dim)
                }
            }
            y += 2
        }
        if y < area.maxY {
            let focused = isOnButton
            let label = (focused ? "> " : "  ") + "[ " + context.text(submitLabel) + " ]"
            buffer.put(label, x: valueX - 2, y: y, maxWidth: area.maxX - valueX + 2, style: focused ? .selection : .normal)
        }
        if let (index, valueRect) = pickerOrigin, let list = picker {
            drawPicker(fields[index].options, list: list, below: valueRect, in: area, into: &buffer, context: context)
        }
    }

    private func drawPicker(
        _ options: [LocalizedText], list: ListState, below valueRect: Rect, in area: Rect, into buffer: inout ScreenBuffer,
        context: ScreenContext
    ) {
        let rows = min(options.count, FormState.pickerRows)
        let height = rows + 2
        var top = valueRect.y + 1
        if top + height > area.maxY { top = max(area.y, area.maxY - height) }
        let widest = options.map { DisplayWidth.of(context.text($0)) }.max() ?? 10
        let width = min(area.maxX - valueRect.x, max(widest + 6, 24))
        let box = Rect(x: valueRect.x, y: top, width: width, height: height)
        buffer.fill(box)
        let inside = Box.draw(
            box, into: &buffer, title: context.text(.init(zh: "请选择", en: "Choose one")), charset: context.charset)
        let visible = list.visibleRange(itemCount: options.count, visibleRows: rows)
        for (slot, index) in visible.enumerated() {
            let selected = index == list.selection
            let text = (selected ? "> " : "  ") + context.text(options[index])
            if selected { buffer.fill(inside.row(slot), style: .selection) }
            buffer.put(text, x: inside.x, y: inside.y + slot, maxWidth: inside.width, style: selected ? .selection : .normal)
        }
    }
}
