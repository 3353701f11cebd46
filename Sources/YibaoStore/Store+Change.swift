import Foundation
import GRDB
import YibaoCore

extension Store {
    /// Decides and saves one change in ONE write transaction, begun IMMEDIATE so no other process can
    /// write between the reading and the saving:
    /// reads the `Household` as of `date`, calls `decide` (a pure function of the model; it must not
    /// use the store), writes what it returns plus one audit row (`action`, `summary`, the changes as
    /// JSON), records the time of the change, and commits.
    ///
    /// When `decide` returns no changes, nothing is written (not even an audit row).
    /// An error thrown by `decide` (the model's refusal) is rethrown unchanged and nothing is written.
    /// Every other failure is a `StoreError`; a busy file is retried a few times first (`decide` may
    /// then run more than once). Returns the changes as saved: new ledger lines carry their ids.
    @discardableResult
    public func change(
        asOf date: CivilDate, action: String, summary: String, _ decide: (Household) throws -> [Change]
    ) throws -> [Change] {
        if let refusal = options.readOnly { throw refusal }
        backUpBeforeFirstChangeOfDay()
        return try withRetry { db in
            let household = try Store.household(db, asOf: date)
            let changes: [Change]
            do {
                changes = try decide(household)
            } catch {
                throw DecisionFailure(error: error)
            }
            guard !changes.isEmpty else { return [] }  // nothing changed: no audit row either
            let saved = try changes.map { change in try Store.apply(change, db) }
            try Store.recordAudit(db, at: Timestamp.iso(options.now()), action: action, summary: summary, saved)
            return saved
        }
    }

    /// Runs `body` in a write transaction begun IMMEDIATE, retrying the whole transaction (with a
    /// doubling pause) while the file stays busy, and mapping every database failure to a `StoreError`.
    func withRetry<T>(_ body: (Database) throws -> T) throws -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try pool.writeWithoutTransaction { db in
                    var result: T?
                    try db.inTransaction(.immediate) {
                        result = try body(db)
                        return .commit
                    }
                    return result!
                }
            } catch let failure as DecisionFailure {
                throw failure.error
            } catch {
                let storeError = StoreError.from(error, path: path)
                guard storeError.isBusy, attempt < options.attempts else { throw storeError }
                Thread.sleep(forTimeInterval: options.backoff * Double(1 << (attempt - 1)))
            }
        }
    }

    /// Writes one change; returns it as saved (a new ledger line with its id).
    static func apply(_ change: Change, _ db: Database) throws -> Change {
        switch change {
        case .addPerson(let person):
            try db.execute(
                sql: "INSERT INTO persons (\(StoreRows.personColumns)) VALUES (?, ?, ?, ?, ?)",
                arguments: [person.id.value, person.name, person.scheme.rawValue, person.region.code, person.isOwner])
        case .updatePerson(let person):
            try db.execute(
                sql: "UPDATE persons SET name = ?, scheme = ?, region = ?, is_owner = ? WHERE id = ?",
                arguments: [person.name, person.scheme.rawValue, person.region.code, person.isOwner, person.id.value])
            guard db.changesCount == 1 else {
                throw StoreError.inconsistent(detail: "no saved person \(person.id.masked) to update")
            }
        case .addBinding(let binding):
            let (form, quota): (String, Int64?) =
                switch binding.form {
                case .ordered: ("ordered", nil)
                case .quota(let amount): ("quota", amount.fen)
                }
            try db.execute(
                sql: "INSERT INTO bindings (\(StoreRows.bindingColumns)) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [
                    binding.payer.value, binding.beneficiary.value, binding.relation.rawValue, form, quota,
                    binding.since.iso,
                ])
        case .removeBinding(let payer, let beneficiary):
            try db.execute(
                sql: "DELETE FROM bindings WHERE payer = ? AND beneficiary = ?",
                arguments: [payer.value, beneficiary.value])
            guard db.changesCount == 1 else {
                throw StoreError.inconsistent(detail: "no saved binding \(payer.masked) → \(beneficiary.masked)")
            }
        case .setPayerOrder(let order):
            try db.execute(sql: "DELETE FROM payer_orders WHERE beneficiary = ?", arguments: [order.beneficiary.value])
            for (position, payer) in order.payers.enumerated() {
                try db.execute(
                    sql: "INSERT INTO payer_orders (beneficiary, position, payer) VALUES (?, ?, ?)",
                    arguments: [order.beneficiary.value, position, payer.value])
            }
        case .addLedgerEntry(var entry):
            try db.execute(
                sql: """
                    INSERT INTO ledger (account, date, kind, amount_fen, counterparty, note)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: ledgerArguments(entry))
            entry.id = db.lastInsertedRowID
            return .addLedgerEntry(entry)
        }
        return change
    }

    static func ledgerArguments(_ entry: LedgerEntry) -> StatementArguments {
        [
            entry.account.value, entry.date.iso, entry.kind.rawValue, entry.amount.fen, entry.counterparty?.value,
            entry.note,
        ]
    }

    static func recordAudit(
        _ db: Database, at: String, action: String, summary: String, _ changes: [Change]
    ) throws {
        try recordAudit(db, at: at, action: action, summary: summary, detail: ChangeRecord.json(changes))
    }

    static func recordAudit(_ db: Database, at: String, action: String, summary: String, detail: String) throws {
        try db.execute(
            sql: "INSERT INTO audit (at, action, summary, detail) VALUES (?, ?, ?, ?)",
            arguments: [at, action, summary, detail])
        try db.execute(
            sql:
                "INSERT INTO meta (key, value) VALUES ('last_change', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            arguments: [at])
    }
}

/// Carries the model's refusal out of the transaction untouched, so it is not mistaken for a
/// database failure.
struct DecisionFailure: Error {
    var error: any Error
}
