import ScreenKit
import YibaoCore

/// A row of the Relatives screen's layout, before scrolling.
enum RelativesLine: Hashable, Sendable {
    case heading(LocalizedText)
    /// A quiet line under an empty section.
    case note(LocalizedText)
    /// Entry `index`: its first row (name, relation, ID), or its second (`detail`: form and date).
    case entry(Int, detail: Bool)
    case blank
}

extension RelativesScreen {
    /// The two sections, each a heading and its entries (two rows each) or a note when empty.
    func layout(_ all: [RelativeEntry], context: ScreenContext) -> [RelativesLine] {
        let pays = all.indices.filter { all[$0].direction == .ownerPays }
        let paidBy = all.indices.filter { all[$0].direction == .paysForOwner }
        var lines: [RelativesLine] = [
            .heading(.init(zh: "您为这些家人付款（\(pays.count) 位）", en: "You pay for these relatives (\(pays.count))"))
        ]
        if pays.isEmpty {
            lines.append(.note(.init(zh: "还没有。按 A 添加一位亲属。", en: "No one yet. Press A to add a relative.")))
        }
        for index in pays { lines += [.entry(index, detail: false), .entry(index, detail: true)] }
        lines.append(.blank)
        lines.append(
            .heading(.init(zh: "这些家人为您付款（\(paidBy.count) 位）", en: "These relatives pay for you (\(paidBy.count))")))
        if paidBy.isEmpty {
            lines.append(.note(.init(zh: "没有家人为您付款。", en: "No relative pays for you.")))
        }
        for index in paidBy { lines += [.entry(index, detail: false), .entry(index, detail: true)] }
        return lines
    }

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
        let lines = layout(all, context: context)
        // Render is pure: clamp a copy of the scroll position for this size.
        var shownSelection = min(max(0, selection), max(0, all.count - 1))
        if all.isEmpty { shownSelection = -1 }
        let top = RelativesScreen.offset(showing: shownSelection, in: lines, current: offset, rows: area.height)
        let columns = RelativesColumns(all, context: context, width: area.width)
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
                let text = detail ? columns.detail(all[index]) : columns.main(all[index], selected: selected)
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

    init(_ all: [RelativeEntry], context: ScreenContext, width: Int) {
        self.context = context
        household = context.household
        let names = all.map { DisplayWidth.of(context.displayName($0.relative)) }
        nameWidth = min(16, max(8, names.max() ?? 0))
        let relations = all.map { DisplayWidth.of(context.text($0.relationWords(context.household))) }
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

    func detail(_ entry: RelativeEntry) -> String {
        let separator = context.language == .zhHans ? "，" : ", "
        return "    " + context.text(entry.formWords(household)) + separator + context.text(entry.sinceWords)
    }
}
