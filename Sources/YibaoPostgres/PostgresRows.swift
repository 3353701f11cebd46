import PostgresNIO
import YibaoCore
import YibaoStore

/// Reading the server's rows back into model values (as `StoreRows` does for SQLite); a value the
/// model does not accept is `StoreDecodingError`.
enum PostgresRows {
    static let personColumns = "id, name, scheme, region, is_owner, died_on, retired_on, contribution_base_fen"
    static let ledgerColumns = "id, account, date, kind, amount_fen, counterparty, note"
    static let bindingColumns = "payer, beneficiary, relation, form, quota_fen, since"

    static func person(_ row: PostgresRow) throws -> Person {
        let (id, name, schemeText, regionText, isOwner, died, retired, base) = try row.decode(
            (String, String, String, String, Bool, String?, String?, Int64?).self)
        guard let scheme = Scheme(rawValue: schemeText) else { throw StoreDecodingError(what: "scheme") }
        guard let region = RegionCode(regionText) else { throw StoreDecodingError(what: "region") }
        return Person(
            id: try StoreRows.residentID(id), name: name, scheme: scheme, region: region, isOwner: isOwner,
            diedOn: try died.map(StoreRows.date), retiredOn: try retired.map(StoreRows.date),
            contributionBase: base.map(Money.init(fen:)))
    }

    static func ledgerEntry(_ row: PostgresRow) throws -> LedgerEntry {
        let (id, account, date, kindText, fen, counterparty, note) = try row.decode(
            (Int64, String, String, String, Int64, String?, String).self)
        guard let kind = LedgerEntry.Kind(rawValue: kindText) else { throw StoreDecodingError(what: "kind") }
        return LedgerEntry(
            id: id, account: try StoreRows.residentID(account), date: try StoreRows.date(date), kind: kind,
            amount: Money(fen: fen), counterparty: try StoreRows.optionalResidentID(counterparty), note: note)
    }

    static func binding(_ row: PostgresRow) throws -> Binding {
        let (payer, beneficiary, relationText, formText, quota, since) = try row.decode(
            (String, String, String, String, Int64?, String).self)
        guard let relation = Relationship(rawValue: relationText) else { throw StoreDecodingError(what: "relation") }
        let form: Binding.Form
        switch (formText, quota) {
        case ("ordered", _): form = .ordered
        case ("quota", let fen?): form = .quota(Money(fen: fen))
        default: throw StoreDecodingError(what: "binding form")
        }
        return Binding(
            payer: try StoreRows.residentID(payer), beneficiary: try StoreRows.residentID(beneficiary),
            relation: relation, form: form, since: try StoreRows.date(since))
    }

    static func audit(_ row: PostgresRow) throws -> AuditEntry {
        let (id, at, action, summary, detail) = try row.decode((Int64, String, String, String, String).self)
        return AuditEntry(id: id, at: at, action: action, summary: summary, detail: detail)
    }
}
