import Foundation
import GRDB
import YibaoCore

/// The `audit.action` names of kiosk events. Their rows name the person and times, never a PIN.
public enum KioskAuditAction {
    public static let signIn = "kiosk.sign_in"
    public static let failedPin = "kiosk.pin_failed"
    public static let lockout = "kiosk.lockout"
    public static let unlock = "kiosk.unlock"
    public static let pinSet = "kiosk.pin_set"
    public static let pinReset = "kiosk.pin_reset"
    public static let settings = "kiosk.settings"
    public static let signOut = "kiosk.sign_out"
    /// The operator left the kiosk with the key sequence and the right operator PIN.
    public static let operatorExit = "kiosk.operator_exit"
    /// The operator key sequence was followed by a wrong operator PIN.
    public static let operatorExitRefused = "kiosk.operator_exit_refused"

    /// Every kiosk action, for filtering the audit trail.
    public static let all: [String] = [
        signIn, failedPin, lockout, unlock, pinSet, pinReset, settings, signOut, operatorExit, operatorExitRefused,
    ]
}

extension Moment {
    /// The moment a `Date` names.
    public init(_ date: Date) {
        self.init(seconds: date.timeIntervalSince1970)
    }

    /// ISO 8601 in UTC with milliseconds, as in the audit trail.
    public var iso: String { Timestamp.iso(Date(timeIntervalSince1970: seconds)) }
}

extension Store {
    /// Writes one kiosk audit row. Kiosk events are not changes to anyone's records, so they leave
    /// `meta.last_change` alone. `fields` must never hold a PIN.
    static func recordKioskAudit(
        _ db: Database, at now: Moment, action: String, summary: String, fields: [String: Any]
    ) throws {
        let data = try JSONSerialization.data(withJSONObject: [fields], options: [.sortedKeys, .withoutEscapingSlashes])
        try db.execute(
            sql: "INSERT INTO audit (at, action, summary, detail) VALUES (?, ?, ?, ?)",
            arguments: [now.iso, action, summary, String(decoding: data, as: UTF8.self)])
    }
}
