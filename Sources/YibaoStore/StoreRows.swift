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

    // The three rows every screen reads are taken by position: by name, GRDB hashed (and lower-cased) the
    // column's name for every value, ~28,000 instructions a person (docs/performance.md, round seven).
    // Every read of them selects `personColumns`, `ledgerColumns` or `bindingColumns`, in that order;
    // debug builds (the tests) check it on every row.

    static func person(_ row: Row) throws -> Person {
        assert(hasColumns(row, personColumns))
        guard let scheme = Scheme(rawValue: row[2]) else { throw StoreDecodingError(what: "scheme") }
        guard let region = RegionCode(row[3] as String) else { throw StoreDecodingError(what: "region") }
        let died: String? = row[5]
        let retired: String? = row[6]
        let base: Int64? = row[7]
        return Person(
            id: try residentID(row[0]), name: row[1], scheme: scheme, region: region,
            isOwner: row[4] as Bool, diedOn: try died.map(date), retiredOn: try retired.map(date),
            contributionBase: base.map(Money.init(fen:)))
    }

    static func ledgerEntry(_ row: Row) throws -> LedgerEntry {
        assert(hasColumns(row, ledgerColumns))
        guard let kind = LedgerEntry.Kind(rawValue: row[3]) else { throw StoreDecodingError(what: "kind") }
        return LedgerEntry(
            id: row[0], account: try residentID(row[1]), date: try date(row[2]), kind: kind,
            amount: Money(fen: row[4]), counterparty: try optionalResidentID(row[5]), note: row[6])
    }

    static func binding(_ row: Row) throws -> Binding {
        assert(hasColumns(row, bindingColumns))
        guard let relation = Relationship(rawValue: row[2]) else {
            throw StoreDecodingError(what: "relation")
        }
        let form: Binding.Form
        switch row[3] as String {
        case "ordered": form = .ordered
        case "quota": form = .quota(Money(fen: row[4]))
        default: throw StoreDecodingError(what: "binding form")
        }
        return Binding(
            payer: try residentID(row[0]), beneficiary: try residentID(row[1]), relation: relation, form: form,
            since: try date(row[5]))
    }

    /// Whether the row's first columns are `columns` (a list such as `personColumns`), in that order.
    static func hasColumns(_ row: Row, _ columns: String) -> Bool {
        let names = columns.split(separator: ",").map { String($0.drop { $0 == " " }) }
        return row.columnNames.prefix(names.count).elementsEqual(names)
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
