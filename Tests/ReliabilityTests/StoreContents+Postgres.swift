import Foundation
import YibaoCore
import YibaoStore

@testable import YibaoPostgres

extension StoreContents {
    /// Reads a fleet's PostgreSQL store as `read(_:)` reads a file: the way Yibao opens it, then every
    /// audit row, tagged ledger line and sum. (A server has no `integrity_check`: its own WAL keeps it
    /// whole; "ok" stands for that.)
    static func read(server url: String) throws -> StoreContents {
        guard case .postgres(let location) = try StoreLocation.parse(url) else { throw SetupFailed(step: url, stderr: "not a server") }
        let store = try PostgresStore.open(location, environment: [:])
        defer { store.close() }
        let today = CivilDate(iso: Family.date)!
        let household = try store.household(asOf: today)
        let export = try store.export()
        var audit: [AuditRow] = []
        for row in export.audit {
            let records = (try? JSONSerialization.jsonObject(with: Data(row.detail.utf8)) as? [[String: Any]]) ?? nil
            audit.append(AuditRow(id: row.id, summary: row.summary, records: records ?? []))
        }
        var tagged: [String: [(account: String, fen: Int64)]] = [:]
        var sums: [String: Int64] = [:]
        for line in export.ledger.sorted(by: { $0.id < $1.id }) {
            sums[line.account.value, default: 0] += line.amount.fen
            guard line.note.hasPrefix("stress ") else { continue }
            tagged[String(line.note.dropFirst("stress ".count)), default: []].append((line.account.value, line.amount.fen))
        }
        var balances: [String: Int64] = [:]
        for (id, totals) in household.accounts { balances[id.value] = totals.balance.fen }
        var orders: [String: [String]] = [:]
        for (beneficiary, payers) in household.payerOrders { orders[beneficiary.value] = payers.map(\.value) }
        return StoreContents(
            integrity: ["ok"], audit: audit, tagged: tagged, balances: balances, ledgerSums: sums,
            bindings: Set(household.bindings.map { "\($0.payer.value)>\($0.beneficiary.value)" }), orders: orders)
    }
}
