extension Household {
    /// The use id in `uses.yaml` and `national.yaml` for a relative's resident-insurance premium.
    public static let residentPremiumUse = "resident_premium"

    /// The ledger note of a premium: whom and which year it was for.
    public static func premiumNote(name: String, year: Int) -> String {
        "\(year)年度居民医保保费：\(name) / resident-insurance premium for \(year): \(name)"
    }

    /// What `payer` may spend on a relative's premium now: the balance less quotas set aside (only the
    /// prior-years balance where the payer's region shares only that).
    public func premiumAvailable(payer: ResidentID, rules: some RegionRules) -> Money {
        guard let person = persons[payer] else { return .zero }
        var available = ownAvailable(person: payer)
        if rules.flags(for: person.region, on: date).onlyPriorYearsShareable {
            available = Swift.min(available, Swift.max(.zero, priorYearsRemaining(account: payer) - earmarked(payer: payer)))
        }
        return available
    }

    /// Records a resident-insurance premium (居民医保个人缴费) paid from `payer`'s account for a near
    /// relative, insured or not (this is how an uninsured relative becomes insured), for `year`.
    ///
    /// Refuses an unknown or dead payer or beneficiary, a payer without an employee account, the payer
    /// themselves, someone in employee insurance, a relation that is not a near relative on this date, a
    /// region whose policy data does not let the account pay premiums, a year other than last, this or
    /// next, and an amount of zero or beyond what the payer may spend now.
    public func premium(
        payer: ResidentID, beneficiary: ResidentID, relation: Relationship, amount: Money, year: Int,
        policy: PolicyBook
    ) throws(LifeEventError) -> [Change] {
        guard let p = persons[payer] else { throw .unknownPerson(masked: payer.masked) }
        guard let b = persons[beneficiary] else { throw .unknownPerson(masked: beneficiary.masked) }
        if let died = p.diedOn { throw .personDied(name: p.name, on: died) }
        if let died = b.diedOn { throw .personDied(name: b.name, on: died) }
        guard payer != beneficiary else { throw .premiumForSelf }
        guard p.hasPersonalAccount else { throw .noPersonalAccount(name: p.name) }
        guard b.scheme != .employee else { throw .premiumForEmployee(name: b.name) }
        let rule = policy.nationalRule(on: date)
        guard let kin = relation.kinClass, rule.nearRelatives.contains(kin) else { throw .notNearRelative(relation) }
        let use = policy.uses(in: p.region, on: date).first { $0.id == Household.residentPremiumUse }
        guard rule.uses.contains(Household.residentPremiumUse) || use?.isNational == false, use?.allowed ?? false else {
            throw .premiumNotAllowed(region: p.region)
        }
        guard (date.year - 1...date.year + 1).contains(year) else { throw .premiumYear(year: year) }
        guard amount > .zero else { throw .amountNotPositive }
        let available = premiumAvailable(payer: payer, rules: policy)
        guard amount <= available else { throw .beyondBalance(amount: amount, available: available) }
        return [
            .addLedgerEntry(
                LedgerEntry(
                    account: payer, date: date, kind: .premiumForRelative, amount: -amount, counterparty: beneficiary,
                    note: Household.premiumNote(name: b.name, year: year)))
        ]
    }
}
