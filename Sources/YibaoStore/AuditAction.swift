/// What an audit row records, by name: every change and every kiosk event the store writes has one.
/// The raw values are the `audit.action` strings saved in the file; they never change, so stores
/// written by older versions read the same.
public enum AuditAction: String, CaseIterable, Codable, Hashable, Sendable {
    /// A person added (`yibao person add`, the set-up screen).
    case personAdd = "person.add"
    /// A person added at a kiosk confirmed at the counter (`yibao person confirm`).
    case personConfirm = "person.confirm"
    /// A new relative added and bound to their payer in one transaction (the add-relative form).
    case relativeAdd = "relative.add"
    /// A binding made.
    case bind
    /// A binding ended.
    case unbind
    /// A beneficiary's payer order set.
    case order
    /// A medical payment recorded.
    case pay
    /// A credit to an account recorded.
    case credit
    /// The demo household, loaded in one transaction.
    case demo
    /// One person of the demo household, as older versions loaded it (one transaction per step).
    case demoPerson = "demo.person"
    /// Ledger lines saved in bulk (imports, benchmarks, tests).
    case bulkInsertLedger
    /// A person's record corrected or changed (`yibao person edit`): name, scheme, region, retirement, base.
    case personEdit = "person.edit"
    /// A death recorded (`yibao person died`).
    case personDied = "person.died"
    /// A relative's resident-insurance premium paid from an account (`yibao premium`).
    case premium
    /// A month's credit recorded from the policy tables' estimate (`yibao credit --estimated`).
    case creditEstimated = "credit.estimated"
    /// A personal-account balance read in the app or on a statement, recorded as an adjustment (a
    /// relative's entry on screen).
    case balanceRecorded = "balance.recorded"

    /// A kiosk sign-in.
    case kioskSignIn = "kiosk.sign_in"
    /// A wrong or refused kiosk PIN.
    case kioskFailedPin = "kiosk.pin_failed"
    /// A person locked out after too many wrong PINs.
    case kioskLockout = "kiosk.lockout"
    /// A terminal locked after too many wrong PINs across IDs.
    case kioskTerminalLockout = "kiosk.terminal_lockout"
    /// A lock ended by staff.
    case kioskUnlock = "kiosk.unlock"
    /// A kiosk PIN set or replaced.
    case kioskPinSet = "kiosk.pin_set"
    /// A kiosk PIN removed.
    case kioskPinReset = "kiosk.pin_reset"
    /// The kiosk's timeouts or lockout changed.
    case kioskSettings = "kiosk.settings"
    /// A kiosk session ended.
    case kioskSignOut = "kiosk.sign_out"
    /// The operator left the kiosk with the key sequence and the right operator PIN.
    case kioskOperatorExit = "kiosk.operator_exit"
    /// The operator key sequence was followed by a wrong operator PIN.
    case kioskOperatorExitRefused = "kiosk.operator_exit_refused"

    /// Every kiosk action, for filtering the audit trail.
    public static let kiosk: [AuditAction] = [
        .kioskSignIn, .kioskFailedPin, .kioskLockout, .kioskTerminalLockout, .kioskUnlock, .kioskPinSet, .kioskPinReset, .kioskSettings,
        .kioskSignOut, .kioskOperatorExit, .kioskOperatorExitRefused,
    ]

    /// Whether this is a kiosk event rather than a change to someone's records.
    public var isKiosk: Bool { AuditAction.kiosk.contains(self) }
}

extension AuditEntry {
    /// The row's action as a typed value; nil for a name this version does not know.
    public var auditAction: AuditAction? { AuditAction(rawValue: action) }
}
