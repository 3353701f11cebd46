import PostgresNIO
import YibaoStore

/// Runs `PostgresSchema`'s migrations in order, each in its own transaction with its row in
/// `yibao_migrations`, under the fleet's write lock (two admins at once: the second finds them done).
enum PostgresMigrator {
    /// How many migrations the server has (0: none, or no tables at all).
    static func applied(_ session: PostgresSession) throws -> Int {
        let exists = try session.rows("SELECT to_regclass('yibao_migrations') IS NOT NULL")
        guard try exists.first?.decode(Bool.self) == true else { return 0 }
        let rows = try session.rows("SELECT COUNT(*)::bigint FROM yibao_migrations")
        return Int(try rows.first?.decode(Int64.self) ?? 0)
    }

    static func migrate(_ session: PostgresSession, grantTo role: String?) throws -> Int {
        var ran = 0
        try session.script("BEGIN")
        do {
            try session.run("SELECT pg_advisory_xact_lock(\(PostgresSchema.writeLock))")
            try session.script(PostgresSchema.bookkeeping)
            let done = Set(try session.rows("SELECT id FROM yibao_migrations").map { try $0.decode(String.self) })
            if done.count > PostgresSchema.version {
                throw StoreError.newer(
                    path: "PostgreSQL", found: done.count, known: PostgresSchema.version)
            }
            for (position, migration) in PostgresSchema.migrations.enumerated() where !done.contains(migration.id) {
                try session.script(migration.sql)
                try session.run(
                    "INSERT INTO yibao_migrations (id, position) VALUES (\(migration.id), \(position + 1))")
                ran += 1
            }
            try session.script(
                "INSERT INTO meta (key, value) VALUES ('schema_version', '\(PostgresSchema.version)') "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            if let role { try session.script(PostgresSchema.grants(to: role)) }
            try session.script("COMMIT")
        } catch {
            try? session.script("ROLLBACK")
            throw error
        }
        return ran
    }
}
