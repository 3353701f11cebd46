import ScreenKit
import YibaoCore

extension BalanceScreen {
    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        guard let person else {
            drawParagraphs(
                [.init(
                    zh: "还没有登记本人，所以没有可以显示的个人账户。",
                    en: "No one is set up as the owner yet, so there is no personal account to show.")],
                heading: nil, in: area, into: &buffer, context: context)
            return
        }
        guard window != nil else {
            drawNoAccount(person, in: area, into: &buffer, context: context)
            return
        }
        let (layout, summary, notes) = BalanceLayout.make(person: person, context: context, area: area)

        buffer.put(summary.heading, x: layout.heading.x, y: layout.heading.y, maxWidth: layout.heading.width, style: .title)
        if let digits = layout.digits {
            BigDigits.draw(
                summary.digits, at: digits.origin, into: &buffer, maxWidth: digits.width, charset: context.charset,
                scale: layout.digitScale)
        }
        for (index, row) in summary.sideRows(width: layout.side.width).enumerated() where index < layout.side.height {
            buffer.put(row.text, x: layout.side.x, y: layout.side.y + index, maxWidth: layout.side.width, style: row.style)
        }
        if let note = layout.note {
            let warnings = notes.count - BalanceLayout.honestLines(summary, width: area.width).count
            for (index, line) in notes.enumerated() {
                buffer.put(line, x: note.x, y: note.y + index, maxWidth: note.width, style: index < warnings ? .warning : .dim)
            }
        }
        drawLedger(person, in: layout.ledger, into: &buffer, context: context)
    }

    /// The ledger table: only the rows in view are looked up, so drawing costs a screenful.
    private func drawLedger(_ person: ResidentID, in rect: Rect, into buffer: inout ScreenBuffer, context: ScreenContext)
    {
        guard rect.height > 0, let window else { return }
        guard count > 0 else {
            drawParagraphs(
                [.init(
                    zh: "还没有任何明细。每一笔划入和支出都会在这里列出来。",
                    en: "No entries yet. Every credit and every payment will be listed here.")],
                heading: nil, in: rect, into: &buffer, context: context)
            return
        }
        let table = LedgerTable(person: person, context: context)
        let view = table.view
        let rows = view.visibleRows(height: rect.height)
        var shown = list
        shown.clamp(itemCount: count, visibleRows: rows)
        let range = shown.visibleRange(itemCount: count, visibleRows: rows)
        let cells = range.map { table.cells(window.entry(at: $0)) }
        let local = ListState(selection: shown.selection - range.lowerBound, offset: 0)
        view.draw(cells, state: local, in: rect, into: &buffer)
    }

    /// For a person with no personal account: why there is no balance, and who can pay for them.
    private func drawNoAccount(
        _ person: ResidentID, in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext
    ) {
        let isOwner = person == context.snapshot?.owner
        let name = Sanitizer.inert(context.displayName(person))
        guard let scheme = context.household?.persons[person]?.scheme else {
            drawParagraphs(
                [.init(zh: "找不到这个人的记录。", en: "There is no record of this person.")], heading: nil, in: area,
                into: &buffer, context: context)
            return
        }
        var paragraphs: [LocalizedText] = []
        let heading: LocalizedText
        switch scheme {
        case .none:
            heading =
                isOwner
                ? .init(zh: "您没有参加基本医疗保险", en: "You are not enrolled in basic medical insurance")
                : .init(zh: "\(name)没有参加基本医疗保险", en: "\(name) is not enrolled in basic medical insurance")
            paragraphs.append(
                .init(
                    zh: "所以没有个人账户，也就没有余额可以看。想参保，可以问社区或当地的医保经办机构。",
                    en: "So there is no personal account and no balance to show. To enrol, ask your community office or the local medical insurance office."))
        case .employeeWithoutAccount:
            heading =
                isOwner
                ? .init(zh: "您参加的职工医保没有个人账户", en: "Your employee insurance has no personal account")
                : .init(zh: "\(name)参加的职工医保没有个人账户", en: "\(name)'s employee insurance has no personal account")
            paragraphs.append(
                .init(
                    zh: "有的地方（比如深圳的二档、三档）职工医保不设个人账户，所以这里没有余额可以看，也不能为家人共济。档次的细节以当地为准。",
                    en: "Some places (such as Shenzhen's tiers 2 and 3) have employee insurance without a personal account, so there is no balance to show and no paying for family. Check the tier details locally."))
        case .resident, .employee:
            heading =
                isOwner
                ? .init(zh: "您参加的是居民医保", en: "You are in resident insurance")
                : .init(zh: "\(name)参加的是居民医保", en: "\(name) is in resident insurance")
            paragraphs.append(
                .init(
                    zh: "居民医保没有个人账户，所以这里没有余额可以看。看病时照常按居民医保报销。",
                    en: "Resident insurance has no personal account, so there is no balance to show here. Medical bills are still covered by resident insurance as usual."))
        }
        let payers = context.household?.payerOrder(for: person) ?? []
        if payers.isEmpty {
            paragraphs.append(
                .init(
                    zh: "家里参加职工医保的亲属，可以绑定家庭共济，用他们的个人账户为\(isOwner ? "您" : name)付钱。请在首页选“亲属共济”。",
                    en: "A relative with employee insurance can bind for family mutual aid and pay from their personal account. See Relatives on the home screen."))
        } else {
            let names = payers.map { Sanitizer.inert(context.displayName($0)) }
            paragraphs.append(
                .init(
                    zh: "这些亲属的个人账户可以为\(isOwner ? "您" : name)付钱（家庭共济）：\(names.joined(separator: "、"))。",
                    en: "These relatives' personal accounts can pay for \(isOwner ? "you" : name) (family mutual aid): \(names.joined(separator: ", "))."))
        }
        drawParagraphs(paragraphs, heading: heading, in: area, into: &buffer, context: context)
    }

    /// A heading and paragraphs, wrapped to the width, one blank row between them.
    private func drawParagraphs(
        _ paragraphs: [LocalizedText], heading: LocalizedText?, in area: Rect, into buffer: inout ScreenBuffer,
        context: ScreenContext
    ) {
        var y = area.y
        if let heading {
            buffer.put(context.text(heading), x: area.x, y: y, maxWidth: area.width, style: .title)
            y += 2
        }
        for paragraph in paragraphs {
            for line in TextWrap.lines(context.text(paragraph), width: area.width) where y < area.maxY {
                buffer.put(line, x: area.x, y: y, maxWidth: area.width)
                y += 1
            }
            y += 1
        }
    }
}
