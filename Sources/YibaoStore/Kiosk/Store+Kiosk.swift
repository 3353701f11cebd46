import Foundation
import GRDB
import YibaoCore

/// Kiosk mode's saved state: PIN hashes, wrong-PIN counts and locks (so a lock survives a restart),
/// and the operator's settings. Every change and every sign-in attempt leaves an audit row.
extension Store {
    /// The operator's kiosk settings (defaults until changed).
    public func kioskSettings() throws(StoreError) -> KioskSettings {
        try read { db in try Store.kioskSettings(db) }
    }

    /// Saves new kiosk settings after checking their ranges; an audit row records old and new values.
    public func setKioskSettings(_ settings: KioskSettings, at now: Moment) throws {
        try settings.validate()
        try withRetry { db in
            let old = try Store.kioskSettings(db)
            guard old != settings else { return }
            try db.execute(
                sql: """
                    UPDATE kiosk_settings SET idle_seconds = ?, countdown_seconds = ?, lockout_minutes = ?,
                    max_failures = ? WHERE id = 1
                    """,
                arguments: [
                    settings.idleSeconds, settings.countdownSeconds, settings.lockoutMinutes, settings.maxFailures,
                ])
            try Store.record(db, at: now, .settings(settings, was: old))
        }
    }

    /// Whether this person has a kiosk PIN.
    public func hasKioskPin(_ person: ResidentID) throws(StoreError) -> Bool {
        try read { db in try Store.credential(db, person) != nil }
    }

    /// The person's wrong-PIN count and lock as saved (a lock that has ended still shows until the
    /// next attempt or unlock; use `KioskSignIn.current` or `isLocked(at:)`). Nil without a PIN.
    public func kioskLockState(_ person: ResidentID) throws(StoreError) -> KioskLockState? {
        try read { db in try Store.credential(db, person)?.lock }
    }

    /// Sets (or replaces) the person's PIN, clearing any lock. Hashing happens before the write.
    public func setKioskPin(_ pin: KioskPin, for person: ResidentID, at now: Moment, hasher: PinHasher = PinHasher())
        throws
    {
        let hashed = hasher.hash(pin)
        try withRetry { db in
            guard try Store.personExists(db, person) else { throw Store.refusal(.unknownPerson(masked: person.masked)) }
            let replaced = try Store.credential(db, person) != nil
            try db.execute(sql: "DELETE FROM kiosk_id_failures WHERE person = ?", arguments: [person.value])
            try db.execute(
                sql: """
                    INSERT INTO kiosk_credentials
                        (person, algorithm, salt, hash, cost, failed_count, locked_until_ms, updated_at)
                    VALUES (?, ?, ?, ?, ?, 0, NULL, ?)
                    ON CONFLICT (person) DO UPDATE SET algorithm = excluded.algorithm, salt = excluded.salt,
                        hash = excluded.hash, cost = excluded.cost, failed_count = 0, locked_until_ms = NULL,
                        updated_at = excluded.updated_at
                    """,
                arguments: [
                    person.value, PinHash.algorithm, Data(hashed.salt), Data(hashed.hash), hashed.cost, now.iso,
                ])
            try Store.record(db, at: now, .pinSet(person, replaced: replaced, cost: hashed.cost))
        }
    }

    /// Removes the person's PIN (and any lock): they need a new one, set by staff, to sign in.
    public func resetKioskPin(for person: ResidentID, at now: Moment) throws {
        try withRetry { db in
            guard try Store.personExists(db, person) else { throw Store.refusal(.unknownPerson(masked: person.masked)) }
            try db.execute(sql: "DELETE FROM kiosk_credentials WHERE person = ?", arguments: [person.value])
            guard db.changesCount == 1 else { throw Store.refusal(.noPin(masked: person.masked)) }
            try Store.record(db, at: now, .pinReset(person))
        }
    }

    /// Ends the person's lock and clears their wrong-PIN count. Returns whether they had been locked
    /// (or had wrong PINs counted); an audit row is written either way.
    @discardableResult
    public func kioskUnlock(_ person: ResidentID, at now: Moment) throws -> Bool {
        try withRetry { db in
            guard try Store.personExists(db, person) else { throw Store.refusal(.unknownPerson(masked: person.masked)) }
            guard let credential = try Store.credential(db, person) else {
                throw Store.refusal(.noPin(masked: person.masked))
            }
            let wasLocked = credential.lock.isLocked(at: now)
            try Store.saveLock(db, person, .clear)
            try Store.record(
                db, at: now, .unlock(person, wasLocked: wasLocked, failedCountWas: credential.lock.failedCount))
            return wasLocked || credential.lock.failedCount > 0
        }
    }

