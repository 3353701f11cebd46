import ScreenKit
import YibaoCore

/// `3` on a relative's entry: the day they died (today unless changed, as `yibao person died --date`),
/// then one sentence to confirm saying which bindings end, what quota comes back, and that the balance
/// stays for the heirs. A day after today or before birth is refused beside the field.
public struct DeathScreen: LifeFormScreen {
    let person: ResidentID
    public var form: FormState

    public init(person: ResidentID, context: ScreenContext) {
        self.person = person
        form = FormState(
            fields: [DateField.make(today: context.today, label: .init(zh: "去世日期", en: "Died on"))],
            submitLabel: .init(zh: "检查并保存", en: "Check and save"))
    }

    public func title(_ context: ScreenContext) -> LocalizedText {
        .init(zh: "记录去世：\(context.displayName(person))", en: "Record a death: \(context.displayName(person))")
    }

    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(
            zh: "填去世的日期，默认是今天；例如 2026-1-5。保存前会用一句话告诉您哪些共济绑定会解除、多少额度退回。"
                + "账户余额仍在，由继承人按提取规则里的“继承”情形申请。",
            en: "Type the day of the death; it is today unless you change it, e.g. 2026-1-5. Before saving you are told "
                + "in one sentence which bindings end and what quota comes back. The balance stays in the account; the "
                + "heirs apply under the inheritance case of the withdrawal rules.")
    }

    public mutating func submit(_ context: ScreenContext) -> [Action] {
        let day: CivilDate
        switch DateField.check(form.text(DateField.id), today: context.today, birth: person.birthDate) {
        case .success(let value): day = value
        case .failure(let problem):
            form.setError(DateField.id, problem.message)
            form.focusFirstError()
            return []
        }
        guard var household = context.household else { return [] }
        household.date = day
        let preview: LifeEventResult
        do {
            preview = try household.recordDeath(person, today: context.today)
        } catch {
            return [.message(title: .init(zh: "不能保存", en: "Cannot save"), message: error.message, isError: true)]
        }
        let name = context.displayName(person)
        let ending = LifeWords.ending(preview.ended, name: context.displayName)
        let when = DateField.words(day, today: context.today)
        return [
            .confirm(
                title: .init(zh: "记录去世", en: "Record a death"),
                message: .init(
                    zh: "记录\(name)于\(when.zh)去世。\(ending.zh)\(LifeWords.inheritance.zh)要保存吗？",
                    en: "Record that \(name) died on \(when.en). \(ending.en) \(LifeWords.inheritance.en) Save this?"),
                onYes: [.effect(.apply(DateField.request(.recordDeath(person), on: day, today: context.today)))],
                onNo: [], isDestructive: true)
        ]
    }

    public func intro(_ context: ScreenContext) -> LocalizedText {
        LocalizedText(zh: "填好日期，到“检查并保存”按回车。", en: "Type the day, then Enter on \"Check and save\".")
    }

    public func asked(_ request: ChangeRequest) -> Bool {
        if case .recordDeath(let who) = request { return who == person }
        return false
    }

    public func saved(_ request: ChangeRequest, _ outcome: ChangeOutcome, context: ScreenContext) -> LocalizedText {
        var ended: [BindingEnd] = []
        if case .ended(let list) = outcome { ended = list }
        return LifeWords.saved(ended, name: context.displayName)
    }
}
