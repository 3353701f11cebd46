import GRDB
import YibaoCore

extension StoreRows {
    /// A binding's columns (`bindingColumns`) as statement arguments.
    static func bindingArguments(_ binding: Binding) -> StatementArguments {
        let (form, quota): (String, Int64?) =
            switch binding.form {
            case .ordered: ("ordered", nil)
            case .quota(let amount): ("quota", amount.fen)
            }
        return [
            binding.payer.value, binding.beneficiary.value, binding.relation.rawValue, form, quota, binding.since.iso,
        ]
    }

    static func personEvent(_ row: Row) throws -> PersonEvent {
        guard let kind = PersonEvent.Kind(rawValue: row["kind"]) else { throw StoreDecodingError(what: "event kind") }
        guard let field = PersonEvent.Field(rawValue: row["field"]) else { throw StoreDecodingError(what: "event field") }
        return PersonEvent(
            id: row["id"], person: try residentID(row["person"]), date: try date(row["date"]), kind: kind, field: field,
            oldValue: row["old_value"], newValue: row["new_value"])
    }

    /// A row of `binding_ends` that starts with `bindingColumns` (read by position, as `binding` is).
    static func bindingEnd(_ row: Row) throws -> BindingEnd {
        guard let reason = BindingEnd.Reason(rawValue: row["reason"]) else { throw StoreDecodingError(what: "end reason") }
        return BindingEnd(
            binding: try binding(row), endedOn: try date(row["ended_on"]), reason: reason,
            quotaReturned: Money(fen: row["quota_returned_fen"]))
    }
}

extension Store {
    /// Every dated change to people's records, oldest first.
    public func personEvents() throws(StoreError) -> [PersonEvent] {
        try read { db in try Store.personEvents(db) }
    }

    /// Every binding that ended by itself, oldest first.
    public func bindingEnds() throws(StoreError) -> [BindingEnd] {
        try read { db in try Store.bindingEnds(db) }
    }

    static func personEvents(_ db: Database) throws -> [PersonEvent] {
        try Row.fetchAll(db, sql: "SELECT * FROM person_events ORDER BY date, id").map(StoreRows.personEvent)
    }

    static func bindingEnds(_ db: Database) throws -> [BindingEnd] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT \(StoreRows.bindingColumns), ended_on, reason, quota_returned_fen FROM binding_ends
                ORDER BY ended_on, id
                """
        ).map(StoreRows.bindingEnd)
    }

    /// Whether `account` has a credit line dated in `month` (`YYYY-MM`), read inside a change.
    static func hasCredit(_ db: Database, account: ResidentID, month: String) throws -> Bool {
        try Bool.fetchOne(
            db,
            sql: """
                SELECT EXISTS (SELECT 1 FROM ledger INDEXED BY ledger_by_account_date
                WHERE account = ? AND date >= ? AND date <= ? AND kind = 'credit')
                """,
            arguments: [account.value, month + "-01", month + "-31"]) ?? false
    }
}

extension ChangeSteps {
    /// Whether `account` already has a credit dated in `month` (`YYYY-MM`), read in this transaction.
    public func hasCredit(account: ResidentID, month: String) throws -> Bool {
        try engine.hasCredit(account: account, month: month)
    }
}