    /// One sign-in attempt at `now` at `terminal`, decided by `KioskTerminalThrottle` and `KioskSignIn`
    /// and saved with its audit rows in one transaction.
    ///
    /// No oracle: an ID that is unknown, has no PIN, or has one is answered alike (a wrong PIN counts
    /// against the ID typed, and locks it, whatever it is), and the PIN is hashed in every case (against
    /// a stand-in hash of the same cost when there is no PIN), so the answer takes the same time. Only
    /// the audit trail says which it was. A locked ID's or a waiting terminal's PIN is not checked.
    public func kioskSignIn(_ person: ResidentID, pin: KioskPin, at now: Moment, terminal: String = "local")
        throws(StoreError) -> KioskSignInOutcome
    {
        do {
            return try withRetry { db in
                let settings = try Store.kioskSettings(db)
                let who = person.masked
                let credential = try Store.credential(db, person)
                let lock = try credential?.lock ?? Store.idFailures(db, person) ?? .clear
                let machine = try Store.terminalState(db, terminal)
                // A locked ID is told so first (no PIN is checked either way); the terminal's wait or
                // lock stops every attempt that would check a PIN.
                if !lock.isLocked(at: now), let refused = KioskTerminalThrottle.refusal(machine, now: now) {
                    try Store.recordKioskAudit(
                        db, at: now, action: AuditAction.kioskFailedPin,
                        summary: "kiosk sign-in refused for \(who): terminal \(terminal) is throttled",
                        fields: ["person": person.value, "reason": "terminal_throttled", "terminal": terminal])
                    return refused
                }
                let attempt = KioskSignIn.attempt(lock, now: now, settings: settings) {
                    let matches = PinHasher.verify(pin, against: credential?.hash ?? Store.standInHash)
                    return matches && credential != nil
                }
                if attempt.state != lock {
                    if credential != nil {
                        try Store.saveLock(db, person, attempt.state)
                    } else {
                        try Store.saveIDFailures(db, person, attempt.state)
                    }
                }
                let reason = credential == nil ? "no_pin" : "wrong_pin"
                var outcome = attempt.outcome
                switch attempt.outcome {
                case .signedIn:
                    try Store.recordKioskAudit(
                        db, at: now, action: AuditAction.kioskSignIn, summary: "kiosk sign-in by \(who)",
                        fields: ["person": person.value, "terminal": terminal])
                case .wrongPin(let left):
                    try Store.recordKioskAudit(
                        db, at: now, action: AuditAction.kioskFailedPin,
                        summary: credential == nil
                            ? "kiosk sign-in refused for \(who): no PIN set" : "wrong kiosk PIN for \(who)",
                        fields: [
                            "person": person.value, "failed_count": attempt.state.failedCount, "attempts_left": left,
                            "reason": reason, "terminal": terminal,
                        ])
                case .lockedOut(let until):
                    try Store.recordKioskAudit(
                        db, at: now, action: AuditAction.kioskFailedPin,
                        summary: credential == nil
                            ? "kiosk sign-in refused for \(who): no PIN set" : "wrong kiosk PIN for \(who)",
                        fields: [
                            "person": person.value, "failed_count": attempt.state.failedCount, "attempts_left": 0,
                            "reason": reason, "terminal": terminal,
                        ])
                    try Store.recordKioskAudit(
                        db, at: now, action: AuditAction.kioskLockout,
                        summary: "\(who) locked out of the kiosk until \(until.iso)",
                        fields: ["person": person.value, "locked_until": until.iso])
                case .stillLocked(let until):
                    try Store.recordKioskAudit(
                        db, at: now, action: AuditAction.kioskFailedPin,
                        summary: "kiosk sign-in refused for \(who): locked until \(until.iso)",
                        fields: ["person": person.value, "reason": "locked", "locked_until": until.iso, "terminal": terminal])
                case .noPin, .terminalWait, .terminalLocked:
                    break
                }
                switch attempt.outcome {
                case .wrongPin, .lockedOut:
                    let next = KioskTerminalThrottle.failed(machine, now: now, settings: settings)
                    try Store.saveTerminalState(db, terminal, next)
                    if let until = next.lockedUntil {
                        try Store.recordKioskAudit(
                            db, at: now, action: AuditAction.kioskTerminalLockout,
                            summary: "kiosk terminal \(terminal) locked until \(until.iso) after "
                                + "\(next.failedCount) wrong PINs",
                            fields: ["terminal": terminal, "failed_count": next.failedCount, "locked_until": until.iso])
                        outcome = .terminalLocked(until: until)
                    }
                default:
                    break
                }
                return outcome
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .unexpected(detail: String(describing: error))
        }
    }

    /// The terminal's throttle as saved (clear when it never had a wrong PIN).
    public func kioskTerminalState(_ terminal: String) throws(StoreError) -> KioskTerminalState {
        try read { db in try Store.terminalState(db, terminal) }
    }

    /// Ends a terminal's lock and wait and clears its count; an audit row says so. Whether there was
    /// anything to clear.
    @discardableResult
    public func kioskUnlockTerminal(_ terminal: String, at now: Moment) throws -> Bool {
        try withRetry { db in
            let was = try Store.terminalState(db, terminal)
            try db.execute(sql: "DELETE FROM kiosk_terminals WHERE terminal = ?", arguments: [terminal])
            try Store.recordKioskAudit(
                db, at: now, action: AuditAction.kioskUnlock, summary: "kiosk terminal \(terminal) unlocked",
                fields: ["terminal": terminal, "failed_count_was": was.failedCount])
            return was != .clear
        }
    }

    /// Records that a kiosk session ended (signed out, or timed out when `timedOut`).
    public func kioskSignOut(_ person: ResidentID, timedOut: Bool, at now: Moment) throws(StoreError) {
        do {
            try withRetry { db in
                try Store.record(db, at: now, .signOut(person, timedOut: timedOut))
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .unexpected(detail: String(describing: error))
        }
    }
}

/// One `kiosk_credentials` row.
struct KioskCredential {
    var hash: PinHash
    var lock: KioskLockState
}

extension Store {
    static func kioskSettings(_ db: Database) throws -> KioskSettings {
        guard
            let row = try Row.fetchOne(
                db,
                sql: "SELECT idle_seconds, countdown_seconds, lockout_minutes, max_failures FROM kiosk_settings WHERE id = 1"
            )
        else { return .standard }
        return KioskSettings(
            idleSeconds: row[0], countdownSeconds: row[1], lockoutMinutes: row[2], maxFailures: row[3])
    }

    static func credential(_ db: Database, _ person: ResidentID) throws -> KioskCredential? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: "SELECT salt, hash, cost, failed_count, locked_until_ms FROM kiosk_credentials WHERE person = ?",
                arguments: [person.value])
        else { return nil }
        let salt: Data = row[0]
        let hash: Data = row[1]
        let until: Int64? = row[4]
        return KioskCredential(
            hash: PinHash(salt: Array(salt), hash: Array(hash), cost: row[2]),
            lock: KioskLockState(failedCount: row[3], lockedUntil: until.map(Moment.init(milliseconds:))))
    }

