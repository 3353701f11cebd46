import Foundation
import PostgresNIO
import YibaoCore
import YibaoStore

/// Kiosk mode's records on the fleet's server (as Store+Kiosk.swift): one PIN, one wrong-PIN count and
/// one lock per person for every kiosk, so a lockout made at one kiosk holds at all of them and a PIN
/// set by `yibao operator pin set` works at each. Each attempt is decided and saved with its audit rows
/// in one write transaction (holding the fleet's write lock, so two kiosks never count the same wrong
/// PIN once).
extension PostgresStore {
    public func kioskSettings() throws -> KioskSettings { try read { session in try Self.kioskSettings(session) } }

    public func setKioskSettings(_ settings: KioskSettings, at now: Moment) throws {
        try settings.validate()
        try write { session in
            let old = try Self.kioskSettings(session)
            guard old != settings else { return }
            try session.run(
                """
                UPDATE kiosk_settings SET idle_seconds = \(settings.idleSeconds),
                countdown_seconds = \(settings.countdownSeconds), lockout_minutes = \(settings.lockoutMinutes),
                max_failures = \(settings.maxFailures) WHERE id = 1
                """)
            try Self.record(session, at: now, .settings(settings, was: old))
        }
    }

    public func hasKioskPin(_ person: ResidentID) throws -> Bool {
        try read { session in try Self.credential(session, person) != nil }
    }

    public func kioskLockState(_ person: ResidentID) throws -> KioskLockState? {
        try read { session in try Self.credential(session, person)?.lock }
    }

    public func setKioskPin(_ pin: KioskPin, for person: ResidentID, at now: Moment, hasher: PinHasher) throws {
        let hashed = hasher.hash(pin)
        try write { session in
            guard try Self.personExists(session, person) else {
                throw DecisionFailure(error: KioskRefusal.unknownPerson(masked: person.masked))
            }
            let replaced = try Self.credential(session, person) != nil
            try session.run(
                """
                INSERT INTO kiosk_credentials
                    (person, algorithm, salt, hash, cost, failed_count, locked_until_ms, updated_at)
                VALUES (\(person.value), \(PinHash.algorithm), \(Data(hashed.salt)), \(Data(hashed.hash)),
                        \(hashed.cost), 0, NULL, \(now.iso))
                ON CONFLICT (person) DO UPDATE SET algorithm = excluded.algorithm, salt = excluded.salt,
                    hash = excluded.hash, cost = excluded.cost, failed_count = 0, locked_until_ms = NULL,
                    updated_at = excluded.updated_at
                """)
            try Self.record(session, at: now, .pinSet(person, replaced: replaced, cost: hashed.cost))
        }
    }

    public func resetKioskPin(for person: ResidentID, at now: Moment) throws {
        try write { session in
            guard try Self.personExists(session, person) else {
                throw DecisionFailure(error: KioskRefusal.unknownPerson(masked: person.masked))
            }
            let removed = try session.run("DELETE FROM kiosk_credentials WHERE person = \(person.value)")
            guard removed == 1 else { throw DecisionFailure(error: KioskRefusal.noPin(masked: person.masked)) }
            try Self.record(session, at: now, .pinReset(person))
        }
    }

    @discardableResult
    public func kioskUnlock(_ person: ResidentID, at now: Moment) throws -> Bool {
        try write { session in
            guard try Self.personExists(session, person) else {
                throw DecisionFailure(error: KioskRefusal.unknownPerson(masked: person.masked))
            }
            guard let credential = try Self.credential(session, person) else {
                throw DecisionFailure(error: KioskRefusal.noPin(masked: person.masked))
            }
            let wasLocked = credential.lock.isLocked(at: now)
            try Self.saveLock(session, person, .clear)
            try Self.record(
                session, at: now, .unlock(person, wasLocked: wasLocked, failedCountWas: credential.lock.failedCount))
            return wasLocked || credential.lock.failedCount > 0
        }
    }

    public func kioskSignIn(_ person: ResidentID, pin: KioskPin, at now: Moment) throws -> KioskSignInOutcome {
        try write { session in
            let settings = try Self.kioskSettings(session)
            guard let credential = try Self.credential(session, person) else {
                try Self.record(session, at: now, .noPin(person))
                return .noPin
            }
            let attempt = KioskSignIn.attempt(credential.lock, now: now, settings: settings) {
                PinHasher.verify(pin, against: credential.hash)
            }
            if attempt.state != credential.lock { try Self.saveLock(session, person, attempt.state) }
            for line in KioskAuditLine.signIn(person, attempt.outcome, failedCount: attempt.state.failedCount) {
                try Self.record(session, at: now, line)
            }
            return attempt.outcome
        }
    }

    public func kioskSignOut(_ person: ResidentID, timedOut: Bool, at now: Moment) throws {
        try write { session in try Self.record(session, at: now, .signOut(person, timedOut: timedOut)) }
    }

    public func recordKioskOperatorExit(accepted: Bool, at now: Moment) throws {
        try write { session in try Self.record(session, at: now, .operatorExit(accepted: accepted)) }
    }

    static func record(_ session: PostgresSession, at now: Moment, _ line: KioskAuditLine) throws {
        try recordAudit(
            session, at: now.iso, action: line.action.rawValue, summary: line.summary, detail: try line.detail(),
            isChange: false)
    }

    static func kioskSettings(_ session: PostgresSession) throws -> KioskSettings {
        guard
            let row = try session.rows(
                "SELECT idle_seconds, countdown_seconds, lockout_minutes, max_failures FROM kiosk_settings WHERE id = 1"
            ).first
        else { return .standard }
        let (idle, countdown, lockout, failures) = try row.decode((Int, Int, Int, Int).self)
        return KioskSettings(idleSeconds: idle, countdownSeconds: countdown, lockoutMinutes: lockout, maxFailures: failures)
    }

    static func credential(_ session: PostgresSession, _ person: ResidentID) throws
        -> (hash: PinHash, lock: KioskLockState)?
    {
        guard
            let row = try session.rows(
                """
                SELECT salt, hash, cost, failed_count, locked_until_ms FROM kiosk_credentials
                WHERE person = \(person.value)
                """
            ).first
        else { return nil }
        let (salt, hash, cost, failed, until) = try row.decode((Data, Data, Int, Int, Int64?).self)
        return (
            PinHash(salt: Array(salt), hash: Array(hash), cost: cost),
            KioskLockState(failedCount: failed, lockedUntil: until.map(Moment.init(milliseconds:)))
        )
    }

    static func saveLock(_ session: PostgresSession, _ person: ResidentID, _ lock: KioskLockState) throws {
        try session.run(
            """
            UPDATE kiosk_credentials SET failed_count = \(lock.failedCount),
            locked_until_ms = \(lock.lockedUntil?.milliseconds) WHERE person = \(person.value)
            """)
    }

    static func personExists(_ session: PostgresSession, _ person: ResidentID) throws -> Bool {
        try session.rows("SELECT EXISTS (SELECT 1 FROM persons WHERE id = \(person.value))").first?.decode(Bool.self)
            ?? false
    }
}
