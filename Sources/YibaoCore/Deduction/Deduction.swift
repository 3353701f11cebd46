/// What one personal account can put towards a payment.
public struct PayerFunds: Hashable, Sendable {
    public var account: ResidentID
    /// What the account may pay for this beneficiary (already net of earmarks and regional limits).
    public var available: Money

    public init(account: ResidentID, available: Money) {
        self.account = account
        self.available = available
    }
}

/// How a payment is split: the patient's own account, then relatives' accounts in order, then cash.
///
/// Fen-exact: the parts and the cash always add up to `amount`; no part is zero or negative.
public struct Deduction: Hashable, Sendable {
    /// What was to be paid.
    public var amount: Money
    /// Who pays what from a personal account, in the order charged (the patient's own account first).
    public var parts: [Part]
    /// What is left for the patient to pay in cash (or by other means).
    public var cash: Money

    /// One account's share of a payment.
    public struct Part: Hashable, Sendable {
        public var account: ResidentID
        public var amount: Money
        /// True for the patient's own account, false for a relative's.
        public var isOwn: Bool

        public init(account: ResidentID, amount: Money, isOwn: Bool) {
            self.account = account
            self.amount = amount
            self.isOwn = isOwn
        }
    }

    public init(amount: Money, parts: [Part], cash: Money) {
        self.amount = amount
        self.parts = parts
        self.cash = cash
    }

    /// The part the patient's own account pays (zero when none).
    public var ownPart: Money { parts.filter(\.isOwn).reduce(.zero) { $0 + $1.amount } }
    /// The parts relatives' accounts pay, in order.
    public var payerParts: [Part] { parts.filter { !$0.isOwn } }
}
