/// Why a change to the household (a new person, a credit, a payer order, a payment) was refused,
/// in words that say what to do instead.
public enum HouseholdError: UserFacingError, Equatable {
    /// The ID number is already in the household (the name it is recorded under).
    case alreadyAdded(name: String)
    /// Someone else is already the owner (本人) of this household.
    case secondOwner(existing: String)
    /// The name is empty after trimming spaces.
    case emptyName
    /// The name has more than `Household.maximumNameLength` characters (how many it has).
    case nameTooLong(count: Int)
    /// An opening balance for someone without an employee personal account.
    case openingBalanceWithoutAccount(scheme: Scheme)
    /// An opening balance below zero.
    case negativeOpeningBalance
    /// No one with this ID number (shown masked) is in the household.
    case unknownPerson(masked: String)
    /// The person has no employee personal account to put money into.
    case noPersonalAccount(name: String, scheme: Scheme)
    /// A credit or payment of zero or less.
    case amountNotPositive
    /// More than `Money.maximum`.
    case amountTooLarge
    /// A payer order that is not exactly the beneficiary's payers, each problem listed.
    case payerOrder([PayerOrderProblem])
    /// The person's death is recorded: they can no longer pay or be paid for.
    case personDied(name: String, on: CivilDate)
    /// A name or note that holds U+FFFD: bytes that were not valid UTF-8 (`TextIn`).
    case notValidText
    /// The person was added at a kiosk and is not confirmed yet: they may not pay for anyone or have a PIN.
    case unconfirmed(name: String)
    /// `person confirm` for someone who was not added at a kiosk (or is confirmed already).
    case notPending(name: String)

    public var message: LocalizedText {
        switch self {
        case .alreadyAdded(let name):
            return .init(
                zh: "这个身份证号码已经登记过了（\(name)）。不用再添加；如要修改，请修改已有的资料。",
                en: "This ID number is already here (\(name)). No need to add it again; to change details, "
                    + "edit the existing entry.")
        case .secondOwner(let existing):
            return .init(
                zh: "已经有本人了（\(existing)）。只能有一位本人，请把这位添加为家人。",
                en: "\(existing) is already the owner here, and there can be only one. Please add this person as a "
                    + "relative.")
        case .unconfirmed(let name):
            return .init(
                zh: "\(name) 是在自助机上添加的，还没有在服务台核实，所以暂时不能为别人付款，也不能设置自助机密码。"
                    + "请本人带证件到服务台核实（yibao person confirm 或 yibao person add）。什么都没有改动。",
                en: "\(name) was added at a kiosk and is not yet confirmed at the counter, so they cannot pay for anyone "
                    + "or have a kiosk PIN yet. Please confirm them at the counter with their papers "
                    + "(`yibao person confirm` or `yibao person add`). Nothing was changed.")
        case .notPending(let name):
            return .init(
                zh: "\(name) 不需要核实：不是在自助机上添加的，或已经核实过了。什么都没有改动。",
                en: "\(name) needs no confirming: they were not added at a kiosk, or are confirmed already. "
                    + "Nothing was changed.")
        case .notValidText:
            return TextInRefusal.notUTF8(what: LocalizedText(zh: "姓名或备注", en: "The name or note")).message
        case .emptyName:
            return .init(zh: "请输入姓名。", en: "Please type the name.")
        case .nameTooLong(let count):
            return .init(
                zh: "姓名太长了（\(count)个字），最多\(Household.maximumNameLength)个字。请核对。",
                en: "The name is too long (\(count) characters); the most is \(Household.maximumNameLength). "
                    + "Please check it.")
        case .openingBalanceWithoutAccount(let scheme):
            return .init(
                zh: "只有职工医保才有个人账户。这位是\(scheme.name.zh)，请不要填期初余额。",
                en: "Only employee insurance has a personal account. This person has \(scheme.name.en), so please "
                    + "leave the opening balance empty.")
        case .negativeOpeningBalance:
            return .init(
                zh: "期初余额不能是负数。请输入账户里现有的金额，例如 1200.00。",
                en: "The opening balance cannot be negative. Please type what the account holds now, for example "
                    + "1200.00.")
        case .unknownPerson(let masked):
            return .init(
                zh: "这里没有身份证号为\(masked)的人。请先添加这个人。",
                en: "No one with ID number \(masked) is here. Please add the person first.")
        case .noPersonalAccount(let name, let scheme):
            return .init(
                zh: "\(name)参加的是\(scheme.name.zh)，没有个人账户，不能划入。",
                en: "\(name) has \(scheme.name.en), which has no personal account, so nothing can be credited.")
        case .amountNotPositive:
            return .init(
                zh: "金额要大于零，例如 120.50。", en: "The amount must be more than zero, for example 120.50.")
        case .amountTooLarge:
            return .init(
                zh: "金额太大了，最多\(Money.maximum.formatted)。请核对是否多输了数字。",
                en: "The amount is too large; the most is \(Money.maximum.formatted). Please check for extra digits.")
        case .personDied(let name, let on):
            return LifeEventError.personDied(name: name, on: on).message
        case .payerOrder(let problems):
            return .init(
                zh: "扣款顺序不对：" + problems.map(\.message.zh).joined(separator: "；") + "。请把每位共济人排一次，不多不少。",
                en: "The payer order is not right: " + problems.map(\.message.en).joined(separator: "; ")
                    + ". Please list each payer exactly once.")
        }
    }
}

/// One thing wrong with a proposed payer order (扣款顺序), naming the person.
public enum PayerOrderProblem: Hashable, Sendable {
    /// The person appears more than once.
    case listedTwice(name: String)
    /// A current payer is left out.
    case missing(name: String)
    /// The person is not bound to pay for this beneficiary.
    case notAPayer(name: String)

    public var message: LocalizedText {
        switch self {
        case .listedTwice(let name): return .init(zh: "\(name)排了不止一次", en: "\(name) is listed more than once")
        case .missing(let name): return .init(zh: "少了\(name)", en: "\(name) is missing")
        case .notAPayer(let name):
            return .init(zh: "\(name)没有为这位家人付款的绑定", en: "\(name) is not bound to pay for this person")
        }
    }
}
