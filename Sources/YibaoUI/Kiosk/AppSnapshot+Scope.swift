import YibaoCore

extension AppSnapshot {
    /// The snapshot as one kiosk person may see it: they are the owner; the people are they and
    /// those bound to them (either way); the bindings are only theirs; the account totals are theirs
    /// and their binding partners' (what a payer can share is part of the binding); the ledger count
    /// is only their own; payer orders only theirs and their beneficiaries', without anyone hidden.
    /// Everyone else in the store is left out entirely, and so is when the store last changed; only
    /// the sum each visible payer has earmarked for them stays (`earmarkedElsewhere`), so what a payer
    /// can pay here is what the deduction engine lets them pay.
    public func scoped(to person: ResidentID) -> AppSnapshot {
        guard var me = household.persons[person] else {
            return AppSnapshot(household: Household(date: household.date), owner: person, lastChange: nil)
        }
        me.isOwner = true
        let bindings = household.bindings.filter { $0.payer == person || $0.beneficiary == person }
        var visible: Set<ResidentID> = [person]
        for binding in bindings {
            visible.insert(binding.payer)
            visible.insert(binding.beneficiary)
        }
        var persons = household.persons.filter { visible.contains($0.key) }
        for id in persons.keys where id != person { persons[id]?.isOwner = false }
        persons[person] = me
        var orders: [ResidentID: [ResidentID]] = [:]
        for (beneficiary, order) in household.payerOrders where visible.contains(beneficiary) {
            let payers = Set(bindings.filter { $0.beneficiary == beneficiary }.map(\.payer))
            let kept = order.filter { payers.contains($0) }
            if !kept.isEmpty { orders[beneficiary] = kept }
        }
        let quotaUsed = household.quotaUsed.filter { $0.key.payer == person || $0.key.beneficiary == person }
        var accounts = household.accounts.filter { visible.contains($0.key) }
        for (id, totals) in accounts where id != person {
            // A partner's spending for people left out would carry their ID numbers.
            accounts[id]?.thisYearForRelatives = totals.thisYearForRelatives.filter { visible.contains($0.key) }
        }
        var scoped = Household(
            date: household.date, persons: persons, bindings: bindings, payerOrders: orders, accounts: accounts,
            quotaUsed: quotaUsed, earmarkedElsewhere: earmarkedOutside(bindings, of: visible))
        scoped.pending = household.pending.intersection(visible)
        return AppSnapshot(
            household: scoped, owner: person, lastChange: nil,
            ledgerCounts: ledgerCounts.filter { $0.key == person })
    }

    /// For each of `visible` who has quotas for people outside `kept`: what remains of those quotas,
    /// as one sum per payer (nobody named).
    private func earmarkedOutside(_ kept: [Binding], of visible: Set<ResidentID>) -> [ResidentID: Money] {
        var result: [ResidentID: Money] = [:]
        for payer in visible {
            var inView = Money.zero
            for binding in kept where binding.payer == payer {
                inView += household.quotaRemaining(payer: payer, beneficiary: binding.beneficiary)
            }
            let outside = household.earmarked(payer: payer) - inView
            if outside > .zero { result[payer] = outside }
        }
        return result
    }
}
