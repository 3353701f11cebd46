import ScreenKit
import YibaoCore

/// The fields of the add-a-relative form and how what was typed is read and checked.
enum AddRelativeForm {
    static let name = "name"
    static let id = "id"
    static let relation = "relation"
    static let scheme = "scheme"
    static let region = "region"
    static let quota = "quota"
    static let balance = "balance"

    /// The relations offered, after the "please choose" option at index 0.
    static let relations = Relationship.everydayChoices
    /// The schemes offered, the most common for a relative who is paid for first.
    static let schemes: [Scheme] = [.resident, .employee, .none]

    static func schemeWords(_ scheme: Scheme) -> LocalizedText {
        switch scheme {
        case .resident: return .init(zh: "居民医保（没有个人账户）", en: "resident insurance (no personal account)")
        case .employee: return .init(zh: "职工医保（有个人账户）", en: "employee insurance (has a personal account)")
        case .none: return .init(zh: "还没有参保", en: "not enrolled")
        case .employeeWithoutAccount: return Scheme.employeeWithoutAccount.name
        }
    }

    /// The relation choice: "(please choose)", then every relation, narrowing as one types `岳`, `mu` or `mother`.
    static func relationField() -> FormField {
        let chooseOne = LocalizedText(zh: "（请选择）", en: "(please choose)")
        var field = FormField.choice(
            relation, .init(zh: "TA是您的", en: "They are your"),
            options: [chooseOne] + relations.map(\.name),
            note: .init(
                zh: "直接打字找，例如 岳、mu；或按回车打开列表，用上下键选。",
                en: "Type to find it, e.g. mother or mu; or press Enter for the list and choose with Up and Down."))
        field.search = ChoiceSearch(
            keys: [[]] + relations.map(\.searchKeys), rank: [9] + relations.map { _ in 0 },
            prompt: .init(zh: "打汉字、拼音或英文（如 岳、mu）", en: "Type Chinese, pinyin or English (mother, mu)"))
        return field
    }

    static func make(catalog: RegionCatalog, ownerRegion: RegionCode?) -> (form: FormState, regions: RegionField) {
        var quota = FormField.text(
            AddRelativeForm.quota, .init(zh: "额度（元）", en: "Quota (yuan)"), maxLength: 16,
            placeholder: .init(zh: "例如 500", en: "for example 500"))
        quota.isVisible = false
        var balance = FormField.text(
            AddRelativeForm.balance, .init(zh: "TA账户的余额", en: "Their balance"), maxLength: 20,
            placeholder: .init(zh: "不知道可以空着", en: "leave empty if not known"),
            note: .init(
                zh: "TA自己个人账户里现在有多少钱（可以不填）。不填就当作不知道，举例时会注明。",
                en: "What their own personal account holds now (optional). Left empty, it is taken as not known, and the example says so."))
        balance.isVisible = false
        let (regionField, regions) = RegionField.make(
            id: region, label: .init(zh: "TA的参保地", en: "Insured in"), catalog: catalog, preferred: ownerRegion,
            selected: ownerRegion, unchosen: false,
            note: .init(
                zh: "直接打字找：汉字、拼音首字母（如 wx 是无锡）或6位代码。",
                en: "Type to find it: Chinese, pinyin initials (wx for Wuxi) or the 6-digit code."))
        let form = FormState(
            fields: [
                .text(
                    name, .init(zh: "姓名", en: "Name"), maxLength: Household.maximumNameLength,
                    placeholder: .init(zh: "例如 王桂兰", en: "for example 王桂兰"),
                    note: .init(zh: "和身份证上的一样。", en: "As on the ID card.")),
                .text(
                    id, .init(zh: "身份证号码", en: "ID number"), maxLength: 22,
                    placeholder: .init(zh: "18位", en: "18 characters"),
                    note: .init(zh: "18位，最后一位可能是字母X。", en: "18 characters; the last may be the letter X.")),
                relationField(),
                .choice(
                    scheme, .init(zh: "TA参加的医保", en: "Their insurance"), options: schemes.map(schemeWords),
                    note: .init(zh: "用左右键换，或按回车打开列表。", en: "Change with Left and Right, or press Enter for the list.")),
                balance,
                regionField,
                quota,
            ],
            submitLabel: .init(zh: "检查并保存", en: "Check and save"))
        return (form, regions)
    }

    /// The typed ID without spaces: what counts as "18 characters typed".
    static func compact(_ text: String) -> String { String(text.filter { !$0.isWhitespace }) }
}

/// What the person asked for, read from a form with no problems left: who, and how.
struct AddRelativeDraft: Hashable, Sendable {
    var person: Person
    /// False when the ID number is already in the store: that person is used, not added again.
    var isNew: Bool
    var relation: Relationship
    var quota: Money?
    /// What the relative's own personal account holds, when they have one and it was given.
    var openingBalance: Money? = nil
    /// The region in words, for the confirmation.
    var regionWords: LocalizedText

    /// The one change to make: a new person and their binding together (all or nothing), or only the
    /// binding when they are already here.
    func request(owner: ResidentID) -> ChangeRequest {
        isNew
            ? .addRelative(person, openingBalance: openingBalance, payer: owner, relation: relation, quota: quota)
            : .bind(payer: owner, beneficiary: person.id, relation: relation, quota: quota)
    }
}
