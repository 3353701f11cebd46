import YibaoCore

/// What `HouseholdService` needs of a store, whichever engine keeps it: the SQLite file (`Store`, the
/// embedded default) or a PostgreSQL server shared by a fleet of kiosks (`PostgresStore` in
/// YibaoPostgres). Every behaviour here is proved on both by one conformance suite
/// (Tests/YibaoServiceTests/Conformance).
///
/// The contract is the SQLite store's, documented on `Store`: a change is decided by the model inside
/// its own transaction (`changeInSteps`) and written with one audit row; reads of a snapshot agree with
/// each other; `changeMark()` moves when another process commits.
public protocol RecordStore: AnyObject, Sendable {
    /// Where the store is, as may be shown (a file's path; a server's URL without its password).
    var displayLocation: String { get }
    /// Whether every change is refused (and why: `readOnlyReason`).
    var isReadOnly: Bool { get }
    var readOnlyReason: StoreError? { get }

    /// The household as of `date`, each account's "this year" by its holder's insurance year.
    func household(asOf date: CivilDate, years: InsuranceYears) throws -> Household
    /// What every screen reads, in one read transaction, years counted as for `household`.
    func snapshot(asOf date: CivilDate, years: InsuranceYears) throws -> AppSnapshot
    /// Moves when ANOTHER process commits a change; compare two readings.
    func changeMark() throws -> Int64
    @discardableResult
    func changeInSteps(
        asOf date: CivilDate, today: CivilDate?, years: InsuranceYears, action: AuditAction, summary: String,
        _ body: (ChangeSteps) throws -> Void
    ) throws -> [Change]

    func persons() throws -> [Person]
    func owner() throws -> Person?
    func person(_ id: ResidentID) throws -> Person?
    func ledger(of account: ResidentID, offset: Int, limit: Int) throws -> [LedgerEntry]
    func ledgerCount(of account: ResidentID) throws -> Int
    func ledgerCounts() throws -> [ResidentID: Int]
    func bindings() throws -> [Binding]
    func payerOrders() throws -> [PayerOrder]
    func lastChange() throws -> String?
    func audit(limit: Int) throws -> [AuditEntry]
    func audit(actions: [AuditAction], limit: Int) throws -> [AuditEntry]
    func auditCount() throws -> Int
    var isEmpty: Bool { get throws }
    func export() throws -> StoreExport
    /// Every dated change to people's records, oldest first (issue 18).
    func personEvents() throws -> [PersonEvent]
    /// Every binding that ended by itself, oldest first (issue 18).
    func bindingEnds() throws -> [BindingEnd]
    /// Loads a whole export into an empty store, all or nothing (issue 15; the service validates first).
    func importExport(_ export: StoreExport) throws
    /// Whether `person` was added at a kiosk and is not yet confirmed (issue 15).
    func isPending(_ person: ResidentID) throws -> Bool
    /// Every person added at a kiosk and not yet confirmed.
    func pendingPersons() throws -> Set<ResidentID>

    func preference(_ key: String) -> String?
    func setPreference(_ key: String, _ value: String) throws

    func kioskSettings() throws -> KioskSettings
    func setKioskSettings(_ settings: KioskSettings, at now: Moment) throws
    func hasKioskPin(_ person: ResidentID) throws -> Bool
    func kioskLockState(_ person: ResidentID) throws -> KioskLockState?
    func setKioskPin(_ pin: KioskPin, for person: ResidentID, at now: Moment, hasher: PinHasher) throws
    func resetKioskPin(for person: ResidentID, at now: Moment) throws
    @discardableResult
    func kioskUnlock(_ person: ResidentID, at now: Moment) throws -> Bool
    /// One attempt, throttled per ID (fleet-wide) and per `terminal` (issue 15).
    func kioskSignIn(_ person: ResidentID, pin: KioskPin, at now: Moment, terminal: String) throws
        -> KioskSignInOutcome
    func kioskTerminalState(_ terminal: String) throws -> KioskTerminalState
    @discardableResult
    func kioskUnlockTerminal(_ terminal: String, at now: Moment) throws -> Bool
    func kioskSignOut(_ person: ResidentID, timedOut: Bool, at now: Moment) throws
    func recordKioskOperatorExit(accepted: Bool, at now: Moment) throws
}

extension RecordStore {
    /// One change decided on the household as of `date` (`changeInSteps` with one step).
    @discardableResult
    public func change(
        asOf date: CivilDate, today: CivilDate? = nil, years: InsuranceYears = .calendar, action: AuditAction,
        summary: String, _ decide: (Household) throws -> [Change]
    ) throws -> [Change] {
        try changeInSteps(asOf: date, today: today, years: years, action: action, summary: summary) { steps in
            try steps.step(decide)
        }
    }

    /// `changeInSteps` counting every account's year as the calendar year (tools that fill a store).
    @discardableResult
    public func changeInSteps(
        asOf date: CivilDate, today: CivilDate? = nil, action: AuditAction, summary: String,
        _ body: (ChangeSteps) throws -> Void
    ) throws -> [Change] {
        try changeInSteps(asOf: date, today: today, years: .calendar, action: action, summary: summary, body)
    }

    /// The household as of `date`, "this year" being the calendar year for every account.
    public func household(asOf date: CivilDate) throws -> Household {
        try household(asOf: date, years: .calendar)
    }

    /// The snapshot as of `date`, "this year" being the calendar year for every account.
    public func snapshot(asOf date: CivilDate) throws -> AppSnapshot {
        try snapshot(asOf: date, years: .calendar)
    }
}

extension Store: RecordStore {
    public var displayLocation: String { path }
}
