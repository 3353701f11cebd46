import ScreenKit
import YibaoCore

/// The fields of the add-a-relative form and how what was typed is read and checked.
enum AddRelativeForm {
    static let name = "name"
    static let id = "id"
    static let relation = "relation"
    static let scheme = "scheme"
    static let region = "region"
    static let regionCode = "regionCode"
    static let quota = "quota"

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

    static func make(regions: [RegionChoice], selectedRegion: Int) -> FormState {
        let chooseOne = LocalizedText(zh: "（请选择）", en: "(please choose)")
        var quota = FormField.text(
            AddRelativeForm.quota, .init(zh: "额度（元）", en: "Quota (yuan)"), maxLength: 16,
            placeholder: .init(zh: "例如 500", en: "for example 500"))
        quota.isVisible = false
        var regionCode = FormField.text(
            AddRelativeForm.regionCode, .init(zh: "地区代码", en: "Region code"), maxLength: 6,
            placeholder: .init(zh: "6位数字", en: "6 digits"),
            note: .init(zh: "6位数字，例如 330300 是温州。", en: "6 digits, for example 330300 for Wenzhou."))
        regionCode.isVisible = false
        return FormState(
            fields: [
                .text(
                    name, .init(zh: "姓名", en: "Name"), maxLength: Household.maximumNameLength,
                    placeholder: .init(zh: "例如 王桂兰", en: "for example 王桂兰"),
                    note: .init(zh: "和身份证上的一样。", en: "As on the ID card.")),
                .text(
                    id, .init(zh: "身份证号码", en: "ID number"), maxLength: 22,
                    placeholder: .init(zh: "18位", en: "18 characters"),
                    note: .init(zh: "18位，最后一位可能是字母X。", en: "18 characters; the last may be the letter X.")),
                .choice(
                    relation, .init(zh: "TA是您的", en: "They are your"),
                    options: [chooseOne] + relations.map(\.name),
                    note: .init(zh: "按回车打开列表，用上下键选。", en: "Press Enter for the list; choose with Up and Down.")),
                .choice(
                    scheme, .init(zh: "TA参加的医保", en: "Their insurance"), options: schemes.map(schemeWords),
                    note: .init(zh: "用左右键换，或按回车打开列表。", en: "Change with Left and Right, or press Enter for the list.")),
                .choice(
                    region, .init(zh: "TA的参保地", en: "Insured in"), options: regions.map(\.label),
                    selected: selectedRegion,
                    note: .init(zh: "列表里没有就选最后的“其他”。", en: "If it is not listed, choose Other at the end.")),
                regionCode,
                quota,
            ],
            submitLabel: .init(zh: "检查并保存", en: "Check and save"))
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
    /// The region in words, for the confirmation.
    var regionWords: LocalizedText

    /// The one change to make: a new person and their binding together (all or nothing), or only the
    /// binding when they are already here.
    func request(owner: ResidentID) -> ChangeRequest {
        isNew
            ? .addRelative(person, openingBalance: nil, payer: owner, relation: relation, quota: quota)
            : .bind(payer: owner, beneficiary: person.id, relation: relation, quota: quota)
    }
}
