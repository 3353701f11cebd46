extension Household {
    /// Saves the order in which `beneficiary`'s payers are charged. `order` must hold every current
    /// payer exactly once and no one else; every problem is named in the refusal.
    public func setPayerOrder(beneficiary: ResidentID, order: [ResidentID]) throws(HouseholdError) -> [Change] {
        guard persons[beneficiary] != nil else { throw .unknownPerson(masked: beneficiary.masked) }
        let current = Set(bindings.filter { $0.beneficiary == beneficiary }.map(\.payer))
        var problems: [PayerOrderProblem] = []
        var seen: Set<ResidentID> = []
        var reportedTwice: Set<ResidentID> = []
        for payer in order {
            if seen.contains(payer) {
                if current.contains(payer) && !reportedTwice.contains(payer) {
                    problems.append(.listedTwice(name: nameForMessages(payer)))
                    reportedTwice.insert(payer)
                }
                continue
            }
            seen.insert(payer)
            if !current.contains(payer) { problems.append(.notAPayer(name: nameForMessages(payer))) }
        }
        // Missing payers in the order they are charged now, so the message reads like the screen.
        for payer in payerOrder(for: beneficiary) where !seen.contains(payer) {
            problems.append(.missing(name: nameForMessages(payer)))
        }
        guard problems.isEmpty else { throw .payerOrder(problems) }
        return [.setPayerOrder(PayerOrder(beneficiary: beneficiary, payers: order))]
    }

    /// A person's name, or the masked ID number of someone not in the household.
    private func nameForMessages(_ id: ResidentID) -> String {
        persons[id]?.name ?? id.masked
    }
}
