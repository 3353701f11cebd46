/// Which basic medical insurance a person is enrolled in.
public enum Scheme: String, CaseIterable, Sendable, Codable {
    /// 职工基本医疗保险: has a personal account (个人账户) and can be a payer.
    case employee
    /// 城乡居民基本医疗保险: enrolled, but no personal account.
    case resident
    /// Not enrolled in basic medical insurance.
    case none

    public var isEnrolled: Bool { self != .none }

    public var name: LocalizedText {
        switch self {
        case .employee: return .init(zh: "职工医保", en: "employee insurance")
        case .resident: return .init(zh: "居民医保", en: "resident insurance")
        case .none: return .init(zh: "未参保", en: "not enrolled")
        }
    }
}
