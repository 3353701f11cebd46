extension Household {
    /// The most characters a name may have. Names are otherwise stored as typed; screens sanitise
    /// them when drawing.
    public static let maximumNameLength = 40

    /// The ledger note for an opening balance.
    public static let openingBalanceNote = "期初余额 / opening balance"

    /// Adds a person (name trimmed of surrounding spaces). An opening balance, for an employee
    /// account only, is recorded as an adjustment dated today; zero or nil records nothing.
    ///
    /// Refuses an ID already here, a second owner, an empty or over-long name, and an opening balance
    /// that is negative, too large, or for someone with no personal account.
    public func addPerson(_ person: Person, openingBalance: Money? = nil) throws(HouseholdError) -> [Change] {
        if let existing = persons[person.id] { throw .alreadyAdded(name: existing.name) }
        if person.isOwner, let owner = persons.values.filter(\.isOwner).min(by: { $0.id < $1.id }) {
            throw .secondOwner(existing: owner.name)
        }
        var added = person
        added.name = Household.trimmedName(person.name)
        guard !added.name.isEmpty else { throw .emptyName }
        guard !TextIn.isDamaged(added.name) else { throw .notValidText }
        guard added.name.count <= Household.maximumNameLength else { throw .nameTooLong(count: added.name.count) }

        var changes: [Change] = [.addPerson(added)]
        if let opening = openingBalance, opening != .zero {
            guard added.hasPersonalAccount else { throw .openingBalanceWithoutAccount(scheme: added.scheme) }
            guard opening > .zero else { throw .negativeOpeningBalance }
            guard opening <= Money.maximum else { throw .amountTooLarge }
            changes.append(
                .addLedgerEntry(
                    LedgerEntry(
                        account: added.id, date: date, kind: .adjustment, amount: opening,
                        note: Household.openingBalanceNote)))
        }
        return changes
    }

    private static func trimmedName(_ name: String) -> String {
        var s = Substring(name)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
