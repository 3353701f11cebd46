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
            try session.run("DELETE FROM kiosk_id_failures WHERE person = \(person.value)")
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

    /// One attempt at `terminal`, as the SQLite store decides it (Store+Kiosk.swift, issue 15): the ID's
    /// count and lock are the fleet's (one row for every kiosk), the terminal's throttle is its own row;
    /// an ID without a PIN is answered as one with a wrong PIN, after the same hashing.
    public func kioskSignIn(_ person: ResidentID, pin: KioskPin, at now: Moment, terminal: String = "local") throws
        -> KioskSignInOutcome
    {
        try write { session in
            let settings = try Self.kioskSettings(session)
            let credential = try Self.credential(session, person)
            let lock = try credential?.lock ?? Self.idFailures(session, person) ?? .clear
            let machine = try Self.terminalState(session, terminal)
            if !lock.isLocked(at: now), let refused = KioskTerminalThrottle.refusal(machine, now: now) {
                try Self.record(session, at: now, .terminalThrottled(person, terminal: terminal))
                return refused
            }
            let attempt = KioskSignIn.attempt(lock, now: now, settings: settings) {
                let matches = PinHasher.verify(pin, against: credential?.hash ?? Store.standInHash)
                return matches && credential != nil
            }
            if attempt.state != lock {
                if credential != nil {
                    try Self.saveLock(session, person, attempt.state)
                } else {
                    try Self.saveIDFailures(session, person, attempt.state)
                }
            }
            let lines = KioskAuditLine.signIn(
                person, attempt.outcome, failedCount: attempt.state.failedCount, hasPin: credential != nil,
                terminal: terminal)
            for line in lines { try Self.record(session, at: now, line) }
            var outcome = attempt.outcome
            switch attempt.outcome {
            case .wrongPin, .lockedOut:
                let next = KioskTerminalThrottle.failed(machine, now: now, settings: settings)
                try Self.saveTerminalState(session, terminal, next)
                if let until = next.lockedUntil {
                    try Self.record(session, at: now, .terminalLockout(terminal, next, until: until))
                    outcome = .terminalLocked(until: until)
                }
            default:
                break
            }
            return outcome
        }
    }

    public func kioskTerminalState(_ terminal: String) throws -> KioskTerminalState {
        try read { session in try Self.terminalState(session, terminal) }
    }

    @discardableResult
    public func kioskUnlockTerminal(_ terminal: String, at now: Moment) throws -> Bool {
        try write { session in
            let was = try Self.terminalState(session, terminal)
            try session.run("DELETE FROM kiosk_terminals WHERE terminal = \(terminal)")
            try Self.record(session, at: now, .terminalUnlock(terminal, failedCountWas: was.failedCount))
            return was != .clear
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

    static func idFailures(_ session: PostgresSession, _ person: ResidentID) throws -> KioskLockState? {
        guard
            let row = try session.rows(
                "SELECT failed_count, locked_until_ms FROM kiosk_id_failures WHERE person = \(person.value)"
            ).first
        else { return nil }
        let (failed, until) = try row.decode((Int, Int64?).self)
        return KioskLockState(failedCount: failed, lockedUntil: until.map(Moment.init(milliseconds:)))
    }

    static func saveIDFailures(_ session: PostgresSession, _ person: ResidentID, _ lock: KioskLockState) throws {
        try session.run(
            """
            INSERT INTO kiosk_id_failures (person, failed_count, locked_until_ms)
            VALUES (\(person.value), \(lock.failedCount), \(lock.lockedUntil?.milliseconds))
            ON CONFLICT (person) DO UPDATE SET failed_count = excluded.failed_count,
                locked_until_ms = excluded.locked_until_ms
            """)
    }

    static func terminalState(_ session: PostgresSession, _ terminal: String) throws -> KioskTerminalState {
        guard
            let row = try session.rows(
                """
                SELECT failed_count, last_failure_ms, locked_until_ms FROM kiosk_terminals
                WHERE terminal = \(terminal)
                """
            ).first
        else { return .clear }
        let (failed, last, until) = try row.decode((Int, Int64?, Int64?).self)
        return KioskTerminalState(
            failedCount: failed, lastFailure: last.map(Moment.init(milliseconds:)),
            lockedUntil: until.map(Moment.init(milliseconds:)))
    }

    static func saveTerminalState(_ session: PostgresSession, _ terminal: String, _ state: KioskTerminalState) throws {
        try session.run(
            """
            INSERT INTO kiosk_terminals (terminal, failed_count, last_failure_ms, locked_until_ms)
            VALUES (\(terminal), \(state.failedCount), \(state.lastFailure?.milliseconds),
                    \(state.lockedUntil?.milliseconds))
            ON CONFLICT (terminal) DO UPDATE SET failed_count = excluded.failed_count,
                last_failure_ms = excluded.last_failure_ms, locked_until_ms = excluded.locked_until_ms
            """)
    }

    static func personExists(_ session: PostgresSession, _ person: ResidentID) throws -> Bool {
        try session.rows("SELECT EXISTS (SELECT 1 FROM persons WHERE id = \(person.value))").first?.decode(Bool.self)
            ?? false
    }
}
