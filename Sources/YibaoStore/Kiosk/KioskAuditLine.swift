import Foundation
import YibaoCore

/// One kiosk audit row as every engine writes it (the same action, words and fields), so a fleet's
/// trail reads the same whether its store is the SQLite file or the PostgreSQL server. Never a PIN.
package struct KioskAuditLine {
    package var action: AuditAction
    package var summary: String
    package var fields: [String: Any]

    package init(action: AuditAction, summary: String, fields: [String: Any]) {
        self.action = action
        self.summary = summary
        self.fields = fields
    }

    package static func settings(_ settings: KioskSettings, was old: KioskSettings) -> KioskAuditLine {
        KioskAuditLine(
            action: .kioskSettings,
            summary:
                "kiosk settings: idle \(settings.idleSeconds) s, countdown \(settings.countdownSeconds) s, "
                + "lockout \(settings.lockoutMinutes) min after \(settings.maxFailures) wrong PINs",
            fields: [
                "idle_seconds": settings.idleSeconds, "countdown_seconds": settings.countdownSeconds,
                "lockout_minutes": settings.lockoutMinutes, "max_failures": settings.maxFailures,
                "was": [
                    "idle_seconds": old.idleSeconds, "countdown_seconds": old.countdownSeconds,
                    "lockout_minutes": old.lockoutMinutes, "max_failures": old.maxFailures,
                ],
            ])
    }

    package static func pinSet(_ person: ResidentID, replaced: Bool, cost: Int) -> KioskAuditLine {
        KioskAuditLine(
            action: .kioskPinSet,
            summary: (replaced ? "kiosk PIN replaced for " : "kiosk PIN set for ") + person.masked,
            fields: ["person": person.value, "replaced": replaced, "cost": cost])
    }

    package static func pinReset(_ person: ResidentID) -> KioskAuditLine {
        KioskAuditLine(
            action: .kioskPinReset, summary: "kiosk PIN removed for \(person.masked)", fields: ["person": person.value])
    }

    package static func unlock(_ person: ResidentID, wasLocked: Bool, failedCountWas: Int) -> KioskAuditLine {
        KioskAuditLine(
            action: .kioskUnlock, summary: "kiosk unlock for \(person.masked)",
            fields: ["person": person.value, "was_locked": wasLocked, "failed_count_was": failedCountWas])
    }

    package static func noPin(_ person: ResidentID) -> KioskAuditLine {
        KioskAuditLine(
            action: .kioskFailedPin, summary: "kiosk sign-in refused for \(person.masked): no PIN set",
            fields: ["person": person.value, "reason": "no_pin"])
    }

    /// The rows one sign-in attempt leaves (a lockout leaves two: the wrong PIN, then the lock).
    package static func signIn(_ person: ResidentID, _ outcome: KioskSignInOutcome, failedCount: Int)
        -> [KioskAuditLine]
    {
        let who = person.masked
        switch outcome {
        case .signedIn:
            return [.init(action: .kioskSignIn, summary: "kiosk sign-in by \(who)", fields: ["person": person.value])]
        case .wrongPin(let left):
            return [
                .init(
                    action: .kioskFailedPin, summary: "wrong kiosk PIN for \(who)",
                    fields: ["person": person.value, "failed_count": failedCount, "attempts_left": left])
            ]
        case .lockedOut(let until):
            return [
                .init(
                    action: .kioskFailedPin, summary: "wrong kiosk PIN for \(who)",
                    fields: ["person": person.value, "failed_count": failedCount, "attempts_left": 0]),
                .init(
                    action: .kioskLockout, summary: "\(who) locked out of the kiosk until \(until.iso)",
                    fields: ["person": person.value, "locked_until": until.iso]),
            ]
        case .stillLocked(let until):
            return [
                .init(
                    action: .kioskFailedPin, summary: "kiosk sign-in refused for \(who): locked until \(until.iso)",
                    fields: ["person": person.value, "reason": "locked", "locked_until": until.iso])
            ]
        case .noPin, .terminalWait, .terminalLocked:
            return []
        }
    }

    /// The rows one sign-in attempt at `terminal` leaves since issue 15 (the SQLite store's words in
    /// Store+Kiosk.swift): the terminal named, and a wrong PIN for an ID without one worded as such.
    package static func signIn(
        _ person: ResidentID, _ outcome: KioskSignInOutcome, failedCount: Int, hasPin: Bool, terminal: String
    ) -> [KioskAuditLine] {
        let who = person.masked
        let reason = hasPin ? "wrong_pin" : "no_pin"
        let wrong = hasPin ? "wrong kiosk PIN for \(who)" : "kiosk sign-in refused for \(who): no PIN set"
        switch outcome {
        case .signedIn:
            return [
                .init(
                    action: .kioskSignIn, summary: "kiosk sign-in by \(who)",
                    fields: ["person": person.value, "terminal": terminal])
            ]
        case .wrongPin(let left):
            return [
                .init(
                    action: .kioskFailedPin, summary: wrong,
                    fields: [
                        "person": person.value, "failed_count": failedCount, "attempts_left": left, "reason": reason,
                        "terminal": terminal,
                    ])
            ]
        case .lockedOut(let until):
            return [
                .init(
                    action: .kioskFailedPin, summary: wrong,
                    fields: [
                        "person": person.value, "failed_count": failedCount, "attempts_left": 0, "reason": reason,
                        "terminal": terminal,
                    ]),
                .init(
                    action: .kioskLockout, summary: "\(who) locked out of the kiosk until \(until.iso)",
                    fields: ["person": person.value, "locked_until": until.iso]),
            ]
        case .stillLocked(let until):
            return [
                .init(
                    action: .kioskFailedPin, summary: "kiosk sign-in refused for \(who): locked until \(until.iso)",
                    fields: [
                        "person": person.value, "reason": "locked", "locked_until": until.iso, "terminal": terminal,
                    ])
            ]
        case .noPin, .terminalWait, .terminalLocked:
            return []
        }
    }

    package static func terminalThrottled(_ person: ResidentID, terminal: String) -> KioskAuditLine {
        KioskAuditLine(
            action: .kioskFailedPin,
            summary: "kiosk sign-in refused for \(person.masked): terminal \(terminal) is throttled",
            fields: ["person": person.value, "reason": "terminal_throttled", "terminal": terminal])
    }

    package static func terminalLockout(_ terminal: String, _ state: KioskTerminalState, until: Moment)
        -> KioskAuditLine
    {
        KioskAuditLine(
            action: .kioskTerminalLockout,
            summary: "kiosk terminal \(terminal) locked until \(until.iso) after \(state.failedCount) wrong PINs",
            fields: ["terminal": terminal, "failed_count": state.failedCount, "locked_until": until.iso])
    }

    package static func terminalUnlock(_ terminal: String, failedCountWas: Int) -> KioskAuditLine {
        KioskAuditLine(
            action: .kioskUnlock, summary: "kiosk terminal \(terminal) unlocked",
            fields: ["terminal": terminal, "failed_count_was": failedCountWas])
    }

    package static func signOut(_ person: ResidentID, timedOut: Bool) -> KioskAuditLine {
        KioskAuditLine(
            action: .kioskSignOut,
            summary: "kiosk session of \(person.masked) ended" + (timedOut ? " (no one was there)" : ""),
            fields: ["person": person.value, "timed_out": timedOut])
    }

    package static func operatorExit(accepted: Bool) -> KioskAuditLine {
        KioskAuditLine(
            action: accepted ? .kioskOperatorExit : .kioskOperatorExitRefused,
            summary: accepted ? "operator left the kiosk" : "wrong operator PIN at the kiosk",
            fields: ["accepted": accepted])
    }

    /// `detail`: `[fields]` as JSON, keys sorted.
    package func detail() throws -> String { try Store.kioskAuditDetail(fields) }
}
