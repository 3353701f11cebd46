import YibaoCore

/// How the payer-order screen works a bill through the accounts for its example: the model's
/// deduction engine by default. A value, so a test can count how often the engine runs.
struct PayerOrderExample: Sendable {
    /// The deduction of `amount` for `beneficiary`, with the household's payer orders as given.
    let pay:
        @Sendable (_ household: Household, _ beneficiary: ResidentID, _ amount: Money, _ policy: PolicyBook)
            -> Deduction?

    /// `Household.payment`, the deduction engine.
    static let engine = PayerOrderExample { household, beneficiary, amount, policy in
        try? household.payment(beneficiary: beneficiary, amount: amount, rules: policy)
    }
}
