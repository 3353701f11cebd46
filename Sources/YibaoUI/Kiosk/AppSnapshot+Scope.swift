import YibaoCore

extension AppSnapshot {
    /// The snapshot as one kiosk person may see it: they are the owner; the people are they and
    /// those bound to them (either way); the bindings are only theirs; the account totals are theirs
    /// and their binding partners' (what a payer can share is part of the binding); the ledger count
    /// is only their own; payer orders only theirs and their beneficiaries', without anyone hidden.
    /// Everyone else in the store is left out entirely, and so is when the store last changed.
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
        let scoped = Household(
            date: household.date, persons: persons, bindings: bindings, payerOrders: orders,
            accounts: household.accounts.filter { visible.contains($0.key) }, quotaUsed: quotaUsed)
        return AppSnapshot(
            household: scoped, owner: person, lastChange: nil,
            ledgerCounts: ledgerCounts.filter { $0.key == person })
    }
}
