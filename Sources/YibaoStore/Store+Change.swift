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
    ///
    /// With `today` (the service always gives it), the change is also decided against every later day:
    /// one dated after `today` is refused (`DatedChangeRefusal.future`), and one that would leave an
    /// account short (below zero, or below its quotas set aside) on its date or any day after it through
    /// `today` is refused (`DatedChangeRefusal.shortfall`). Without it (tools that fill a store: the
    /// bench, the stress writer), only the date's household decides.
    @discardableResult
    public func change(
        asOf date: CivilDate, today: CivilDate? = nil, years: InsuranceYears = .calendar, action: AuditAction,
        summary: String, _ decide: (Household) throws -> [Change]
    ) throws -> [Change] {
        try changeInSteps(asOf: date, today: today, years: years, action: action, summary: summary) { steps in
            try steps.step(decide)
        }
    }

    /// Decides and saves several dependent steps of one intent in ONE write transaction with ONE audit
    /// row: `body` calls `steps.step { household in … }` as often as it needs, and each step reads the
    /// household as the previous steps left it (inside the same transaction) before deciding.
    ///
    /// All or nothing: a refusal thrown by any step (or by `body`) is rethrown unchanged and nothing of
    /// the earlier steps is kept. When no step returned a change, nothing is written. A busy file is
    /// retried as for `change(asOf:today:action:summary:_:)` (`body` may then run more than once).
    /// `today` works as there, for every step. Returns every change as saved, in order.
    @discardableResult
    public func changeInSteps(
        asOf date: CivilDate, today: CivilDate?, years: InsuranceYears, action: AuditAction, summary: String,
        _ body: (ChangeSteps) throws -> Void
    ) throws -> [Change] {
        if let refusal = options.readOnly { throw refusal }
        if let today, date > today { throw DatedChangeRefusal.future(date: date, today: today) }
        backUpBeforeFirstChangeOfDay()
        return try withRetry { db in
            let steps = ChangeSteps(engine: SQLiteStepEngine(db: db), date: date, today: today, years: years)
            do {
                try body(steps)
            } catch let failure as DecisionFailure {
                throw failure
            } catch let error as StoreError {
                throw error
            } catch let refusal as any UserFacingError {
                throw DecisionFailure(error: refusal)  // a refusal between steps, carried out untouched
            }
            guard !steps.saved.isEmpty else { return [] }  // nothing changed: no audit row either
            try Store.recordAudit(
                db, at: Timestamp.iso(options.now()), action: action.rawValue, summary: summary, steps.saved)
            return steps.saved
        }
    }

    /// Runs `body` in a write transaction begun IMMEDIATE, retrying the whole transaction (with a
    /// doubling pause) while the file stays busy, and mapping every database failure to a `StoreError`.
    func withRetry<T>(_ body: (Database) throws -> T) throws -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try database.writeWithoutTransaction { db in
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
                sql: "INSERT INTO persons (\(StoreRows.personColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [
                    person.id.value, person.name, person.scheme.rawValue, person.region.code, person.isOwner,
                    person.diedOn?.iso, person.retiredOn?.iso, person.contributionBase?.fen,
                ])
        case .updatePerson(let person):
            try db.execute(
                sql: """
                    UPDATE persons SET name = ?, scheme = ?, region = ?, is_owner = ?, died_on = ?, retired_on = ?,
                        contribution_base_fen = ?
                    WHERE id = ?
                    """,
                arguments: [
                    person.name, person.scheme.rawValue, person.region.code, person.isOwner, person.diedOn?.iso,
                    person.retiredOn?.iso, person.contributionBase?.fen, person.id.value,
                ])
            guard db.changesCount == 1 else {
                throw StoreError.inconsistent(detail: "no saved person \(person.id.masked) to update")
            }
        case .addBinding(let binding):
            try db.execute(
                sql: "INSERT INTO bindings (\(StoreRows.bindingColumns)) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: StoreRows.bindingArguments(binding))
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
        case .markPending(let person):
            try db.execute(sql: "INSERT OR IGNORE INTO pending_persons (person) VALUES (?)", arguments: [person.value])
        case .confirmPerson(let person):
            try db.execute(sql: "DELETE FROM pending_persons WHERE person = ?", arguments: [person.value])
        case .addLedgerEntry(var entry):
            try db.execute(
                sql: """
                    INSERT INTO ledger (account, date, kind, amount_fen, counterparty, note)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: ledgerArguments(entry))
            entry.id = db.lastInsertedRowID
            return .addLedgerEntry(entry)
        case .recordPersonEvent(var event):
            try db.execute(
                sql: """
                    INSERT INTO person_events (person, date, kind, field, old_value, new_value)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    event.person.value, event.date.iso, event.kind.rawValue, event.field.rawValue, event.oldValue,
                    event.newValue,
                ])
            event.id = db.lastInsertedRowID
            return .recordPersonEvent(event)
        case .recordBindingEnd(let end):
            try db.execute(
                sql: """
                    INSERT INTO binding_ends (\(StoreRows.bindingColumns), ended_on, reason, quota_returned_fen)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: StoreRows.bindingArguments(end.binding) + [
                    end.endedOn.iso, end.reason.rawValue, end.quotaReturned.fen,
                ])
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

/// What one engine does inside a change's write transaction, for `ChangeSteps`: read the household as
/// the transaction sees it, write one change, and read the later ledger lines a dated change is also
/// decided against. SQLite's is below; PostgreSQL's is in YibaoPostgres.
package protocol ChangeStepEngine {
    func household(asOf date: CivilDate) throws -> Household
    func apply(_ change: Change) throws -> Change
    func ledgerLines(of accounts: Set<ResidentID>, after date: CivilDate, through today: CivilDate) throws
        -> [LedgerEntry]
    /// Whether `account` already has a credit dated in `month` (`YYYY-MM`).
    func hasCredit(account: ResidentID, month: String) throws -> Bool
}

/// The SQLite engine's steps, on the transaction's connection.
struct SQLiteStepEngine: ChangeStepEngine {
    let db: Database

    func household(asOf date: CivilDate) throws -> Household { try Store.household(db, asOf: date) }
    func apply(_ change: Change) throws -> Change { try Store.apply(change, db) }
    func ledgerLines(of accounts: Set<ResidentID>, after date: CivilDate, through today: CivilDate) throws
        -> [LedgerEntry]
    {
        try Store.ledgerLines(db, of: accounts, after: date, through: today)
    }
    func hasCredit(account: ResidentID, month: String) throws -> Bool {
        try Store.hasCredit(db, account: account, month: month)
    }
}

/// The steps of one intent inside one write transaction (`Store.changeInSteps(asOf:action:summary:_:)`).
/// Valid only while that call runs. The same for every engine (`ChangeStepEngine`).
public final class ChangeSteps {
    let engine: any ChangeStepEngine
    private let date: CivilDate
    /// Through which day later lines are counted (nil: the change's date alone decides).
    private let today: CivilDate?
    /// Every change saved so far, as saved.
    package private(set) var saved: [Change] = []
    /// The household as the last step left it, when its later-days check already read it.
    private var current: Household?
    /// How each account's year is counted ("this year", prior years) in the households steps read.
    private let years: InsuranceYears

    package init(engine: any ChangeStepEngine, date: CivilDate, today: CivilDate?, years: InsuranceYears = .calendar) {
        self.engine = engine
        self.date = date
        self.today = today
        self.years = years
    }

    /// The household as the transaction sees it now, each account's year counted by `years`.
    private func readHousehold() throws -> Household {
        var household = try engine.household(asOf: date)
        try household.countInsuranceYears(years) { accounts, after, through in
            try engine.ledgerLines(of: accounts, after: after, through: through)
        }
        return household
    }

    /// Reads the household as the earlier steps left it, lets `decide` (pure; it must not use the store)
    /// choose the changes, and writes them. Returns them as saved (new ledger lines carry their ids).
    /// With a `today`, a step that spends or sets a quota aside is then checked on its date and every
    /// later day through today (`Household.firstShortfall`); a shortfall refuses the whole intent.
    @discardableResult
    public func step(_ decide: (Household) throws -> [Change]) throws -> [Change] {
        let household = try current ?? readHousehold()
        current = nil
        let changes: [Change]
        do {
            changes = try decide(household)
        } catch {
            throw DecisionFailure(error: error)
        }
        let written = try changes.map { change in try engine.apply(change) }
        current = try checkLaterDays(before: household, changes: changes)
        saved += written
        return written
    }

    /// Refuses (as the model's refusal) a step that leaves an account it spends from, or sets a quota
    /// aside from, short on the change's date or a later day through today.
    /// Returns the household as the step left it, when it had to read it.
    private func checkLaterDays(before: Household, changes: [Change]) throws -> Household? {
        guard let today else { return nil }
        let lowered = Set(changes.compactMap(\.accountItMayLower))
        guard !lowered.isEmpty else { return nil }
        let after = try readHousehold()
        let later = try engine.ledgerLines(of: lowered, after: date, through: today)
        guard
            let shortfall = Household.firstShortfall(
                before: before, after: after, later: later, through: today, accounts: lowered)
        else { return after }
        let name = after.persons[shortfall.account]?.name ?? shortfall.account.masked
        throw DecisionFailure(error: DatedChangeRefusal.shortfall(shortfall, name: name, date: date))
    }
}

/// Carries the model's refusal out of the transaction untouched, so it is not mistaken for a
/// database failure.
package struct DecisionFailure: Error {
    package var error: any Error
    package init(error: any Error) { self.error = error }
}
