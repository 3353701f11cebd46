import ScreenKit
import YibaoCore

/// `5` on a relative's entry, for a relative with a personal account: their balance as read in the
/// insurance app or on a statement, and the day it was read (today unless changed). Saved as one
/// adjustment of the difference from what Yibao has, audited; nothing earlier is rewritten.
public struct RelativeBalanceScreen: LifeFormScreen {
    let person: ResidentID
    public var form: FormState

    static let balance = "balance"

    public init(person: ResidentID, context: ScreenContext) {
        self.person = person
        form = FormState(
            fields: [
                .text(
                    Self.balance, .init(zh: "TA账户的余额", en: "Their balance"), maxLength: 20,
                    placeholder: .init(zh: "例如 3456.78", en: "e.g. 3456.78"),
                    note: .init(
                        zh: "在医保App、对账单或柜台看到的个人账户余额（元）。",
                        en: "The personal-account balance shown in the insurance app, on a statement or at a counter.")),
                DateField.make(today: context.today, label: .init(zh: "哪天的余额", en: "Balance on")),
            ],
            submitLabel: .init(zh: "检查并保存", en: "Check and save"))
    }

    public func title(_ context: ScreenContext) -> LocalizedText {
        .init(zh: "记录余额：\(context.displayName(person))", en: "Balance of \(context.displayName(person))")
    }

    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(
            zh: "记下这位亲属个人账户现在（或某一天）的余额，例如在医保App里看到的数。Yibao会记一笔“调整”，"
                + "把差额补上，以前的明细不会改。这是您自己的记录；真实余额以医保部门为准。",
            en: "Record this relative's personal-account balance now (or on a given day), e.g. as the insurance app "
                + "shows it. Yibao records one adjustment of the difference; earlier lines are not changed. These are "
                + "your own records; the insurance office's figure is the real one.")
    }

    public mutating func submit(_ context: ScreenContext) -> [Action] {
        var balance: Money?
        do { balance = try Money.parse(form.text(Self.balance)) } catch { form.setError(Self.balance, error.message) }
        var day: CivilDate?
        switch DateField.check(form.text(DateField.id), today: context.today, birth: person.birthDate) {
        case .success(let value): day = value
        case .failure(let problem): form.setError(DateField.id, problem.message)
        }
        guard let balance, let day else {
            form.focusFirstError()
            return []
        }
        guard var household = context.household else { return [] }
        household.date = day
        let name = context.displayName(person)
        let now = household.accounts[person]?.balance ?? .zero
        if day == context.today {
            do { _ = try household.recordBalance(account: person, balance: balance) } catch {
                return [.message(title: .init(zh: "不用记录", en: "Nothing to record"), message: error.message, isError: false)]
            }
        }
        let was: LocalizedText =
            day == context.today
            ? .init(zh: "Yibao里现在是\(now.formatted)，", en: "Yibao has \(now.formatted) now; ")
            : .init(zh: "", en: "")
        return [
            .confirm(
                title: .init(zh: "记录余额", en: "Record the balance"),
                message: .init(
                    zh: "把\(name)账户在\(DateField.words(day, today: context.today).zh)的余额记为\(balance.formatted)。"
                        + "\(was.zh)差额记一笔调整，以前的明细不变。要保存吗？",
                    en: "Record \(name)'s balance on \(DateField.words(day, today: context.today).en) as "
                        + "\(balance.formatted). \(was.en)the difference is recorded as one adjustment; earlier lines "
                        + "stay as they are. Save this?"),
                onYes: [
                    .effect(
                        .apply(DateField.request(.recordBalance(person: person, balance: balance), on: day, today: context.today)))
                ], onNo: [])
        ]
    }

    public func intro(_ context: ScreenContext) -> LocalizedText {
        let now = context.household?.accounts[person]?.balance ?? .zero
        return LocalizedText(
            zh: "Yibao里现在记的是\(now.formatted)。填好余额，到“检查并保存”按回车。",
            en: "Yibao has \(now.formatted) for them now. Type the balance, then Enter on \"Check and save\".")
    }

    public func asked(_ request: ChangeRequest) -> Bool {
        if case .recordBalance(let who, _) = request { return who == person }
        return false
    }

    public func saved(_ request: ChangeRequest, _ outcome: ChangeOutcome, context: ScreenContext) -> LocalizedText {
        guard case .recordBalance(_, let balance) = request else { return .init(zh: "", en: "") }
        let name = context.displayName(person)
        return .init(zh: "已记下\(name)的余额\(balance.formatted)。", en: "Recorded \(name)'s balance: \(balance.formatted).")
    }
}
