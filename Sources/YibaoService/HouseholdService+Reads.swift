import YibaoCore
import YibaoStore

extension HouseholdService {
    /// What every screen shows, read in ONE read transaction: the household as of `date`, the owner,
    /// when the store last changed and each account's ledger length.
    public func snapshot(asOf date: CivilDate) throws -> AppSnapshot {
        try store.snapshot(asOf: date, years: insuranceYears())
    }

    /// Everything a change is decided on, as of `date`.
    public func household(asOf date: CivilDate) throws -> Household {
        try store.household(asOf: date, years: insuranceYears())
    }

    /// One page of an account's ledger, newest first.
    public func ledger(of account: ResidentID, offset: Int = 0, limit: Int = 100) throws -> [LedgerEntry] {
        try store.ledger(of: account, offset: offset, limit: limit)
    }

    /// Everyone saved, the owner first, then by name.
    public func persons() throws -> [Person] { try store.persons() }

    /// The person with this identity number, if saved.
    public func person(_ id: ResidentID) throws -> Person? { try store.person(id) }

    /// The store's owner, if one is saved.
    public func owner() throws -> Person? { try store.owner() }

    /// True when nobody is saved and the ledger is empty.
    public func isEmpty() throws -> Bool { try store.isEmpty }

    /// The newest `limit` audit lines, newest first.
    public func audit(limit: Int = 50) throws -> [AuditEntry] { try store.audit(limit: limit) }

    /// The whole store, for `yibao export`.
    public func export() throws -> StoreExport { try store.export() }

    /// People added at a kiosk and not yet confirmed at the counter.
    public func pendingPersons() throws -> Set<ResidentID> { try store.pendingPersons() }

    /// A number that changes when another process commits to the store (`Store.changeMark()`); this
    /// service's own changes need not change it.
    public func changeMark() throws -> Int64 { try store.changeMark() }

    /// Remembers the language a person chose in the app (a preference, not a change: no audit row).
    public func rememberLanguage(_ language: Language) {
        try? store.setPreference("language", language.rawValue)
    }

    /// The language remembered by `rememberLanguage`, if any.
    public func rememberedLanguage() -> Language? {
        store.preference("language").flatMap(Language.init(tag:))
    }
}
