/// People added at a kiosk are pending: a typed ID is no proof of kinship, so such a record is marked
/// unconfirmed until staff at the counter confirm it (`confirmPending`) or replace it with their own
/// (`addOrConfirm`, the counter's `person add`). Meanwhile the pending person may only be paid for by
/// the person who added them (that binding was theirs to make, from their own account); they may not pay
/// for anyone (`refuseIfPending`), and may not be given a kiosk PIN, so they cannot sign in.
extension Household {
    /// The counter's `person add`: a new person as `addPerson` adds them, or, for an ID a kiosk visitor
    /// added, the counter's details in place of the kiosk's, confirmed. Refuses as `addPerson` does.
    public func addOrConfirm(_ person: Person, openingBalance: Money? = nil) throws(HouseholdError) -> [Change] {
        guard persons[person.id] != nil, pending.contains(person.id) else {
            return try addPerson(person, openingBalance: openingBalance)
        }
        var without = self
        without.persons[person.id] = nil
        let changes = try without.addPerson(person, openingBalance: openingBalance)
        return changes.map { change in
            if case .addPerson(let added) = change { return .updatePerson(added) }
            return change
        } + [.confirmPerson(person.id)]
    }

    /// Confirms a person added at a kiosk, as they are.
    public func confirmPending(_ id: ResidentID) throws(HouseholdError) -> [Change] {
        guard let person = persons[id] else { throw .unknownPerson(masked: id.masked) }
        guard pending.contains(id) else { throw .notPending(name: person.name) }
        return [.confirmPerson(id)]
    }

    /// Refuses a pending person as a payer (or for a PIN).
    public func refuseIfPending(_ id: ResidentID) throws(HouseholdError) {
        guard pending.contains(id) else { return }
        throw .unconfirmed(name: persons[id]?.name ?? id.masked)
    }
}
