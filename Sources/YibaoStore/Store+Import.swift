import GRDB
import YibaoCore

/// Why an export cannot be brought into this store, said in words. Nothing is written in any case.
public enum StoreImportRefusal: UserFacingError, Equatable {
    /// The store already holds people, bindings, ledger lines or audit rows.
    case notEmpty(path: String)
    /// The export is not a Yibao export, or from a newer format than this build knows.
    case wrongFormat(found: String, version: Int)
    /// A row the model would not accept, or one that contradicts another; `row` says which, `reason` why.
    case invalidRow(row: String, reason: LocalizedText)

    public var message: LocalizedText {
        switch self {
        case .notEmpty(let path):
            return .init(
                zh: "仓库 \(path) 里已经有资料，所以没有导入。请导入到新的或空的仓库（--store 新文件）。什么都没有改动。",
                en: "The store \(path) already holds records, so nothing was imported. Import into a new or empty "
                    + "store (--store NEWFILE). Nothing was changed.")
        case .wrongFormat(let found, let version):
            return .init(
                zh: "这不是本版本医保能读的导出文件（格式 \(found)，版本 \(version)）。什么都没有改动。",
                en: "This is not an export this version of Yibao can read (format \(found), version \(version)). "
                    + "Nothing was changed.")
        case .invalidRow(let row, let reason):
            return .init(
                zh: "导出文件中的 \(row) 不能接受：\(reason.zh) 整个文件都没有导入。",
                en: "\(row) in the export cannot be accepted: \(reason.en) Nothing was imported.")
        }
    }
}

extension Store {
    /// Loads a whole export into this store in one IMMEDIATE transaction: every person, binding, payer
    /// order, ledger line (with its id) and audit row (with its id and time) as exported, and
    /// `meta.last_change`, so that exporting again gives the same export. Refuses (nothing written) a
    /// store that holds any person, binding, payer order, ledger line or audit row (`StoreImportRefusal.notEmpty`);
    /// a database failure is a `StoreError`.
    ///
    /// The rows are written as given: validating them as changes would be validated is the service's
    /// job (`HouseholdService.importExport`), done before this is called. A row the schema refuses (a
    /// duplicate id, a line for someone not in the file) fails the transaction, so it is all or nothing.
    /// Kiosk PINs, locks and settings are not in an export and are left as they are.
    public func importExport(_ export: StoreExport) throws {
        try withRetry { db in
            let filled = try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT 1 FROM persons) OR EXISTS (SELECT 1 FROM bindings)
                        OR EXISTS (SELECT 1 FROM payer_orders) OR EXISTS (SELECT 1 FROM ledger)
                        OR EXISTS (SELECT 1 FROM audit) OR EXISTS (SELECT 1 FROM person_events)
                    OR EXISTS (SELECT 1 FROM binding_ends)
                    """) ?? true
            if filled { throw DecisionFailure(error: StoreImportRefusal.notEmpty(path: path)) }
            for person in export.persons { _ = try Store.apply(.addPerson(person), db) }
            for person in export.pending ?? [] { _ = try Store.apply(.markPending(person), db) }
            for binding in export.bindings { _ = try Store.apply(.addBinding(binding), db) }
            for order in export.payerOrders where !order.payers.isEmpty {
                _ = try Store.apply(.setPayerOrder(order), db)
            }
            // Life events (issue 18): dated changes to people kept with their ids, and bindings that
            // ended by themselves, in the order exported.
            let event = try db.makeStatement(
                sql: """
                    INSERT INTO person_events (id, person, date, kind, field, old_value, new_value)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            for row in export.personEvents {
                try event.execute(arguments: [
                    row.id, row.person.value, row.date.iso, row.kind.rawValue, row.field.rawValue, row.oldValue,
                    row.newValue,
                ])
            }
            for end in export.bindingEnds { _ = try Store.apply(.recordBindingEnd(end), db) }
            let line = try db.makeStatement(
                sql: """
                    INSERT INTO ledger (id, account, date, kind, amount_fen, counterparty, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            for entry in export.ledger {
                try line.execute(arguments: [entry.id] + Store.ledgerArguments(entry))
            }
            let row = try db.makeStatement(
                sql: "INSERT INTO audit (id, at, action, summary, detail) VALUES (?, ?, ?, ?, ?)")
            for entry in export.audit {
                try row.execute(arguments: [entry.id, entry.at, entry.action, entry.summary, entry.detail])
            }
            if let last = export.lastChange {
                try db.execute(
                    sql: """
                        INSERT INTO meta (key, value) VALUES ('last_change', ?)
                        ON CONFLICT (key) DO UPDATE SET value = excluded.value
                        """,
                    arguments: [last])
            }
        }
    }

    /// The format version this build writes (`PRAGMA user_version` of a new store).
    public static var formatVersion: Int { Schema.version }
}
