extension Household {
    /// The ledger note for a payment of medical costs.
    public static let medicalCostsNote = "就医购药 / medical costs"

    /// Records money paid into `account`'s personal account (划入).
    ///
    /// Refuses an unknown person, someone with no employee personal account, and an amount that is
    /// not above zero or is above `Money.maximum`.
    public func credit(account: ResidentID, amount: Money, note: String = "") throws(HouseholdError) -> [Change] {
        guard let person = persons[account] else { throw .unknownPerson(masked: account.masked) }
        guard person.hasPersonalAccount else { throw .noPersonalAccount(name: person.name, scheme: person.scheme) }
        try Household.checkAmount(amount)
        guard !TextIn.isDamaged(note) else { throw .notValidText }
        return [.addLedgerEntry(LedgerEntry(account: account, date: date, kind: .credit, amount: amount, note: note))]
    }

    /// How a medical payment of `amount` for `beneficiary` would be split today (nothing is changed).
    ///
    /// The beneficiary's own account pays first (less what it has earmarked for quotas), then each payer
    /// in the beneficiary's payer order up to what they may share, then cash. Whether only one payer may
    /// pay per settlement follows the beneficiary's region; whether only 历年结余 may be shared follows
    /// each payer's region. A beneficiary not enrolled in basic medical insurance cannot use relatives'
    /// accounts (REFERENCE.md §1.4), only their own.
    public func payment(beneficiary: ResidentID, amount: Money, rules: some RegionRules) throws(HouseholdError)
        -> Deduction
    {
        guard let patient = persons[beneficiary] else { throw .unknownPerson(masked: beneficiary.masked) }
        if let died = patient.diedOn { throw .personDied(name: patient.name, on: died) }
        try Household.checkAmount(amount)
        let own =
            accounts[beneficiary] != nil
            ? PayerFunds(account: beneficiary, available: ownAvailable(person: beneficiary)) : nil
        let payers: [PayerFunds] =
            patient.scheme.isEnrolled
            ? payerOrder(for: beneficiary).map {
                PayerFunds(account: $0, available: shareable(payer: $0, for: beneficiary, rules: rules))
            } : []
        let flags = rules.flags(for: patient.region, on: date)
        return DeductionEngine.split(
            amount: amount, own: own, payers: payers, onePayerPerSettlement: flags.onePayerPerSettlement)
    }

    /// Pays `amount` of medical costs for `beneficiary`: the split (see `payment`) and the ledger
    /// entries that record it, dated today: own spending on the beneficiary's account and spending for
    /// a relative on each payer's account. The cash part is not recorded.
    public func pay(beneficiary: ResidentID, amount: Money, rules: some RegionRules) throws(HouseholdError)
        -> (deduction: Deduction, changes: [Change])
    {
        let deduction = try payment(beneficiary: beneficiary, amount: amount, rules: rules)
        let changes: [Change] = deduction.parts.map { part in
            .addLedgerEntry(
                LedgerEntry(
                    account: part.account, date: date, kind: part.isOwn ? .ownSpending : .relativeSpending,
                    amount: -part.amount, counterparty: part.isOwn ? nil : beneficiary,
                    note: Household.medicalCostsNote))
        }
        return (deduction, changes)
    }

    private static func checkAmount(_ amount: Money) throws(HouseholdError) {
        guard amount > .zero else { throw .amountNotPositive }
        guard amount <= Money.maximum else { throw .amountTooLarge }
    }
}
