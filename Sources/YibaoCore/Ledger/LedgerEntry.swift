/// One line of a personal account's ledger. The balance is the sum of the ledger, never stored.
///
/// `amount` is signed: credits and transfers in are positive, spending and withdrawals negative;
/// an adjustment may be either.
public struct LedgerEntry: Hashable, Sendable, Codable, Identifiable {
    /// Assigned by the store; 0 for an entry not yet saved.
    public var id: Int64
    /// Whose personal account this line belongs to.
    public var account: ResidentID
    public var date: CivilDate
    public var kind: Kind
    public var amount: Money
    /// For spending on and premiums for a relative: that relative.
    public var counterparty: ResidentID?
    public var note: String

    public enum Kind: String, CaseIterable, Sendable, Codable {
        /// 划入: monthly credit (own contribution, or the fixed retiree amount from the pooled fund).
        case credit
        /// 本人支出: spent on the account holder's own care.
        case ownSpending
        /// 共济支出: spent on a bound relative's care.
        case relativeSpending
        /// 代缴保费: a relative's resident-insurance (or long-term-care) premium paid from this account.
        case premiumForRelative
        /// 转入: balance transferred in from another region.
        case transferIn
        /// 转出: balance transferred out to another region.
        case transferOut
        /// 提取: paid out to the holder's or heir's own bank account in a permitted case.
        case withdrawal
        /// 调整/冲正: a correction or reversal.
        case adjustment

        /// Whether amounts of this kind must be positive (true), negative (false), or either (nil).
        public var sign: Bool? {
            switch self {
            case .credit, .transferIn: return true
            case .ownSpending, .relativeSpending, .premiumForRelative, .transferOut, .withdrawal: return false
            case .adjustment: return nil
            }
        }

        public var name: LocalizedText {
            switch self {
            case .credit: return .init(zh: "划入", en: "credit")
            case .ownSpending: return .init(zh: "本人支出", en: "own spending")
            case .relativeSpending: return .init(zh: "共济支出", en: "for a relative")
            case .premiumForRelative: return .init(zh: "代缴保费", en: "premium for relative")
            case .transferIn: return .init(zh: "转入", en: "transfer in")
            case .transferOut: return .init(zh: "转出", en: "transfer out")
            case .withdrawal: return .init(zh: "提取", en: "withdrawal")
            case .adjustment: return .init(zh: "调整", en: "adjustment")
            }
        }
    }

    public init(
        id: Int64 = 0, account: ResidentID, date: CivilDate, kind: Kind, amount: Money,
        counterparty: ResidentID? = nil, note: String = ""
    ) {
        self.id = id
        self.account = account
        self.date = date
        self.kind = kind
        self.amount = amount
        self.counterparty = counterparty
        self.note = note
    }
}
