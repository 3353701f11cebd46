import GRDB
import YibaoCore

extension Store {
    /// What every screen reads, in ONE read transaction (so the parts always agree): the household as
    /// of `date`, the owner, when the store last changed, how many ledger lines each personal account
    /// has, the bindings that ended by themselves up to `date`, and the owner's last credit.
    public func snapshot(asOf date: CivilDate) throws(StoreError) -> AppSnapshot {
        try snapshot(asOf: date, years: .calendar)
    }

    /// The snapshot as of `date`, each account's "this year" by its holder's insurance year (`years`).
    public func snapshot(asOf date: CivilDate, years: InsuranceYears) throws(StoreError) -> AppSnapshot {
        try read { db in
            let household = try Store.household(db, asOf: date, years: years)
            var counts: [ResidentID: Int] = [:]
            let all = try Store.ledgerCounts(db)
            for (id, person) in household.persons where person.hasPersonalAccount { counts[id] = all[id] ?? 0 }
            let owner = household.persons.values.first(where: \.isOwner)?.id
            let ends = try Store.bindingEnds(db).filter { $0.endedOn <= date }
            // Newest first along the (account, date) index: stops at the first credit, however long the ledger.
            let lastCredit = try owner.flatMap { owner in
                try String.fetchOne(
                    db,
                    sql: """
                        SELECT date FROM ledger INDEXED BY ledger_by_account_date
                        WHERE account = ? AND date <= ? AND kind = 'credit' ORDER BY date DESC LIMIT 1
                        """,
                    arguments: [owner.value, date.iso])
            }
            return AppSnapshot(
                household: household, owner: owner, lastChange: try Store.meta(db, "last_change"), ledgerCounts: counts,
                bindingEnds: ends, ownerLastCredit: lastCredit.flatMap { CivilDate(iso: $0) })
        }
    }

    /// A number that changes when ANOTHER connection (another process, or another `Store` on the same
    /// file) commits a change; this store's own commits leave it alone. SQLite's `PRAGMA data_version`,
    /// always read on the store's one connection, so it is comparable from call to call. Compare
    /// two readings; the value itself means nothing.
    public func changeMark() throws(StoreError) -> Int64 {
        do {
            return try database.writeWithoutTransaction { db in
                try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}
