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

    /// One sign-in attempt at `now`, decided by `KioskSignIn` and saved with its audit row in one
    /// transaction: a sign-in, a failed PIN, or a lockout. A locked person's PIN is not checked.
    public func kioskSignIn(_ person: ResidentID, pin: KioskPin, at now: Moment) throws(StoreError)
        -> KioskSignInOutcome
    {
        do {
            return try withRetry { db in
                let settings = try Store.kioskSettings(db)
                guard let credential = try Store.credential(db, person) else {
                    try Store.record(db, at: now, .noPin(person))
                    return .noPin
                }
                let attempt = KioskSignIn.attempt(credential.lock, now: now, settings: settings) {
                    PinHasher.verify(pin, against: credential.hash)
                }
                if attempt.state != credential.lock { try Store.saveLock(db, person, attempt.state) }
                for line in KioskAuditLine.signIn(person, attempt.outcome, failedCount: attempt.state.failedCount) {
                    try Store.record(db, at: now, line)
                }
                return attempt.outcome
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .unexpected(detail: String(describing: error))
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
