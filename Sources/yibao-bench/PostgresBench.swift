import Foundation
import YibaoCore
import YibaoPostgres
import YibaoStore

extension Subject {
    /// The typical store on a loopback PostgreSQL server (`--postgres`).
    static let typicalPostgres = "yibao typical (PostgreSQL)"
}

/// The fleet's engine in the benchmark (issue 16): the typical store on PostgreSQL, and one line
/// under the table comparing its first Home screen with SQLite's.
enum PostgresBench {
    /// Saves `lines` in one transaction, as the SQLite store's bulk insert does.
    static func fillLedger(_ lines: [LedgerEntry], url: String, today: CivilDate) throws(BenchError) {
        do {
            guard case .postgres(let server) = try StoreLocation.parse(url) else { throw BenchError("not a server") }
            let store = try PostgresStore.open(server)
            defer { store.close() }
            try store.change(asOf: today, action: .credit, summary: "bench ledger") { _ in
                lines.map { .addLedgerEntry($0) }
            }
        } catch {
            throw BenchError("could not fill the PostgreSQL store's ledger: \(error)")
        }
    }

    static func line(_ report: Report) -> String? {
        guard let server = report.median(Subject.typicalPostgres, "first_screen_ms"),
            let file = report.median(Subject.typical, "first_screen_ms")
        else { return nil }
        return String(
            format: "first Home, typical store: SQLite %.2f ms, PostgreSQL on loopback %.2f ms (%.1fx)", file, server,
            server / max(file, 0.001))
    }
}
