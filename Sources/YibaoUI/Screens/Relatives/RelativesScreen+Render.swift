import ScreenKit
import YibaoCore

/// Drawing the Relatives screen: its two sections, scrolled so the selected entry is in view.
extension RelativesScreen {
    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        guard context.snapshot?.owner != nil else {
            let text = LocalizedText(
                zh: "还不知道这是谁的账户，所以不能列出亲属。请先完成首次设置。",
                en: "It is not yet known whose account this is, so relatives cannot be listed. Please finish the set-up first.")
            for (i, line) in TextWrap.lines(context.text(text), width: area.width).enumerated() where i < area.height {
                buffer.put(line, x: area.x, y: area.y + i, maxWidth: area.width)
            }
            return
        }
        let all = entries(context)
        let rest = others(context, entries: all)
        let lines = layout(all, others: rest, context: context)
        // Render is pure: clamp a copy of the scroll position for this size.
        var shownSelection = min(max(0, selection), max(0, all.count + rest.count - 1))
        if all.isEmpty && rest.isEmpty { shownSelection = -1 }
        let top = RelativesScreen.offset(showing: shownSelection, in: lines, current: offset, rows: area.height)
        let columns = RelativesColumns(all, others: rest, context: context, width: area.width)
        for (row, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.y + row
            switch line {
            case .heading(let text):
                buffer.put(context.text(text), x: area.x, y: y, maxWidth: area.width, style: Style.title.adding(.bold))
            case .note(let text):
                buffer.put("  " + context.text(text), x: area.x, y: y, maxWidth: area.width, style: .dim)
            case .blank:
                break
            case .entry(let index, let detail):
                let selected = index == shownSelection
                let style: Style = selected ? .selection : .normal
                let rowRect = Rect(x: area.x, y: y, width: area.width, height: 1)
                if selected { buffer.fill(rowRect, style: style) }
                let text: String
                if all.indices.contains(index) {
                    text = detail ? columns.detail(all[index]) : columns.main(all[index], selected: selected)
                } else {
                    let other = rest[index - all.count]
                    text = detail ? columns.detail(other) : columns.main(other, selected: selected)
                }
                buffer.put(text, x: area.x, y: y, maxWidth: area.width, style: detail && !selected ? .dim : style)
            }
        }
        if top > 0 {
            let arrow = context.charset == .ascii ? "^" : "↑"
            let mark = arrow + " " + context.text(.init(zh: "上面还有", en: "more above"))
            buffer.put(mark, x: area.maxX - DisplayWidth.of(mark), y: area.y, style: .dim)
        }
        if top + area.height < lines.count {
            let arrow = context.charset == .ascii ? "v" : "↓"
            let mark = arrow + " " + context.text(.init(zh: "下面还有", en: "more below"))
            buffer.put(mark, x: area.maxX - DisplayWidth.of(mark), y: area.maxY - 1, style: .dim)
        }
    }
}

/// Column widths for the entries, by display width so Chinese names line up.
struct RelativesColumns {
    let context: ScreenContext
    let nameWidth: Int
    let relationWidth: Int
    let household: Household?

    init(_ all: [RelativeEntry], others: [OtherRelative] = [], context: ScreenContext, width: Int) {
        self.context = context
        household = context.household
        let names = all.map { DisplayWidth.of(context.displayName($0.relative)) }
            + others.map { DisplayWidth.of(context.displayName($0.person.id)) }
        nameWidth = min(16, max(8, names.max() ?? 0))
        let relations = all.map { DisplayWidth.of(context.text($0.relationWords(context.household))) }
            + others.map { DisplayWidth.of(context.text($0.relationWords)) }
        let idWidth = 18
        let room = max(6, width - 2 - nameWidth - 2 - 2 - idWidth)
        relationWidth = min(room, max(6, relations.max() ?? 0))
    }

    func main(_ entry: RelativeEntry, selected: Bool) -> String {
        (selected ? "> " : "  ")
            + TextLayout.pad(Sanitizer.inert(context.displayName(entry.relative)), width: nameWidth) + "  "
            + TextLayout.pad(context.text(entry.relationWords(household)), width: relationWidth) + "  "
            + context.displayID(entry.relative)
    }

    func main(_ other: OtherRelative, selected: Bool) -> String {
        (selected ? "> " : "  ")
            + TextLayout.pad(Sanitizer.inert(context.displayName(other.person.id)), width: nameWidth) + "  "
            + TextLayout.pad(context.text(other.relationWords), width: relationWidth) + "  "
            + context.displayID(other.person.id)
    }

    /// Why the relative is not bound now.
    func detail(_ other: OtherRelative) -> String {
        "    " + context.text(other.whyWords)
    }

    func detail(_ entry: RelativeEntry) -> String {
        let separator = context.language == .zhHans ? "，" : ", "
        return "    " + context.text(entry.formWords(household)) + separator + context.text(entry.sinceWords)
    }
}
