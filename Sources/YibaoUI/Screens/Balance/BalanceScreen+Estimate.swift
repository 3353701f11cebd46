import ScreenKit
import YibaoCore

extension BalanceScreen {
    /// This month's credit as the policy tables give it (a retiree's by region and age,
    /// in service from the recorded contribution base), offered to record with one confirmation, or
    /// the reason no amount can be given. The line is marked as an estimate; a month that already has
    /// a credit is refused by the service with its reason.
    static func estimateQuestion(person: ResidentID, context: ScreenContext) -> [Action] {
        guard var household = context.household else { return [] }
        let today = context.today
        household.date = CivilDate(year: today.year, month: today.month, day: 1)!
        let estimate: CreditEstimate
        do {
            estimate = try household.estimatedCredit(
                for: person, policy: context.environment.policy, credited: false, today: today
            ).estimate
        } catch {
            return [.message(title: .init(zh: "无法估算", en: "No estimate"), message: error.message, isError: true)]
        }
        let rule = estimate.rule
        return [
            .confirm(
                title: .init(zh: "记录估算划入", en: "Record an estimated credit"),
                message: .init(
                    zh: "按政策表，\(estimate.month)的划入约为\(estimate.amount.formatted)（\(rule.text.zh) 出处：\(rule.basis.source)）。"
                        + "记下这一笔吗？它会标为估算，以后可以更正。",
                    en: "By the policy tables, the credit for \(estimate.month) is about \(estimate.amount.formatted) "
                        + "(\(rule.text.en) Source: \(rule.basis.source)). Record it? It is marked as an estimate and "
                        + "can be corrected later."),
                onYes: [.effect(.apply(.creditEstimated(person: person)))], onNo: [])
        ]
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
        case .refused(.creditEstimated, let message):
            return [.message(title: .init(zh: "没有记录", en: "Not recorded"), message: message, isError: true)]
        default:
            return nil
        }
    }
}
