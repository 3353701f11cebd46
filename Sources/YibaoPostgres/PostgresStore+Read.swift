import Foundation
import PostgresNIO
import YibaoCore
import YibaoStore

/// Reads, as the SQLite store answers them (Store+Read.swift, Store+Snapshot.swift, Store+Export.swift).
extension PostgresStore: RecordStore {
    public var displayLocation: String { link.location.display }
    public var isReadOnly: Bool { false }
    public var readOnlyReason: StoreError? { nil }

    public func household(asOf date: CivilDate, years: InsuranceYears) throws -> Household {
        try read { session in try Self.household(session, asOf: date, years: years) }
    }

    public func snapshot(asOf date: CivilDate, years: InsuranceYears) throws -> AppSnapshot {
        try read { session in
            let household = try Self.household(session, asOf: date, years: years)
            let all = try Self.ledgerCounts(session)
            var counts: [ResidentID: Int] = [:]
            for (id, person) in household.persons where person.hasPersonalAccount { counts[id] = all[id] ?? 0 }
            let owner = household.persons.values.first(where: \.isOwner)?.id
            let ends = try Self.bindingEnds(session).filter { $0.endedOn <= date }
            var lastCredit: CivilDate?
            if let owner {
                let rows = try session.rows(
                    """
                    SELECT date FROM ledger WHERE account = \(owner.value) AND date <= \(date.iso) AND kind = 'credit'
                    ORDER BY date DESC LIMIT 1
                    """)
                lastCredit = try rows.first.map { try StoreRows.date(try $0.makeRandomAccess()[0].decode(String.self)) }
            }
            return AppSnapshot(
                household: household, owner: owner, lastChange: try Self.meta(session, "last_change"),
                ledgerCounts: counts, bindingEnds: ends, ownerLastCredit: lastCredit)
        }
    }

    public func persons() throws -> [Person] { try read { session in try Self.persons(session) } }

    public func owner() throws -> Person? {
        try read { session in
            try session.rows(
                PostgresQuery(unsafeSQL: "SELECT \(PostgresRows.personColumns) FROM persons WHERE is_owner")
            ).first.map(PostgresRows.person)
        }
    }

    public func person(_ id: ResidentID) throws -> Person? {
        try read { session in
            try session.rows(
                PostgresQuery(
                    unsafeSQL: "SELECT \(PostgresRows.personColumns) FROM persons WHERE id = $1",
                    binds: { var binds = PostgresBindings(); binds.append(id.value); return binds }())
            ).first.map(PostgresRows.person)
        }
    }

    public func ledger(of account: ResidentID, offset: Int, limit: Int) throws -> [LedgerEntry] {
        try read { session in
            try session.rows(
                """
                SELECT id, account, date, kind, amount_fen, counterparty, note FROM ledger
                WHERE account = \(account.value) ORDER BY date DESC, id DESC LIMIT \(max(0, limit)) OFFSET \(max(0, offset))
                """
            ).map(PostgresRows.ledgerEntry)
        }
    }

    public func ledgerCount(of account: ResidentID) throws -> Int {
        try read { session in
            Int(try session.rows("SELECT COUNT(*)::bigint FROM ledger WHERE account = \(account.value)")
                .first?.decode(Int64.self) ?? 0)
        }
    }

    public func ledgerCounts() throws -> [ResidentID: Int] { try read { session in try Self.ledgerCounts(session) } }

    public func bindings() throws -> [Binding] { try read { session in try Self.bindings(session) } }

    public func payerOrders() throws -> [PayerOrder] {
        try read { session in
            try Self.payerOrders(session).map { PayerOrder(beneficiary: $0.key, payers: $0.value) }
                .sorted { $0.beneficiary < $1.beneficiary }
        }
    }

    public func lastChange() throws -> String? { try read { session in try Self.meta(session, "last_change") } }

    public func audit(limit: Int) throws -> [AuditEntry] {
        try read { session in
            try session.rows(
                "SELECT id, at, action, summary, detail FROM audit ORDER BY id DESC LIMIT \(max(0, limit))"
            ).map(PostgresRows.audit)
        }
    }

    public func audit(actions: [AuditAction], limit: Int) throws -> [AuditEntry] {
        try read { session in
            try session.rows(
                """
                SELECT id, at, action, summary, detail FROM audit WHERE action = ANY(\(actions.map(\.rawValue)))
                ORDER BY id DESC LIMIT \(max(0, limit))
                """
            ).map(PostgresRows.audit)
        }
    }

