import ScreenKit
import YibaoCore

/// What the balance screen says about one account above its ledger, in the context's language:
/// the balance (in words beside the big digits), this year's credits and spending (for the holder
/// and for each relative), and what is earmarked for relatives' quotas. The figures are the model's
/// `BalanceSummary` (the same `yibao balance` prints); never reads the ledger.
struct BalanceBlock {
    /// One line of the block beside the big digits: words on the left, an amount on the right.
    struct Line: Equatable {
        var label: String
        var amount: String
    }

    /// Ledger rows (its header included) the screen keeps however many relatives there are.
    static let minimumLedgerRows = 4
    /// Rows of the block that do not depend on relatives: balance, blank, heading, credits, own care.
    static let fixedSideRows = 5

    var balance: Money
    var asOf: CivilDate
    /// `您的个人账户（截至 2026-03-15）`: whose account, and the date the figures are for.
    var heading: String
    /// `余额  ¥3,456.78`: the amount as plain text beside the digits, for screen readers and anyone
    /// who cannot make out the block digits.
    var balanceLine: Line
    var yearHeading: String
    var yearLines: [Line]
    /// Said when part of the balance is earmarked for relatives' quotas: how much, and what is left.
    var earmarkNote: String?
    /// What the figures are (the person's own records, when last brought up to date) and how to check
    /// the real balance (`HonestFigures`).
    var honestNote: String = ""

    /// The summary for `person`, naming at most as many relatives one by one as fit in `area`
    /// (the rest are summed on one line).
    init(person: ResidentID, context: ScreenContext, area: Rect) {
        let figures =
            context.household.map { BalanceSummary(person: person, household: $0) }
            ?? BalanceSummary(empty: person, asOf: context.today)
        let isOwner = person == context.snapshot?.owner
        let name = Sanitizer.inert(context.displayName(person))
        balance = figures.balance
        asOf = figures.asOf
        honestNote = context.text(
            HonestFigures.short(lastUpdated: context.snapshot?.lastChangeDate, ascii: context.charset == .ascii))
        let date = asOf.iso
        heading = context.text(
            isOwner
                ? .init(zh: "您的个人账户（截至 \(date)）", en: "Your personal account (as of \(date))")
                : .init(zh: "\(name)的个人账户（截至 \(date)）", en: "Personal account of \(name) (as of \(date))"))
        balanceLine = Line(label: context.text(.init(zh: "余额", en: "Balance")), amount: balance.formatted)
        yearHeading = context.text(
            figures.isInsuranceYear
                ? .init(
                    zh: "本医保年度（\(figures.yearStart.iso) 起）",
                    en: "This insurance year (from \(figures.yearStart.iso))")
                : .init(zh: "今年（\(asOf.year) 年）", en: "This year (\(asOf.year))"))

        var lines = [
            Line(
                label: context.text(.init(zh: "划入", en: "Credited")),
                amount: figures.creditedThisYear.formatted),
            Line(
                label: context.text(.init(zh: "本人支出", en: "Own spending")),
                amount: figures.ownSpendingThisYear.formatted),
        ]
        // Largest spending first; names break ties so the order never changes between draws.
        let relatives = figures.forRelativesThisYear.map { (id: $0.key, spent: $0.value) }.sorted {
            ($0.spent, context.displayName($1.id)) > ($1.spent, context.displayName($0.id))
        }
        let room = max(1, Self.relativeRows(area: area))
        let shown = relatives.count <= room ? relatives[...] : relatives.prefix(room - 1)
        for relative in shown {
            let who = Sanitizer.inert(context.displayName(relative.id))
            lines.append(Line(label: context.text(.init(zh: "为\(who)支付", en: "Paid for \(who)")), amount: relative.spent.formatted))
        }
        let rest = relatives.dropFirst(shown.count)
        if !rest.isEmpty {
            let spent = rest.reduce(Money.zero) { $0 + $1.spent }
            lines.append(
                Line(
                    label: context.text(.init(zh: "为另外 \(rest.count) 位亲属支付", en: "Paid for \(rest.count) others")),
                    amount: spent.formatted))
        }
        yearLines = lines

        let earmarked = figures.earmarked
        if earmarked > .zero {
            let available = figures.available
            earmarkNote = context.text(
                isOwner
                    ? .init(
                        zh: "其中 \(earmarked.formatted) 是给外省亲属预留的共济额度，您自己不能用；您可用 \(available.formatted)。",
                        en: "\(earmarked.formatted) is set aside for relatives elsewhere (quota); you can use \(available.formatted).")
                    : .init(
                        zh: "其中 \(earmarked.formatted) 是给外省亲属预留的共济额度，\(name)自己不能用；\(name)可用 \(available.formatted)。",
                        en: "\(earmarked.formatted) is set aside for relatives elsewhere (quota); \(name) can use \(available.formatted)."))
        }
    }

    /// How many "paid for" lines fit in `area` while the ledger keeps `minimumLedgerRows`: the area
    /// less the heading and its blank row, the fixed rows of the block, two note rows and a blank.
    static func relativeRows(area: Rect) -> Int {
        area.height - 2 - fixedSideRows - 2 - 1 - minimumLedgerRows
    }

    /// The big-digit text of the balance.
    var digits: String { balance.formatted }

    private var allLines: [Line] { [balanceLine] + yearLines }
    private var labelWidth: Int { allLines.map { DisplayWidth.of($0.label) }.max() ?? 0 }
    private var amountWidth: Int { allLines.map { DisplayWidth.of($0.amount) }.max() ?? 0 }

    /// Columns the block beside the digits needs to show every label whole.
    var sideWidth: Int {
        max(labelWidth + 2 + amountWidth, DisplayWidth.of(yearHeading))
    }

    /// Columns below which the block is not worth drawing beside the digits (labels would be cut
    /// to a few letters).
    var minimumSideWidth: Int { amountWidth + 2 + 8 }

    /// The block beside the digits as text rows for `width` columns: the balance, a blank row, this
    /// year's heading, then labels and right-aligned amounts (labels cut short when space is tight).
    func sideRows(width: Int) -> [(text: String, style: Style)] {
        let labels = min(labelWidth, max(0, width - 2 - amountWidth))
        func row(_ line: Line) -> String {
            TextLayout.pad(line.label, width: labels) + "  " + TextLayout.pad(line.amount, width: amountWidth, alignment: .trailing)
        }
        return [(row(balanceLine), Style.amount.adding(.bold)), ("", .normal), (yearHeading, .title)]
            + yearLines.map { (row($0), Style.normal) }
    }
}
