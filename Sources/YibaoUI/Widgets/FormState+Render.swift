import ScreenKit
import YibaoCore

extension FormState {
    /// Rows the form needs: two per visible field (value, then note or error), plus the button row.
    public var height: Int { fields.filter(\.isVisible).count * 2 + 1 }

    /// Draws the fields from the top of `area`; an open option list is drawn over the fields below.
    ///
    /// A problem or note too long for its line wraps onto extra rows while `area` has rows to spare
    /// (beyond `height`); what still does not fit ends in `...`.
    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        var y = area.y
        var pickerOrigin: (Int, Rect)?
        let labelWidth = min(FormState.labelWidth, area.width / 3)
        let valueX = area.x + labelWidth + 2
        let valueWidth = max(4, min(44, area.maxX - valueX))
        let below = linesBelowFields(width: area.maxX - valueX, spareRows: area.height - height, context: context)
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
            let lines = below[index] ?? (lines: [], style: .normal)
            for (offset, line) in lines.lines.enumerated() where y + 1 + offset < area.maxY {
                buffer.put(line, x: valueX, y: y + 1 + offset, maxWidth: area.maxX - valueX, style: lines.style)
            }
            y += 1 + max(1, lines.lines.count)
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

    /// The rows under each visible field: its problem (`[!] ...`, wrapped), or the focused field's note.
    /// Each field has one row; rows to spare go to the first fields that need them.
    func linesBelowFields(width: Int, spareRows: Int, context: ScreenContext) -> [Int: (
        lines: [String], style: Style
    )] {
        var spare = max(0, spareRows)
        var result: [Int: (lines: [String], style: Style)] = [:]
        for (index, field) in fields.enumerated() where field.isVisible {
            let text: String
            let style: Style
            if let error = field.error {
                (text, style) = ("[!] " + context.text(error), .error)
            } else if index == focus, let note = field.note {
                (text, style) = (context.text(note), .dim)
            } else {
                continue
            }
            let indent = style == .error ? "    " : ""
            var lines = TextWrap.lines(text, width: max(1, width))
            if lines.count > 1 {
                // Continuation lines line up under the text after the `[!]` marker.
                let continuation = TextWrap.lines(rest(of: text, after: lines[0]), width: max(1, width - indent.count))
                lines = [lines[0]] + continuation.map { indent + $0 }
            }
            let room = 1 + min(spare, lines.count - 1)
            spare -= room - 1
            if lines.count > room {
                lines = Array(lines.prefix(room))
                lines[room - 1] = TextLayout.truncate(lines[room - 1] + TextLayout.ellipsis, width: width)
            }
            result[index] = (lines, style)
        }
        return result
    }

    /// What is left of `text` once its first wrapped line is taken off (leading spaces dropped).
    private func rest(of text: String, after first: String) -> String {
        var rest = Substring(text.dropFirst(first.count))
        while rest.first == " " { rest.removeFirst() }
        return String(rest)
    }

    private func drawPicker(
        _ options: [LocalizedText], list: ListState, below valueRect: Rect, in area: Rect, into buffer: inout ScreenBuffer,
        context: ScreenContext
    ) {
        let search = fields[focus].search
        // A searchable list has a row for what was typed above its matches.
        let extra = search == nil ? 0 : 1
        // The rows fitted at the last key, but never more than this window holds: a window that shrank with
        // the list open gets the list it would get at its new size at once, not at the next key.
        let rows = min(pickerRows, FormState.pickerLimit(room: area.height - 2 - extra, screenRows: buffer.size.rows))
        var list = list
        list.clamp(itemCount: pickerItems.count, visibleRows: rows)
        let height = rows + 2 + extra
        var top = valueRect.y + 1
        if top + height > area.maxY { top = max(area.y, area.maxY - height) }
        let shown = list.visibleRange(itemCount: pickerItems.count, visibleRows: rows).map { pickerItems[$0] }
        let widest = shown.map { DisplayWidth.of(context.text(options[$0])) }.max() ?? 10
        let promptWidth = search.map { DisplayWidth.of(context.text($0.prompt)) + 12 } ?? 0
        let width = min(area.maxX - valueRect.x, max(widest + 6, 24, promptWidth))
        let box = Rect(x: valueRect.x, y: top, width: width, height: height)
        // Clear the rows the list covers to the right edge, so no piece of a note or value peeks out beside it.
        buffer.fill(Rect(x: box.x, y: box.y, width: area.maxX - box.x, height: box.height))
        let title = search.map { context.text($0.prompt) } ?? context.text(.init(zh: "请选择", en: "Choose one"))
        let inside = Box.draw(box, into: &buffer, title: title, charset: context.charset)
        if search != nil {
            let typed = context.text(.init(zh: "已输入：", en: "Typed: ")) + Sanitizer.inert(pickerQuery) + "_"
            buffer.put(typed, x: inside.x, y: inside.y, maxWidth: inside.width, style: .input)
        }
        if pickerItems.isEmpty {
            let none = LocalizedText(
                zh: "没有找到“\(Sanitizer.inert(pickerQuery))”，请按退格键改一改。",
                en: "Nothing matches “\(Sanitizer.inert(pickerQuery))”: press Backspace to change it.")
            buffer.put(context.text(none), x: inside.x, y: inside.y + extra, maxWidth: inside.width, style: .error)
            return
        }
        let visible = list.visibleRange(itemCount: pickerItems.count, visibleRows: rows)
        for (slot, item) in visible.enumerated() {
            let index = pickerItems[item]
            let selected = item == list.selection
            let text = (selected ? "> " : "  ") + context.text(options[index])
            let row = inside.y + extra + slot
            if selected { buffer.fill(Rect(x: inside.x, y: row, width: inside.width, height: 1), style: .selection) }
            buffer.put(text, x: inside.x, y: row, maxWidth: inside.width, style: selected ? .selection : .normal)
        }
    }
}