    public func auditCount() throws -> Int {
        try read { session in Int(try session.rows("SELECT COUNT(*)::bigint FROM audit").first?.decode(Int64.self) ?? 0) }
    }

    public var isEmpty: Bool {
        get throws {
            try read { session in
                try session.rows(
                    "SELECT NOT EXISTS (SELECT 1 FROM persons) AND NOT EXISTS (SELECT 1 FROM ledger)"
                ).first?.decode(Bool.self) ?? true
            }
        }
    }

    public func export() throws -> StoreExport {
        try read { session in
            var export = StoreExport(
                format: try Self.meta(session, "format") ?? "yibao-store",
                schemaVersion: Schema.version,
                lastChange: try Self.meta(session, "last_change"),
                persons: try Self.persons(session),
                bindings: try Self.bindings(session),
                payerOrders: try Self.payerOrders(session).map { PayerOrder(beneficiary: $0.key, payers: $0.value) }
                    .sorted { $0.beneficiary < $1.beneficiary },
                ledger: try session.rows(
                    "SELECT id, account, date, kind, amount_fen, counterparty, note FROM ledger ORDER BY date, id"
                ).map(PostgresRows.ledgerEntry),
                audit: try session.rows("SELECT id, at, action, summary, detail FROM audit ORDER BY id")
                    .map(PostgresRows.audit))
            let pending = try Self.pendingPersons(session).sorted()
            export.pending = pending.isEmpty ? nil : pending
            export.personEvents = try Self.personEvents(session)
            export.bindingEnds = try Self.bindingEnds(session)
            return export
        }
    }

    public func personEvents() throws -> [PersonEvent] { try read { session in try Self.personEvents(session) } }

    public func bindingEnds() throws -> [BindingEnd] { try read { session in try Self.bindingEnds(session) } }

    public func pendingPersons() throws -> Set<ResidentID> { try read { session in try Self.pendingPersons(session) } }

    public func isPending(_ person: ResidentID) throws -> Bool {
        try read { session in
            try session.rows("SELECT EXISTS (SELECT 1 FROM pending_persons WHERE person = \(person.value))")
                .first?.decode(Bool.self) ?? false
        }
    }

    static func personEvents(_ session: PostgresSession) throws -> [PersonEvent] {
            try session.rows(
                "SELECT id, person, date, kind, field, old_value, new_value FROM person_events ORDER BY date, id"
            ).map { row in
                let (id, person, date, kindText, fieldText, old, new) = try row.decode(
                    (Int64, String, String, String, String, String?, String?).self)
                guard let kind = PersonEvent.Kind(rawValue: kindText) else { throw StoreDecodingError(what: "event kind") }
                guard let field = PersonEvent.Field(rawValue: fieldText) else {
                    throw StoreDecodingError(what: "event field")
                }
                return PersonEvent(
                    id: id, person: try StoreRows.residentID(person), date: try StoreRows.date(date), kind: kind,
                    field: field, oldValue: old, newValue: new)
            }
    }

    static func bindingEnds(_ session: PostgresSession) throws -> [BindingEnd] {
            try session.rows(
                """
                SELECT payer, beneficiary, relation, form, quota_fen, since, ended_on, reason, quota_returned_fen
                FROM binding_ends ORDER BY ended_on, id
                """
            ).map { row in
                let binding = try PostgresRows.binding(row)
                let cells = row.makeRandomAccess()
                let ended = try cells[6].decode(String.self)
                let reasonText = try cells[7].decode(String.self)
                let returned = try cells[8].decode(Int64.self)
                guard let reason = BindingEnd.Reason(rawValue: reasonText) else {
                    throw StoreDecodingError(what: "end reason")
                }
                return BindingEnd(
                    binding: binding, endedOn: try StoreRows.date(ended), reason: reason,
                    quotaReturned: Money(fen: returned))
            }
    }

    public func preference(_ key: String) -> String? {
        try? read { session in try Self.meta(session, "pref." + key) }
    }

    public func setPreference(_ key: String, _ value: String) throws {
        try perform { session in
            try session.run(
                """
                INSERT INTO meta (key, value) VALUES (\("pref." + key), \(value))
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """)
        }
    }
}
