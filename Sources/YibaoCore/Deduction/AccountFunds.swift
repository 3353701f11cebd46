// How much of each personal account may be spent, and by whom (REFERENCE.md §1.7, §1.11).
//
// - A quota binding (跨省共济额度) earmarks part of the payer's balance: the relative may use it, the payer
//   may not. What is earmarked is the quota less what the relative has used of it.
// - In Shanghai/Zhejiang-type regions only the prior-years balance (历年结余) of a payer may be shared.

extension AccountTotals {
    /// What is left of the balance carried over from previous years (历年结余), as of the totals' date.
    ///
    /// This year's spending for relatives (共济支出, 代缴保费) is taken from the prior-years balance; the
    /// rest of this year's activity only touches it when it is a net outflow (spending more than was
    /// credited this year). Never below zero, never above the balance.
    public var priorYearsRemaining: Money {
        var forRelatives = Money.zero
        var otherNet = Money.zero
        for (kind, amount) in thisYearByKind {
            switch kind {
            case .relativeSpending, .premiumForRelative: forRelatives += amount
            default: otherNet += amount
            }
        }
        let remaining = balanceAtStartOfYear + forRelatives + min(.zero, otherNet)
        return max(.zero, min(remaining, balance))
    }
}

extension Household {
    /// For a quota binding: the quota less what the beneficiary has used of it, never below zero.
    /// Zero when `payer` has no quota binding for `beneficiary`.
    public func quotaRemaining(payer: ResidentID, beneficiary: ResidentID) -> Money {
        guard let binding = fundsBinding(payer: payer, beneficiary: beneficiary), case .quota(let quota) = binding.form
        else { return .zero }
        let used = quotaUsed[QuotaKey(payer: payer, beneficiary: beneficiary)] ?? .zero
        return max(.zero, quota - used)
    }

    /// What the payer has set aside for relatives in other provinces and may not spend: the sum of
    /// what remains of each of the payer's quotas, including those for people a scoped view leaves out.
    public func earmarked(payer: ResidentID) -> Money {
        var total = earmarkedElsewhere[payer] ?? .zero
        for b in bindings where b.payer == payer {
            if case .quota = b.form { total += quotaRemaining(payer: payer, beneficiary: b.beneficiary) }
        }
        return total
    }

    /// The prior-years balance (历年结余) still in `account`; zero when there is no account.
    public func priorYearsRemaining(account: ResidentID) -> Money {
        accounts[account]?.priorYearsRemaining ?? .zero
    }

    /// What a person may spend on their own care: the balance less what is earmarked for relatives.
    public func ownAvailable(person: ResidentID) -> Money {
        guard let totals = accounts[person] else { return .zero }
        return max(.zero, totals.balance - earmarked(payer: person))
    }

    /// What `payer`'s account may pay for `beneficiary` today.
    ///
    /// - Ordered binding: the balance (or, where the payer's region shares only 历年结余, the
    ///   prior-years balance), less what the payer has earmarked for quotas.
    /// - Quota binding: what remains of the quota, as far as the balance covers it.
    /// Zero when there is no binding, no account, or the payer is not known.
    public func shareable(payer: ResidentID, for beneficiary: ResidentID, rules: some RegionRules) -> Money {
        guard let binding = fundsBinding(payer: payer, beneficiary: beneficiary), let totals = accounts[payer],
            let person = persons[payer]
        else { return .zero }
        switch binding.form {
        case .ordered:
            let flags = rules.flags(for: person.region, on: date)
            let base = flags.onlyPriorYearsShareable ? totals.priorYearsRemaining : totals.balance
            return max(.zero, base - earmarked(payer: payer))
        case .quota:
            return max(.zero, min(quotaRemaining(payer: payer, beneficiary: beneficiary), totals.balance))
        }
    }

    /// The order in which `beneficiary`'s payers are charged: the saved order, keeping only people who
    /// are still payers, then any payer missing from it, oldest binding first (then by ID).
    public func payerOrder(for beneficiary: ResidentID) -> [ResidentID] {
        var firstSince: [ResidentID: CivilDate] = [:]
        for b in bindings where b.beneficiary == beneficiary {
            if let known = firstSince[b.payer], known <= b.since { continue }
            firstSince[b.payer] = b.since
        }
        var order: [ResidentID] = []
        var seen: Set<ResidentID> = []
        for payer in payerOrders[beneficiary] ?? [] where firstSince[payer] != nil && !seen.contains(payer) {
            order.append(payer)
            seen.insert(payer)
        }
        let missing = firstSince.keys.filter { !seen.contains($0) }.sorted {
            (firstSince[$0]!, $0) < (firstSince[$1]!, $1)
        }
        return order + missing
    }

    /// The (first) binding from `payer` to `beneficiary`, if any.
    private func fundsBinding(payer: ResidentID, beneficiary: ResidentID) -> Binding? {
        bindings.first { $0.payer == payer && $0.beneficiary == beneficiary }
    }
}
