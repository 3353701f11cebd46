import GRDB
import YibaoCore

/// Reading saved rows back into model values. A value that the model would not accept means the
/// file was damaged or edited by hand; it is reported as `StoreDecodingError`.
package enum StoreRows {
    /// A far-future "today", so a saved identity number is checked for its form, not its birth date.
    static let farFuture = CivilDate(year: 9999, month: 12, day: 31)!

    package static func residentID(_ text: String) throws -> ResidentID {
        do {
            return try ResidentID(text, today: farFuture)
        } catch {
            throw StoreDecodingError(what: "identity number")
        }
    }

    package static func optionalResidentID(_ text: String?) throws -> ResidentID? {
        guard let text, !text.isEmpty else { return nil }
        return try residentID(text)
    }

    package static func date(_ text: String) throws -> CivilDate {
        guard let date = CivilDate(iso: text) else { throw StoreDecodingError(what: "date") }
        return date
    }

    static func person(_ row: Row) throws -> Person {
        guard let scheme = Scheme(rawValue: row["scheme"]) else { throw StoreDecodingError(what: "scheme") }
        guard let region = RegionCode(row["region"] as String) else { throw StoreDecodingError(what: "region") }
        let died: String? = row["died_on"]
        let retired: String? = row["retired_on"]
        let base: Int64? = row["contribution_base_fen"]
        return Person(
            id: try residentID(row["id"]), name: row["name"], scheme: scheme, region: region,
            isOwner: row["is_owner"] as Bool, diedOn: try died.map(date), retiredOn: try retired.map(date),
            contributionBase: base.map(Money.init(fen:)))
    }

    static func ledgerEntry(_ row: Row) throws -> LedgerEntry {
        guard let kind = LedgerEntry.Kind(rawValue: row["kind"]) else { throw StoreDecodingError(what: "kind") }
        return LedgerEntry(
            id: row["id"], account: try residentID(row["account"]), date: try date(row["date"]), kind: kind,
            amount: Money(fen: row["amount_fen"]), counterparty: try optionalResidentID(row["counterparty"]),
            note: row["note"])
    }

    static func binding(_ row: Row) throws -> Binding {
        guard let relation = Relationship(rawValue: row["relation"]) else {
            throw StoreDecodingError(what: "relation")
        }
        let form: Binding.Form
        switch row["form"] as String {
        case "ordered": form = .ordered
        case "quota": form = .quota(Money(fen: row["quota_fen"]))
        default: throw StoreDecodingError(what: "binding form")
        }
        return Binding(
            payer: try residentID(row["payer"]), beneficiary: try residentID(row["beneficiary"]),
            relation: relation, form: form, since: try date(row["since"]))
    }

    package static let ledgerColumns = "id, account, date, kind, amount_fen, counterparty, note"
    package static let personColumns = "id, name, scheme, region, is_owner, died_on, retired_on, contribution_base_fen"
    package static let bindingColumns = "payer, beneficiary, relation, form, quota_fen, since"
}

/// A saved value the model does not accept (the file was damaged or edited by hand).
package struct StoreDecodingError: Error {
    package init(what: String) { self.what = what }
    var what: String
}
