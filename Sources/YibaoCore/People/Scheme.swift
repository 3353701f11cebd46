/// Which basic medical insurance a person is enrolled in.
public enum Scheme: String, CaseIterable, Sendable, Codable {
    /// 职工基本医疗保险: has a personal account (个人账户) and can be a payer.
    case employee
    /// 城乡居民基本医疗保险: enrolled, but no personal account.
    case resident
    /// 职工医保 in a tier without a personal account (Shenzhen's tiers 2 and 3, from press reports):
    /// enrolled as an employee, but no account, so never a payer.
    case employeeWithoutAccount = "employee_no_account"
    /// Not enrolled in basic medical insurance.
    case none

    public var isEnrolled: Bool { self != .none }

    public var name: LocalizedText {
        switch self {
        case .employee: return .init(zh: "职工医保", en: "employee insurance")
        case .resident: return .init(zh: "居民医保", en: "resident insurance")
        case .employeeWithoutAccount:
            return .init(
                zh: "没有个人账户的职工医保（如深圳二档、三档，以当地为准）",
                en: "employee insurance without a personal account (such as Shenzhen tiers 2 and 3; check locally)")
        case .none: return .init(zh: "未参保", en: "not enrolled")
        }
    }
}
