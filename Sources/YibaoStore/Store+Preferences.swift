import GRDB

/// Small per-store settings a person chose in the app (the language), kept in the `meta` table.
/// They are not changes to anyone's records, so they leave no audit row.
extension Store {
    public func preference(_ key: String) -> String? {
        try? read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: ["pref." + key])
        }
    }

    public func setPreference(_ key: String, _ value: String) throws(StoreError) {
        do {
            try database.write { db in
                try db.execute(
                    sql: "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    arguments: ["pref." + key, value])
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}
