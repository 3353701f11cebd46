import ScreenKit
import YibaoCore

extension BalanceScreen {
    /// The credits not yet recorded, as the policy tables give them (a retiree's by region and age,
    /// in service from the recorded contribution base): every month from the one after the owner's
    /// last recorded credit to this month, at most `Household.missingCreditMonthsCap` months back,
    /// listed with amounts and the rule and recorded with ONE confirmation (one audit row for the
    /// batch); or the reason no amount can be given. Lines are marked as estimates. Only this month
    /// missing asks as before (`.creditEstimated`); a month already credited is refused by the service.
    static func estimateQuestion(person: ResidentID, context: ScreenContext) -> [Action] {
        guard let household = context.household else { return [] }
        let today = context.today
        let lastCredit = context.snapshot?.owner == person ? context.snapshot?.ownerLastCredit : nil
        let months = Household.missingCreditMonths(for: person, lastCredit: lastCredit, today: today)
        guard !months.isEmpty else {
            return [
                .message(
                    title: .init(zh: "都记过了", en: "Nothing to record"),
                    message: .init(
                        zh: "本月和以前的划入都已经记过了。如要更正，请记一笔调整。",
                        en: "This month's credit and the ones before are already recorded. To correct one, record an adjustment."),
                    isError: false)
            ]
        }
        let (estimates, refused) = household.estimatedCredits(
            for: person, months: months, policy: context.environment.policy, today: today)
        guard let last = estimates.last else {
            let reason = refused.last?.reason ?? .init(zh: "无法估算。", en: "No estimate can be made.")
            return [.message(title: .init(zh: "无法估算", en: "No estimate"), message: reason, isError: true)]
        }
        let rule = last.rule
        if estimates.count == 1, months.count == 1 {
            return [
                .confirm(
                    title: .init(zh: "记录估算划入", en: "Record an estimated credit"),
                    message: .init(
                        zh: "按政策表，\(last.month)的划入约为\(last.amount.formatted)（\(rule.text.zh) 出处：\(rule.basis.source)）。"
                            + "记下这一笔吗？它会标为估算，以后可以更正。",
                        en: "By the policy tables, the credit for \(last.month) is about \(last.amount.formatted) "
                            + "(\(rule.text.en) Source: \(rule.basis.source)). Record it? It is marked as an estimate and "
                            + "can be corrected later."),
                    onYes: [.effect(.apply(.creditEstimated(person: person)))], onNo: [])
            ]
        }
        return [
            .confirm(
                title: .init(zh: "记录估算划入", en: "Record estimated credits"),
                message: monthsMessage(estimates, refused: refused, lastCredit: lastCredit),
                onYes: [
                    .effect(
                        .apply(.creditEstimatedMonths(person: person, months: estimates.map { firstDay($0.month) })))
                ], onNo: [])
        ]
    }

    /// The months to record in runs (`2025-03 至 2025-12：每月 ¥160.00`), the total, each rule with its
    /// source, and the months no amount could be given for.
    static func monthsMessage(
        _ estimates: [CreditEstimate], refused: [(month: String, reason: LocalizedText)], lastCredit: CivilDate?
    ) -> LocalizedText {
        let total = estimates.reduce(Money.zero) { $0 + $1.amount }
        let since: LocalizedText =
            lastCredit.map { .init(zh: "上一次记的划入是 \($0.iso)。", en: "The last credit recorded is dated \($0.iso).") }
            ?? .init(zh: "还没有记过划入。", en: "No credit is recorded yet.")
        var zh = [since.zh + "按政策表，还没记的 \(estimates.count) 个月约为：", ""]
        var en = [since.en + " By the policy tables, the \(estimates.count) months not yet recorded are about:", ""]
        var rules: [CreditRule] = []
        for run in CreditEstimate.runs(estimates) {
            let first = run[0]
            let span = run.count == 1 ? first.month : "\(first.month) – \(run[run.count - 1].month)"
            zh.append("\(span)：每月 \(first.amount.formatted)")
            en.append("\(span): \(first.amount.formatted) a month")
            if !rules.contains(first.rule) { rules.append(first.rule) }
        }
        zh.append("合计 \(total.formatted)。")
        en.append("Total \(total.formatted).")
        for rule in rules {
            zh.append("依据：\(rule.text.zh) 出处：\(rule.basis.source)")
            en.append("Rule: \(rule.text.en) Source: \(rule.basis.source)")
        }
        if !refused.isEmpty {
            let months = refused.map { $0.month }.joined(separator: ", ")
            zh.append("无法估算、不会记录：\(months)。")
            en.append("No estimate, not recorded: \(months).")
        }
        zh.append("一起记下吗？每一笔都会标为估算，以后可以更正。")
        en.append("Record them all? Each is marked as an estimate and can be corrected later.")
        return .init(zh: zh.joined(separator: "\n"), en: en.joined(separator: "\n"))
    }

    /// The first day of a `YYYY-MM` month.
    static func firstDay(_ month: String) -> CivilDate {
        CivilDate(iso: month + "-01")!
    }

    /// What the service said about an estimated credit.
    static func estimateReceived(_ event: Event) -> [Action]? {
        switch event {
        case .applied(.creditEstimated, .estimated(let estimate)):
            return [
                .status(
                    StatusLine(
                        .init(
                            zh: "已记下\(estimate.month)的估算划入\(estimate.amount.formatted)。",
                            en: "Recorded the estimated credit for \(estimate.month): \(estimate.amount.formatted)."),
                        kind: .success))
            ]
        case .applied(.creditEstimatedMonths, .estimatedMonths(let estimates)):
            let total = estimates.reduce(Money.zero) { $0 + $1.amount }
            let span = estimates.isEmpty ? "" : "\(estimates[0].month) – \(estimates[estimates.count - 1].month)"
            return [
                .status(
                    StatusLine(
                        .init(
                            zh: "已记下 \(estimates.count) 个月的估算划入（\(span)），合计\(total.formatted)。",
                            en: "Recorded \(estimates.count) months' estimated credits (\(span)): \(total.formatted)."),
                        kind: .success))
            ]
        case .refused(.creditEstimated, let message), .refused(.creditEstimatedMonths, let message):
            return [.message(title: .init(zh: "没有记录", en: "Not recorded"), message: message, isError: true)]
        default:
            return nil
        }
    }
}
