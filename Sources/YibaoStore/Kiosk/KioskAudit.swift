import Foundation
import GRDB
import YibaoCore

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
        _ db: Database, at now: Moment, action: AuditAction, summary: String, fields: [String: Any]
    ) throws {
        try db.execute(
            sql: "INSERT INTO audit (at, action, summary, detail) VALUES (?, ?, ?, ?)",
            arguments: [now.iso, action.rawValue, summary, try kioskAuditDetail(fields)])
    }

    /// Writes one kiosk audit row worded by `KioskAuditLine`.
    static func record(_ db: Database, at now: Moment, _ line: KioskAuditLine) throws {
        try recordKioskAudit(db, at: now, action: line.action, summary: line.summary, fields: line.fields)
    }

    /// A kiosk audit row's `detail`: `[fields]` as JSON, keys sorted (every engine writes the same text).
    package static func kioskAuditDetail(_ fields: [String: Any]) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: [fields], options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
