import ScreenKit
import YibaoCore

/// The form that corrects or changes a relative's record: name, insurance, region, retirement, base,
/// as of a day (today unless changed; an earlier day as `--date` does on the command line); the old
/// record is kept as a dated event. The confirmation says in one sentence what ends (a move
/// to another pooling area, insurance stopped) and what quota comes back.
public struct PersonEditScreen: LifeFormScreen {
    let original: Person
    public var form: FormState

    static let name = "name"
    static let scheme = "scheme"
    static let region = "region"
    static let retired = "retired"
    static let base = "base"
    static let schemes: [Scheme] = [.employee, .resident, .none]

    public init(person: Person, context: ScreenContext) {
        original = person
        form = FormState(
            fields: [
                .text(Self.name, .init(zh: "姓名", en: "Name"), maxLength: Household.maximumNameLength, text: person.name),
                .choice(
                    Self.scheme, .init(zh: "参保", en: "Insurance"), options: Self.schemes.map(\.name),
                    selected: Self.schemes.firstIndex(of: person.scheme) ?? 0),
                .text(
                    Self.region, .init(zh: "参保地区代码", en: "Region code"), maxLength: 6,
                    note: .init(zh: "6位行政区划代码，例如北京110000", en: "the 6-digit area code, e.g. 110000 for Beijing"),
                    text: person.region.code),
                .text(
                    Self.retired, .init(zh: "退休日期", en: "Retired on"), maxLength: 10,
                    placeholder: .init(zh: "还在工作就空着", en: "empty while working"),
                    note: .init(zh: "YYYY-MM-DD，例如2020-07-01", en: "YYYY-MM-DD, e.g. 2020-07-01"),
                    text: person.retiredOn?.iso ?? ""),
                .text(
                    Self.base, .init(zh: "缴费基数", en: "Monthly base"), maxLength: 12,
                    note: .init(zh: "在职时每月的缴费基数（元），用来估算划入", en: "monthly contribution base while working, in yuan"),
                    text: person.contributionBase?.plain ?? ""),
                DateField.make(today: context.today),
            ],
            submitLabel: .init(zh: "检查并保存", en: "Check and save"))
    }

    public func title(_ context: ScreenContext) -> LocalizedText {
        .init(zh: "修改资料：\(context.displayName(original.id))", en: "Edit: \(context.displayName(original.id))")
    }

    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(
            zh: "改正或更新这位亲属的姓名、参保和参保地区。“从哪天起”默认是今天；事情发生在更早的日子，就改成那一天，"
                + "例如 2026-1-5。旧的资料会留作记录，不会被抹掉。"
                + "迁到另一个统筹区或改为未参保，会自动解除共济绑定，未用完的额度退回共济人；同一统筹区内搬家不影响。",
            en: "Correct or update this relative's name, insurance and region. \"As of\" is today unless you change it; "
                + "if it happened on an earlier day, type that day, e.g. 2026-1-5. The old record is kept, never wiped. "
                + "A move to another pooling area, or no insurance, ends the bindings by itself and unused quota "
                + "returns to the payer; a move within the same pooling area changes nothing.")
    }

    /// What the form asks to change and as of which day, or every field's problem at once.
    func edit(catalog: RegionCatalog, today: CivilDate) -> Result<(PersonEdit, CivilDate), FieldProblems> {
        var edit = PersonEdit()
        var problems: [FieldProblem] = []
        let name = form.text(Self.name)
        if name != original.name { edit.name = name }
        let scheme = Self.schemes[min(form.choice(Self.scheme), Self.schemes.count - 1)]
        if scheme != original.scheme { edit.scheme = scheme }
        switch RegionValidation.region(form.text(Self.region), in: catalog) {
        case .success(let region): if region != original.region { edit.region = region }
        case .failure(let unknown): problems.append(FieldProblem(field: Self.region, message: unknown.message))
        }
        let retiredText = form.text(Self.retired)
        if retiredText.isEmpty {
            if original.retiredOn != nil { edit.retiredOn = .some(nil) }
        } else if let day = CivilDate(typed: retiredText) {
            if day != original.retiredOn { edit.retiredOn = .some(day) }
        } else {
            problems.append(
                FieldProblem(
                    field: Self.retired,
                    message: .init(zh: "请按 YYYY-MM-DD 填写日期，例如2020-07-01。", en: "Please write the date as YYYY-MM-DD, e.g. 2020-07-01.")))
        }
        let baseText = form.text(Self.base)
        if !baseText.isEmpty {
            do {
                let base = try Money.parse(baseText)
                if base != original.contributionBase { edit.contributionBase = base }
            } catch {
                problems.append(FieldProblem(field: Self.base, message: error.message))
            }
        }
        var day = today
        switch DateField.check(form.text(DateField.id), today: today, birth: original.id.birthDate) {
        case .success(let value): day = value
        case .failure(let problem): problems.append(FieldProblem(field: DateField.id, message: problem.message))
        }
        return problems.isEmpty ? .success((edit, day)) : .failure(FieldProblems(all: problems))
    }

    /// A problem at one field.
    struct FieldProblem: Error {
        var field: String
        var message: LocalizedText
    }

    /// Every field's problem.
    struct FieldProblems: Error {
        var all: [FieldProblem]
    }

    public mutating func submit(_ context: ScreenContext) -> [Action] {
        let edit: PersonEdit
        let day: CivilDate
        switch self.edit(catalog: context.environment.policy.regionCatalog, today: context.today) {
        case .success(let value):
            edit = value.0
            day = value.1
        case .failure(let problems):
            for problem in problems.all { form.setError(problem.field, problem.message) }
            form.focusFirstError()
            return []
        }
        guard var household = context.household else { return [] }
        household.date = day
        let result: LifeEventResult
        do {
            result = try household.editPerson(
                original.id, edit, pooling: context.environment.policy.poolingAreas, today: context.today)
        } catch {
            return [.message(title: .init(zh: "不能保存", en: "Cannot save"), message: error.message, isError: true)]
        }
        let ending = LifeWords.ending(result.ended, name: context.displayName)
        let name = context.displayName(original.id)
        let when = DateField.words(day, today: context.today)
        return [
            .confirm(
                title: .init(zh: "保存修改", en: "Save the change"),
                message: .init(
                    zh: "从\(when.zh)起更新\(name)的资料，旧的资料留作记录。\(ending.zh)要保存吗？",
                    en: "Update \(name)'s record from \(when.en); the old record is kept. \(ending.en) Save this?"),
                onYes: [.effect(.apply(DateField.request(.editPerson(original.id, edit), on: day, today: context.today)))],
                onNo: [], isDestructive: !result.ended.isEmpty)
        ]
    }

    public func intro(_ context: ScreenContext) -> LocalizedText {
        LocalizedText(
            zh: "改好后到“检查并保存”按回车。旧的资料会留作记录。", en: "Change what you need, then Enter on \"Check and save\". Old records are kept.")
    }

    public func asked(_ request: ChangeRequest) -> Bool {
        if case .editPerson(let who, _) = request { return who == original.id }
        return false
    }

    public func saved(_ request: ChangeRequest, _ outcome: ChangeOutcome, context: ScreenContext) -> LocalizedText {
        var ended: [BindingEnd] = []
        if case .ended(let list) = outcome { ended = list }
        return LifeWords.saved(ended, name: context.displayName)
    }
}
