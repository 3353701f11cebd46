/// Why an edit, a death, a premium or an estimated credit was refused, in words that say what to do.
public enum LifeEventError: UserFacingError, Equatable {
    /// No one with this ID number (masked) is here.
    case unknownPerson(masked: String)
    /// The person's death is recorded: nothing more may change for them.
    case personDied(name: String, on: CivilDate)
    /// The edit changes nothing.
    case nothingToChange(name: String)
    /// The name is empty after trimming spaces.
    case emptyName
    /// The name is too long.
    case nameTooLong(count: Int)
    /// A death or retirement dated before the person was born.
    case beforeBirth(name: String, date: CivilDate, birth: CivilDate)
    /// A date after today.
    case afterToday(date: CivilDate, today: CivilDate)
    /// A contribution base that cannot be a monthly base (zero, negative, or beyond any city's cap).
    case implausibleBase(Money)
    /// A premium (or credit) of zero or less.
    case amountNotPositive
    /// A premium beyond what the payer may spend now.
    case beyondBalance(amount: Money, available: Money)
    /// The payer has no employee personal account.
    case noPersonalAccount(name: String)
    /// The relation is not a near relative (or not yet allowed on that date).
    case notNearRelative(Relationship)
    /// The payer's region does not let the account pay resident-insurance premiums (on that date).
    case premiumNotAllowed(region: RegionCode)
    /// A resident premium for someone in employee insurance.
    case premiumForEmployee(name: String)
    /// A premium for the payer themselves.
    case premiumForSelf
    /// A premium year too far from the date.
    case premiumYear(year: Int)
    /// The estimated credit needs what is not recorded (the base, or a rule the tables can compute).
    case noEstimate(LocalizedText)
    /// That month already has a credit.
    case monthAlreadyCredited(month: String)
    /// A month after this one.
    case futureMonth(month: String)
    /// The balance typed is what is recorded already: nothing to record.
    case balanceUnchanged(name: String, balance: Money)

    public var message: LocalizedText {
        switch self {
        case .unknownPerson(let masked):
            return .init(
                zh: "这里没有身份证号为\(masked)的人。请先添加这个人。",
                en: "No one with ID number \(masked) is here. Please add the person first.")
        case .personDied(let name, let on):
            return .init(
                zh: "已记录\(name)于\(on.iso)去世，不能再修改、绑定、付款或为其付款。余额可按继承情形提取（见提取规则）。",
                en: "\(name)'s death on \(on.iso) is recorded: nothing more can be changed, bound, paid or paid for. "
                    + "The balance may be withdrawn by the heirs (see the withdrawal rules).")
        case .nothingToChange(let name):
            return .init(
                zh: "没有要修改的内容：\(name)的资料和填写的一样。",
                en: "Nothing to change: \(name)'s record already says this.")
        case .emptyName:
            return .init(zh: "请输入姓名。", en: "Please type the name.")
        case .nameTooLong(let count):
            return .init(
                zh: "姓名太长了（\(count)个字），最多\(Household.maximumNameLength)个字。请核对。",
                en: "The name is too long (\(count) characters); the most is \(Household.maximumNameLength). Please check it.")
        case .beforeBirth(let name, let date, let birth):
            return .init(
                zh: "\(date.iso)早于\(name)的出生日期（\(birth.iso)）。请核对日期。",
                en: "\(date.iso) is before \(name) was born (\(birth.iso)). Please check the date.")
        case .afterToday(let date, let today):
            return .init(
                zh: "\(date.iso)在今天（\(today.iso)）之后。请填写已经发生的日期。",
                en: "\(date.iso) is after today (\(today.iso)). Please give a date that has passed.")
        case .implausibleBase(let base):
            return .init(
                zh: "缴费基数\(base.formatted)不像每月的缴费基数（应在¥100.00到¥100,000.00之间）。请看工资条或社保缴费记录。",
                en: "A contribution base of \(base.formatted) is not a plausible monthly base (it should be between "
                    + "¥100.00 and ¥100,000.00). Please check your payslip or contribution record.")
        case .amountNotPositive:
            return .init(zh: "金额必须大于零。", en: "The amount must be more than zero.")
        case .beyondBalance(let amount, let available):
            return .init(
                zh: "\(amount.formatted)超过了现在可以用的\(available.formatted)。请核对金额或余额。",
                en: "\(amount.formatted) is more than the \(available.formatted) that may be spent now. "
                    + "Please check the amount or the balance.")
        case .noPersonalAccount(let name):
            return .init(
                zh: "\(name)没有职工医保个人账户，不能从账户付款。",
                en: "\(name) has no employee personal account to pay from.")
        case .notNearRelative(let relation):
            return .init(
                zh: "个人账户只能为近亲属缴纳保费；“\(relation.name.zh)”不在这天的近亲属范围内。",
                en: "The account may pay premiums only for near relatives; \(relation.name.en) is not one on that date.")
        case .premiumNotAllowed(let region):
            return .init(
                zh: "政策数据显示，\(region.code)这天还不能用个人账户缴纳居民医保保费。请向当地医保部门或12393咨询。",
                en: "The policy data says that in \(region.code) the account cannot pay resident-insurance premiums "
                    + "on that date. Please ask the local office or call 12393.")
        case .premiumForEmployee(let name):
            return .init(
                zh: "\(name)参加的是职工医保，不需要缴纳居民医保保费。",
                en: "\(name) is in employee insurance and pays no resident-insurance premium.")
        case .premiumForSelf:
            return .init(
                zh: "这是为家人代缴保费；请选一位近亲属。",
                en: "This records a premium paid for a relative; please choose a near relative.")
        case .premiumYear(let year):
            return .init(
                zh: "\(year)年的保费不在可记录的范围内（去年、今年或明年）。",
                en: "A premium for \(year) cannot be recorded: give last year, this year or next year.")
        case .noEstimate(let why):
            return why
        case .monthAlreadyCredited(let month):
            return .init(
                zh: "\(month)已经记过划入了。如要更正，请记一笔调整。",
                en: "\(month) already has a credit recorded. To correct it, record an adjustment.")
        case .futureMonth(let month):
            return .init(
                zh: "\(month)还没有到，不能记录划入。",
                en: "\(month) has not come yet; its credit cannot be recorded.")
        case .balanceUnchanged(let name, let balance):
            return .init(
                zh: "\(name)的余额在Yibao里已经是\(balance.formatted)，不用再记。",
                en: "\(name)'s balance in Yibao is already \(balance.formatted); there is nothing to record.")
        }
    }
}
