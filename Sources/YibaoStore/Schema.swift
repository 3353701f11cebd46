import GRDB

/// The store's file format: its identifiers and versioned migrations.
///
/// A new migration is appended (never edited) and `version` raised by one; it sets `PRAGMA user_version`
/// so an older Yibao recognises a newer file and refuses it instead of misreading it.
package enum Schema {
    /// `PRAGMA application_id` of every Yibao store: "YIBA" in ASCII.
    static let applicationID: Int32 = 0x5949_4241
    /// The newest format this build knows (`PRAGMA user_version`).
    package static let version = 5
    /// `meta.format`.
    package static let formatName = "yibao-store"

    static var migrationIdentifiers: Set<String> { Set(migrator.migrations) }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-initial") { db in
            try db.execute(sql: v1)
            try db.execute(
                sql: "INSERT INTO meta (key, value) VALUES ('format', ?), ('schema_version', '1')",
                arguments: [formatName])
        }
        migrator.registerMigration("v2-kiosk") { db in
            try db.execute(sql: v2Kiosk)
            try db.execute(sql: "UPDATE meta SET value = '2' WHERE key = 'schema_version'")
        }
        migrator.registerMigration("v3-ledger-totals") { db in
            try db.execute(sql: v3LedgerTotals)
            try db.execute(sql: "UPDATE meta SET value = '3' WHERE key = 'schema_version'")
        }
        migrator.registerMigration("v4-life-events") { db in
            try db.execute(sql: v4LifeEvents)
            try db.execute(sql: "UPDATE meta SET value = '4' WHERE key = 'schema_version'")
        }
        migrator.registerMigration("v5-kiosk-throttle") { db in
            try db.execute(sql: v5KioskThrottle)
            try db.execute(sql: "UPDATE meta SET value = '5' WHERE key = 'schema_version'")
        }
        return migrator
    }

    static let v1 = """
        PRAGMA application_id = \(applicationID);
        PRAGMA user_version = 1;
        CREATE TABLE meta (
            key TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE persons (
            id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 18),
            name TEXT NOT NULL,
            scheme TEXT NOT NULL,
            region TEXT NOT NULL,
            is_owner INTEGER NOT NULL DEFAULT 0 CHECK (is_owner IN (0, 1))
        );
        CREATE UNIQUE INDEX persons_single_owner ON persons (is_owner) WHERE is_owner = 1;
        -- Both ledger indexes carry date, kind and amount so the sums in `household(asOf:)` read only
        -- the index (a covering index), never the table: 100,000 lines sum in milliseconds.
        CREATE TABLE ledger (
            id INTEGER PRIMARY KEY,
            account TEXT NOT NULL REFERENCES persons (id),
            date TEXT NOT NULL CHECK (length(date) = 10),
            kind TEXT NOT NULL,
            amount_fen INTEGER NOT NULL CHECK (typeof(amount_fen) = 'integer'),
            counterparty TEXT,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX ledger_by_account_date ON ledger (account, date, kind, amount_fen);
        CREATE INDEX ledger_by_account_counterparty_kind ON ledger (account, counterparty, kind, date, amount_fen);
        CREATE TABLE bindings (
            payer TEXT NOT NULL REFERENCES persons (id),
            beneficiary TEXT NOT NULL REFERENCES persons (id),
            relation TEXT NOT NULL,
            form TEXT NOT NULL CHECK (form IN ('ordered', 'quota')),
            quota_fen INTEGER,
            since TEXT NOT NULL CHECK (length(since) = 10),
            PRIMARY KEY (payer, beneficiary),
            CHECK ((form = 'quota') = (quota_fen IS NOT NULL))
        );
        CREATE TABLE payer_orders (
            beneficiary TEXT NOT NULL REFERENCES persons (id),
            position INTEGER NOT NULL,
            payer TEXT NOT NULL REFERENCES persons (id),
            PRIMARY KEY (beneficiary, position),
            UNIQUE (beneficiary, payer)
        );
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            summary TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '[]'
        );
        """
}

extension Schema {
    /// Kiosk mode: one salted PIN hash per person (never the PIN), their wrong-PIN count and lock, and
    /// the operator's settings in a single row. Sign-ins and PIN changes are written to `audit`.
    static let v2Kiosk = """
        PRAGMA user_version = 2;
        CREATE TABLE kiosk_credentials (
            person TEXT NOT NULL PRIMARY KEY REFERENCES persons (id) CHECK (length(person) = 18),
            algorithm TEXT NOT NULL,
            salt BLOB NOT NULL,
            hash BLOB NOT NULL,
            cost INTEGER NOT NULL CHECK (cost > 0),
            failed_count INTEGER NOT NULL DEFAULT 0 CHECK (failed_count >= 0),
            locked_until_ms INTEGER,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE kiosk_settings (
            id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
            idle_seconds INTEGER NOT NULL DEFAULT 90,
            countdown_seconds INTEGER NOT NULL DEFAULT 20 CHECK (countdown_seconds >= 20),
            lockout_minutes INTEGER NOT NULL DEFAULT 15 CHECK (lockout_minutes > 0),
            max_failures INTEGER NOT NULL DEFAULT 5 CHECK (max_failures > 0)
        );
        INSERT INTO kiosk_settings (id) VALUES (1);
        """
}

extension Schema {
    /// Security round two: wrong PINs counted for IDs without a PIN too (so a lock answers the same
    /// whether or not the ID has a PIN), and per terminal across IDs (so spraying IDs is throttled);
    /// people added at a kiosk, unconfirmed until the counter confirms or replaces them.
    static let v5KioskThrottle = """
        PRAGMA user_version = 5;
        CREATE TABLE kiosk_id_failures (
            person TEXT NOT NULL PRIMARY KEY CHECK (length(person) = 18),
            failed_count INTEGER NOT NULL DEFAULT 0 CHECK (failed_count >= 0),
            locked_until_ms INTEGER
        );
        CREATE TABLE kiosk_terminals (
            terminal TEXT NOT NULL PRIMARY KEY,
            failed_count INTEGER NOT NULL DEFAULT 0 CHECK (failed_count >= 0),
            last_failure_ms INTEGER,
            locked_until_ms INTEGER
        );
        CREATE TABLE pending_persons (
            person TEXT NOT NULL PRIMARY KEY REFERENCES persons (id) CHECK (length(person) = 18)
        );
        """
}
