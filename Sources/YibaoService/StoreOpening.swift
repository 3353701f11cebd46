import Foundation
import YibaoCore
import YibaoPostgres
import YibaoStore

/// Opens the store a `--store` value names (`StoreLocation`): a SQLite file as before, or the fleet's
/// PostgreSQL server (docs/fleet.md). A file that may not be written is opened read-only by the caller
/// (`Store.openReadOnly`); a server is never opened read-only.
public enum StoreOpening {
    /// Opens `location`; `create` applies to a file (a server's tables are made by `yibao store migrate`).
    /// The environment is read only for a server (building it costs ~0.4 million instructions at start).
    public static func open(
        _ location: StoreLocation, create: Bool = true,
        environment: @autoclosure () -> [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) -> any RecordStore {
        switch location {
        case .file(let path): return try Store.open(path: path, create: create)
        case .postgres(let server): return try PostgresStore.open(server, environment: environment())
        }
    }

    /// Makes or updates a server's tables (the admin's one DDL step) and, with `role`, grants that role
    /// what the kiosks need. Returns how many migrations ran.
    @discardableResult
    public static func migrate(
        _ server: PostgresLocation, grantTo role: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) -> Int {
        try PostgresStore.migrate(server, grantTo: role, environment: environment)
    }
}
