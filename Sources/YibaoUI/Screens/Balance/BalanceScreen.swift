import ScreenKit
import YibaoCore

/// Screen 1, Balance (余额): a personal account's balance in big digits and in words, this year's
/// credits and spending, any earmarked quota, and the ledger as a scrolling list read page by page.
///
/// The ledger may hold 100,000 lines: the screen keeps only a few pages (see `LedgerWindow`) and asks
/// for the ones it needs with `.loadLedger`, first when it appears, then as the person scrolls.
/// A person without a personal account (resident insurance) gets a plain explanation instead.
public struct BalanceScreen: ScreenState {
    /// Whose account this is; nil when the store has no owner yet.
    public let person: ResidentID?
    /// Selected row and first row shown, over the whole ledger (row 0 is the newest entry).
    var list = ListState()
    /// How many lines the ledger has, from the snapshot.
    var count = 0
    /// The loaded pages; nil when the person has no personal account.
    var window: LedgerWindow?

    /// The balance of the store's owner (the person the app opens for).
    public init(context: ScreenContext) {
        self.init(context: context, person: context.snapshot?.owner)
    }

    /// The balance of `person`, who may be a relative with an account of their own.
    public init(context: ScreenContext, person: ResidentID?) {
        self.person = person
        if let person, context.household?.persons[person]?.hasPersonalAccount == true {
            window = LedgerWindow(account: person)
            count = context.snapshot?.ledgerCounts[person] ?? 0
        }
    }

    public func title(_ context: ScreenContext) -> LocalizedText { .init(zh: "余额", en: "Balance") }

    /// True on the owner's own balance, where A records (estimated credits, the owner's own record).
    func isOwnBalance(_ context: ScreenContext) -> Bool {
        guard let person, window != nil else { return false }
        return context.snapshot?.owner == person && context.household?.persons[person] != nil
    }

    public func keyScopes(_ context: ScreenContext) -> [KeyScope] { isOwnBalance(context) ? [.balance] : [] }

