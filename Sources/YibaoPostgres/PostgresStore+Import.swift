import Foundation
import PostgresNIO
import YibaoCore
import YibaoStore

/// `yibao import` onto the fleet's server (as Store+Import.swift): a whole export, SQLite's or
/// PostgreSQL's, loaded in one write transaction, so it is there whole or not at all.
extension PostgresStore {
    /// Loads `export` into this (empty) store with every id as exported, then moves the id sequences
    /// past them. Refuses (`StoreImportRefusal.notEmpty`, nothing written) a store holding any record;
    /// the service has validated the rows before. Kiosk PINs, locks and settings are not in an export.
    public func importExport(_ export: StoreExport) throws {
        try write { session in
            let filled =
                try session.rows(
                    """
                    SELECT EXISTS (SELECT 1 FROM persons) OR EXISTS (SELECT 1 FROM bindings)
                        OR EXISTS (SELECT 1 FROM payer_orders) OR EXISTS (SELECT 1 FROM ledger)
                        OR EXISTS (SELECT 1 FROM audit) OR EXISTS (SELECT 1 FROM person_events)
                        OR EXISTS (SELECT 1 FROM binding_ends)
                    """
                ).first?.decode(Bool.self) ?? true
            if filled { throw DecisionFailure(error: StoreImportRefusal.notEmpty(path: displayLocation)) }
            for person in export.persons { _ = try Self.apply(.addPerson(person), session) }
            for person in export.pending ?? [] { _ = try Self.apply(.markPending(person), session) }
            for binding in export.bindings { _ = try Self.apply(.addBinding(binding), session) }
            for order in export.payerOrders where !order.payers.isEmpty {
                _ = try Self.apply(.setPayerOrder(order), session)
            }
            for row in export.personEvents {
                try session.run(
                    """
                    INSERT INTO person_events (id, person, date, kind, field, old_value, new_value)
                    VALUES (\(row.id), \(row.person.value), \(row.date.iso), \(row.kind.rawValue),
                            \(row.field.rawValue), \(row.oldValue), \(row.newValue))
                    """)
            }
            for end in export.bindingEnds { _ = try Self.apply(.recordBindingEnd(end), session) }
            for entry in export.ledger {
                try session.run(
                    """
                    INSERT INTO ledger (id, account, date, kind, amount_fen, counterparty, note)
                    VALUES (\(entry.id), \(entry.account.value), \(entry.date.iso), \(entry.kind.rawValue),
                            \(entry.amount.fen), \(entry.counterparty?.value), \(entry.note))
                    """)
            }
            for entry in export.audit {
                try session.run(
                    """
                    INSERT INTO audit (id, at, action, summary, detail)
                    VALUES (\(entry.id), \(entry.at), \(entry.action), \(entry.summary), \(entry.detail))
                    """)
            }
            // Ids given explicitly do not move an identity's sequence: the next line must not reuse one.
            for table in ["ledger", "audit", "person_events"] {
                try session.run(
                    PostgresQuery(
                        unsafeSQL: """
                            SELECT setval(pg_get_serial_sequence('\(table)', 'id'),
                                (SELECT COALESCE(MAX(id), 0) + 1 FROM \(table)), false)
                            """))
            }
            if let last = export.lastChange {
                try session.run(
                    """
                    INSERT INTO meta (key, value) VALUES ('last_change', \(last))
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value
                    """)
            }
        }
    }
}
