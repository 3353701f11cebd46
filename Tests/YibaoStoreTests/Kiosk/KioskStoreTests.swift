import Foundation
import GRDB
import Testing
import YibaoCore

@testable import YibaoStore

@Suite("Kiosk state in the store")
struct KioskStoreTests {
    let t0 = Moment(seconds: 1_750_000_000)
    let alice = Fixtures.person(1, name: "王芳")
    let bob = Fixtures.person(2, name: "李强")

    @Test("the PIN's digits appear nowhere in the store's bytes, nor in the audit trail")
    func noPinInBytes() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: [alice])
        let pin = try KioskPin("739184")
        try store.setKioskPin(pin, for: alice.id, at: t0)
        #expect(try store.kioskSignIn(alice.id, pin: pin, at: t0) == .signedIn)
        #expect(try store.kioskSignIn(alice.id, pin: try KioskPin("739185"), at: t0) == .wrongPin(attemptsLeft: 4))
        let audit = try store.audit(limit: 100)
        #expect(audit.map(\.action).contains(AuditAction.kioskPinSet.rawValue))
        for entry in audit {
            #expect(!entry.detail.contains("739184") && !entry.summary.contains("739184"))
            #expect(!entry.detail.contains("739185"))
        }
        let path = store.path
        try store.close()
        let digits = Data("739184".utf8)
        for file in [path, path + "-wal"] {
            guard let bytes = Fixtures.bytes(file) else { continue }
            #expect(bytes.range(of: digits) == nil, "the PIN's digits are in \(file)")
            #expect(bytes.range(of: Data("739185".utf8)) == nil)
        }
        // And the file does hold a credential row (so the search above looked at real data).
        let queue = try DatabaseQueue(path: path)
        let count = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM kiosk_credentials") }
        #expect(count == 1)
    }

    @Test("five wrong PINs lock the person; the lock holds after the store is closed and reopened")
    func lockoutSurvivesReopen() throws {
        let dir = TempDir()
        defer { dir.remove() }
        var store = try Fixtures.store(in: dir, persons: [alice, bob])
        let right = try KioskPin("2580")
        let wrong = try KioskPin("0000")
        try store.setKioskPin(right, for: alice.id, at: t0)
        try store.setKioskPin(try KioskPin("1111"), for: bob.id, at: t0)
        var outcomes: [KioskSignInOutcome] = []
        for i in 0..<5 { outcomes.append(try store.kioskSignIn(alice.id, pin: wrong, at: t0.adding(seconds: Double(i)))) }
        let until = t0.adding(seconds: 4 + 15 * 60)
        #expect(outcomes.last == .lockedOut(until: until))
        try store.close()

        store = try Store.open(path: dir.file("yibao.sqlite"))
        #expect(try store.kioskLockState(alice.id) == KioskLockState(failedCount: 5, lockedUntil: until))
        #expect(try store.kioskSignIn(alice.id, pin: right, at: t0.adding(seconds: 60)) == .stillLocked(until: until))
        // Someone else is not affected.
        #expect(try store.kioskSignIn(bob.id, pin: try KioskPin("1111"), at: t0.adding(seconds: 60)) == .signedIn)
        // After the period the right PIN works, and the count is clear.
        #expect(try store.kioskSignIn(alice.id, pin: right, at: until) == .signedIn)
        #expect(try store.kioskLockState(alice.id) == .clear)
        let actions = try store.audit(limit: 100).map(\.action)
        #expect(actions.filter { $0 == AuditAction.kioskFailedPin.rawValue }.count == 6)
        #expect(actions.filter { $0 == AuditAction.kioskLockout.rawValue }.count == 1)
        #expect(actions.filter { $0 == AuditAction.kioskSignIn.rawValue }.count == 2)
    }

    @Test("an operator's unlock ends the lock at once, with an audit row")
    func unlock() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: [alice])
        let right = try KioskPin("97531")
        try store.setKioskPin(right, for: alice.id, at: t0)
        for _ in 0..<5 { _ = try store.kioskSignIn(alice.id, pin: try KioskPin("11111"), at: t0) }
        #expect(try store.kioskLockState(alice.id)?.isLocked(at: t0) == true)
        #expect(try store.kioskUnlock(alice.id, at: t0.adding(seconds: 30)))
        #expect(try store.kioskSignIn(alice.id, pin: right, at: t0.adding(seconds: 31)) == .signedIn)
        #expect(try store.audit(limit: 10).contains { $0.action == AuditAction.kioskUnlock.rawValue })
    }

    @Test("settings start at their defaults, are saved with an audit row, and bad values are refused")
    func settings() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir)
        #expect(try store.kioskSettings() == .standard)
        var changed = KioskSettings.standard
        changed.idleSeconds = 120
        changed.lockoutMinutes = 30
        try store.setKioskSettings(changed, at: t0)
        #expect(try store.kioskSettings() == changed)
        #expect(try store.audit(limit: 1).first?.action == AuditAction.kioskSettings.rawValue)
        var bad = changed
        bad.countdownSeconds = 10
        #expect(throws: KioskSettingsError.self) { try store.setKioskSettings(bad, at: t0) }
        #expect(try store.kioskSettings() == changed)
        // The schema itself refuses a countdown under 20 s.
        #expect(throws: (any Error).self) {
            try store.database.write { db in try db.execute(sql: "UPDATE kiosk_settings SET countdown_seconds = 5") }
        }
    }

    @Test("the lockout period and failure count come from the saved settings")
    func settingsDriveLockout() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: [alice])
        try store.setKioskSettings(KioskSettings(idleSeconds: 90, countdownSeconds: 20, lockoutMinutes: 2, maxFailures: 3), at: t0)
        try store.setKioskPin(try KioskPin("4321"), for: alice.id, at: t0)
        var last: KioskSignInOutcome?
        for _ in 0..<3 { last = try store.kioskSignIn(alice.id, pin: try KioskPin("9999"), at: t0) }
        #expect(last == .lockedOut(until: t0.adding(seconds: 120)))
    }

    @Test("PIN reset removes the PIN; no PIN, an unknown person and a second reset are said kindly")
    func resetAndRefusals() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: [alice])
        try store.setKioskPin(try KioskPin("8642"), for: alice.id, at: t0)
        #expect(try store.hasKioskPin(alice.id))
        try store.resetKioskPin(for: alice.id, at: t0)
        #expect(try !store.hasKioskPin(alice.id))
        // No oracle: an ID without a PIN is answered like any wrong PIN (the audit trail says "no_pin").
        #expect(try store.kioskSignIn(alice.id, pin: try KioskPin("8642"), at: t0) == .wrongPin(attemptsLeft: 4))
        #expect(try store.audit(limit: 1).first?.detail.contains("\"no_pin\"") == true)
        #expect(throws: KioskRefusal.noPin(masked: alice.id.masked)) { try store.resetKioskPin(for: alice.id, at: t0) }
        #expect(throws: KioskRefusal.unknownPerson(masked: bob.id.masked)) {
            try store.setKioskPin(try KioskPin("8642"), for: bob.id, at: t0)
        }
    }
}
