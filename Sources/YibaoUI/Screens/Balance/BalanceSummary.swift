import ScreenKit
import YibaoCore

/// What the balance screen says about one account above its ledger, in the context's language:
/// the balance, this year's credits and spending (for the holder and for each relative), and what
/// is earmarked for relatives' quotas. Built from the account's totals; never reads the ledger.
struct BalanceSummary {
    /// One line of the "this year" block: words on the left, an amount on the right.
    struct Line: Equatable {
        var label: String
        var amount: String
    }

    /// Lines of the "this year" block beside the big digits, its heading included.
    static let maximumYearLines = BigDigits.height

    var balance: Money
    var asOf: CivilDate
    /// `您的个人账户余额：¥3,456.78（截至 2026-11-22）`: the amount as plain text, for screen readers.
    var heading: String
    var yearHeading: String
    var yearLines: [Line]
    /// Said when part of the balance is earmarked for relatives' quotas: how much, and what is left.
    var earmarkNote: String?

    init(person: ResidentID, context: ScreenContext) {
        let household = context.household
        let totals = household?.accounts[person] ?? AccountTotals(account: person)
        let isOwner = person == context.snapshot?.owner
        let name = Sanitizer.inert(context.displayName(person))
        balance = totals.balance
        asOf = household?.date ?? context.today
        let amount = balance.formatted
        let date = asOf.iso
        heading = context.text(
            isOwner
                ? .init(zh: "您的个人账户余额：\(amount)（截至 \(date)）", en: "Your personal account balance: \(amount) (as of \(date))")
                : .init(zh: "\(name)的个人账户余额：\(amount)（截至 \(date)）", en: "Personal account of \(name): \(amount) (as of \(date))"))
        yearHeading = context.text(.init(zh: "今年（\(asOf.year) 年）", en: "This year (\(asOf.year))"))

        var lines = [
            Line(
                label: context.text(.init(zh: "划入", en: "Credited")),
                amount: (totals.thisYearByKind[.credit] ?? .zero).formatted),
            Line(
                label: context.text(.init(zh: "本人支出", en: "Own care")),
                amount: (-(totals.thisYearByKind[.ownSpending] ?? .zero)).formatted),
        ]
        let relatives = totals.thisYearForRelatives.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        let room = Self.maximumYearLines - 1 - lines.count
        let shown = relatives.count <= room ? relatives[...] : relatives.prefix(max(0, room - 1))
        for (relative, spent) in shown {
            let who = Sanitizer.inert(context.displayName(relative))
            lines.append(Line(label: context.text(.init(zh: "为\(who)支付", en: "Paid for \(who)")), amount: (-spent).formatted))
        }
        let rest = relatives.dropFirst(shown.count)
        if !rest.isEmpty {
            let spent = rest.reduce(Money.zero) { $0 - $1.value }
            lines.append(
                Line(
                    label: context.text(
                        .init(zh: "为另外 \(rest.count) 位亲属支付", en: "Paid for \(rest.count) more relatives")),
                    amount: spent.formatted))
        }
        yearLines = lines

        let earmarked = household?.earmarked(payer: person) ?? .zero
        if earmarked > .zero {
            let available = household?.ownAvailable(person: person) ?? .zero
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

    /// The big-digit text of the balance.
    var digits: String { balance.formatted }

    private var labelWidth: Int { yearLines.map { DisplayWidth.of($0.label) }.max() ?? 0 }
    private var amountWidth: Int { yearLines.map { DisplayWidth.of($0.amount) }.max() ?? 0 }

    /// The "this year" block as text rows: its heading, then labels and right-aligned amounts.
    var yearRows: [String] {
        [yearHeading]
            + yearLines.map {
                TextLayout.pad($0.label, width: labelWidth) + "  "
                    + TextLayout.pad($0.amount, width: amountWidth, alignment: .trailing)
            }
    }

    /// Columns the "this year" block needs.
    var yearWidth: Int { yearRows.map { DisplayWidth.of($0) }.max() ?? 0 }
}
