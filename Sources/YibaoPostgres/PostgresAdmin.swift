import Foundation
import PostgresNIO
import YibaoStore

/// Plain statements on a server, for the tests' set-up (a fresh database each, a role with few
/// rights) and the fault tests' checks. Not used by the app.
enum PostgresAdmin {
    /// Runs `sql` (statements separated by `;` at line ends) on `location`, outside any transaction.
    static func execute(_ sql: String, on location: PostgresLocation) throws(StoreError) {
        let link = try PostgresLink(location: location)
        defer { link.disconnect() }
        do {
            try link.withConnection { session in try session.script(sql) }
        } catch {
            throw link.mapError(error)
        }
    }

    /// The first column of every row `sql` returns, as text (`::text` in the query).
    static func strings(_ sql: String, on location: PostgresLocation) throws(StoreError) -> [String] {
        let link = try PostgresLink(location: location)
        defer { link.disconnect() }
        do {
            return try link.withConnection { session in
                try session.rows(PostgresQuery(unsafeSQL: sql)).map { try $0.decode(String.self) }
            }
        } catch {
            throw link.mapError(error)
        }
    }
}