    /// What an ID without a PIN is checked against, so its wrong PIN costs the same hashing as any other:
    /// a fixed salt and a hash no PIN derives to (checked only when there is no credential, and then
    /// a match is ignored anyway).
    package static let standInHash = PinHash(
        salt: Array("yibao-no-pin-salt".utf8.prefix(16)), hash: [UInt8](repeating: 0xA5, count: 32),
        cost: PinHasher.defaultCost)

    static func idFailures(_ db: Database, _ person: ResidentID) throws -> KioskLockState? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT failed_count, locked_until_ms FROM kiosk_id_failures WHERE person = ?",
                arguments: [person.value])
        else { return nil }
        let until: Int64? = row[1]
        return KioskLockState(failedCount: row[0], lockedUntil: until.map(Moment.init(milliseconds:)))
    }

    static func saveIDFailures(_ db: Database, _ person: ResidentID, _ lock: KioskLockState) throws {
        try db.execute(
            sql: """
                INSERT INTO kiosk_id_failures (person, failed_count, locked_until_ms) VALUES (?, ?, ?)
                ON CONFLICT (person) DO UPDATE SET failed_count = excluded.failed_count,
                    locked_until_ms = excluded.locked_until_ms
                """,
            arguments: [person.value, lock.failedCount, lock.lockedUntil?.milliseconds])
    }

    static func terminalState(_ db: Database, _ terminal: String) throws -> KioskTerminalState {
        guard
            let row = try Row.fetchOne(
                db,
                sql: "SELECT failed_count, last_failure_ms, locked_until_ms FROM kiosk_terminals WHERE terminal = ?",
                arguments: [terminal])
        else { return .clear }
        let last: Int64? = row[1]
        let until: Int64? = row[2]
        return KioskTerminalState(
            failedCount: row[0], lastFailure: last.map(Moment.init(milliseconds:)),
            lockedUntil: until.map(Moment.init(milliseconds:)))
    }

    static func saveTerminalState(_ db: Database, _ terminal: String, _ state: KioskTerminalState) throws {
        try db.execute(
            sql: """
                INSERT INTO kiosk_terminals (terminal, failed_count, last_failure_ms, locked_until_ms)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (terminal) DO UPDATE SET failed_count = excluded.failed_count,
                    last_failure_ms = excluded.last_failure_ms, locked_until_ms = excluded.locked_until_ms
                """,
            arguments: [
                terminal, state.failedCount, state.lastFailure?.milliseconds, state.lockedUntil?.milliseconds,
            ])
    }

    static func saveLock(_ db: Database, _ person: ResidentID, _ lock: KioskLockState) throws {
        try db.execute(
            sql: "UPDATE kiosk_credentials SET failed_count = ?, locked_until_ms = ? WHERE person = ?",
            arguments: [lock.failedCount, lock.lockedUntil?.milliseconds, person.value])
    }

    /// A refusal carried out of `withRetry` untouched.
    static func refusal(_ refusal: KioskRefusal) -> DecisionFailure { DecisionFailure(error: refusal) }

    static func personExists(_ db: Database, _ person: ResidentID) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM persons WHERE id = ?)", arguments: [person.value])
            ?? false
    }
}