    public func hints(_ context: ScreenContext) -> [Command] {
        let record: [Command] = isOwnBalance(context) ? [.record] : []
        guard window != nil, count > 0 else { return record }
        let all: [Command] = record + [.pageDown, .pageUp, .first, .last]
        // Keep Esc, help and the language on the bar at 80 columns: Home/End are then told in words
        // on the status line and in help.
        let bar: [Command] = [.back] + all + [.help, .language]
        let widths = bar.map { command in
            let hint = context.keymap.hint(command, language: context.language)
            return DisplayWidth.of("[\(hint.key)] \(hint.label)")
        }
        let width = widths.reduce(0, +) + DisplayWidth.of(HintBar.separator) * (widths.count - 1)
        return width <= context.size.columns ? all : record + [.pageDown, .pageUp]
    }

    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(
            zh: """
                这里是个人账户的余额和每一笔明细，最新的在最上面。
                个人账户：职工医保每月往里存钱的账户，可以用来看病、买药，也可以为绑定的亲属付钱。
                划入：每个月存进个人账户的钱。
                上下方向键一次移一行，PgDn 或空格往下翻一页，PgUp 往上翻一页，Home 回到最新的一笔，End 到最早的一笔。
                按 A：记录还没记的每个月的估算划入（按政策表，从上一次记的划入之后起，最多24个月，一次确认，标为估算，可以更正），或修改自己的资料（退休日期、缴费基数等）。
                这些是您自己记的账。真实余额请看国家医保服务平台App、当地平台，或打12393、到柜台打印；社保卡的银行账户不是个人账户。
                """,
            en: """
                This is a personal account's balance and every entry of its ledger, newest first.
                Personal account (个人账户): the employee-insurance account that money goes into every month; it pays for your own care and, once bound, for relatives.
                Credit (划入): the money put into the personal account each month.
                Up and Down move one line, PgDn or Space goes down a page, PgUp up a page, Home to the newest entry, End to the oldest.
                Press A to record the monthly credits not yet recorded as the policy tables estimate them (from the month after the last credit recorded, at most 24 months, with one confirmation; marked as estimates, they can be corrected), or to edit your own record (retirement, contribution base).
                These are your own records. For the real balance: the national 医保服务平台 app, your local platform, 12393 or a printout at the counter; the 社保卡's bank account is not the personal account.
                """)
    }

    public mutating func onAppear(context: ScreenContext) -> [Action] {
        requestVisibleRows(context)
    }

    public mutating func didResize(context: ScreenContext) -> [Action] {
        list.clamp(itemCount: count, visibleRows: visibleRows(context))
        return requestVisibleRows(context)
    }

    public mutating func handle(_ input: Input, context: ScreenContext) -> [Action] {
        let command = input.command
        if command == .back { return [.pop] }
        guard window != nil else { return [] }
        if command == .record || command == .add, let person, context.snapshot?.owner == person,
            let record = context.household?.persons[person]
        {
            return [.push(MyRecordScreen(person: record))]
        }
        let rows = visibleRows(context)
        switch command {
        case .up: list.moveUp(itemCount: count, visibleRows: rows)
        case .down: list.moveDown(itemCount: count, visibleRows: rows)
        case .pageUp: list.pageUp(itemCount: count, visibleRows: rows)
        case .pageDown: list.pageDown(itemCount: count, visibleRows: rows)
        case .first: list.home(itemCount: count, visibleRows: rows)
        case .last: list.end(itemCount: count, visibleRows: rows)
        default: break
        }
        return requestVisibleRows(context)
    }

    public mutating func receive(_ event: Event, context: ScreenContext) -> [Action] {
        if let answer = BalanceScreen.estimateReceived(event) { return answer }
        guard case .ledgerLoaded(let account, let offset, let entries) = event, var window, window.account == account
        else { return [] }
        let rows = visibleRows(context)
        list.clamp(itemCount: count, visibleRows: rows)
        window.receive(
            offset: offset, entries: entries, showing: list.visibleRange(itemCount: count, visibleRows: rows),
            count: count)
        self.window = window
        return requestVisibleRows(context)
    }

    public mutating func dataDidChange(context: ScreenContext) -> [Action] {
        guard let person, window != nil else { return [] }
        guard context.household?.persons[person]?.hasPersonalAccount == true else {
            window = nil
            count = 0
            return []
        }
        let newCount = context.snapshot?.ledgerCounts[person] ?? 0
        if newCount != count {
            // Rows are numbered newest first, so every loaded page may have moved: read them again.
            // Someone reading older lines keeps reading the same lines (new ones arrive at the top);
            // someone at the newest line sees the new one there.
            if newCount > count, list.selection > 0 || list.offset > 0 {
                list.selection += newCount - count
                list.offset += newCount - count
            }
            count = newCount
            window?.reset()
        }
        list.clamp(itemCount: count, visibleRows: visibleRows(context))
        return requestVisibleRows(context)
    }

    public func statusLine(_ context: ScreenContext) -> StatusLine? {
        guard window != nil, count > 0 else { return nil }
        var shown = list
        let rows = visibleRows(context)
        shown.clamp(itemCount: count, visibleRows: rows)
        let range = shown.visibleRange(itemCount: count, visibleRows: rows)
        let first = grouped(range.lowerBound + 1)
        let last = grouped(range.upperBound)
        let total = grouped(count)
        return StatusLine(
            .init(
                zh: "第 \(first)-\(last) 条，共 \(total) 条，最新的在上面。Home 到最新，End 到最早。",
                en: "Entries \(first)-\(last) of \(total), newest first. Home: newest, End: oldest."))
    }

    /// Asks for the pages of the rows now shown that are not loaded yet.
    private mutating func requestVisibleRows(_ context: ScreenContext) -> [Action] {
        guard var window else { return [] }
        let rows = visibleRows(context)
        list.clamp(itemCount: count, visibleRows: rows)
        let effects = window.request(list.visibleRange(itemCount: count, visibleRows: rows), count: count)
        self.window = window
        return effects.map { .effect($0) }
    }

    /// Ledger rows that fit in the window now (header excluded).
    func visibleRows(_ context: ScreenContext) -> Int {
        guard let person else { return 0 }
        let (layout, _, _) = BalanceLayout.make(person: person, context: context, area: context.contentArea)
        return max(1, layout.ledger.height - 1)
    }
}

/// `100000` as `100,000`.
private func grouped(_ number: Int) -> String {
    let digits = String(number.magnitude)
    var out = number < 0 ? "-" : ""
    for (index, digit) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
        out.append(digit)
    }
    return out
}
