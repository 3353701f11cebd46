extension Household {
    /// The ledger note of a balance read from the app or a statement and recorded in Yibao.
    public static func balanceRecordNote(_ balance: Money) -> String {
        "余额核对：\(balance.formatted) / balance checked: \(balance.formatted)"
    }

    /// Records that `account`'s balance on this household's date is `balance` (as the person read it in
    /// the insurance app or on a statement): one adjustment line of the difference from what Yibao has,
    /// so the record agrees and nothing earlier is rewritten. Refuses an unknown or dead person, someone
    /// without a personal account, and a balance Yibao already has.
    public func recordBalance(account: ResidentID, balance: Money) throws(LifeEventError) -> [Change] {
        guard let person = persons[account] else { throw .unknownPerson(masked: account.masked) }
        if let died = person.diedOn { throw .personDied(name: person.name, on: died) }
        guard person.hasPersonalAccount else { throw .noPersonalAccount(name: person.name) }
        let current = accounts[account]?.balance ?? .zero
        let difference = balance - current
        guard difference != .zero else { throw .balanceUnchanged(name: person.name, balance: balance) }
        return [
            .addLedgerEntry(
                LedgerEntry(
                    account: account, date: date, kind: .adjustment, amount: difference,
                    note: Household.balanceRecordNote(balance)))
        ]
    }
}
