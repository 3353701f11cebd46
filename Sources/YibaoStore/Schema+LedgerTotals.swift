extension Schema {
    /// Running totals of the ledger by account, year, kind and counterparty, kept by triggers in the same
    /// transaction as every ledger insert, update or delete, and filled from the existing ledger once.
    ///
    /// Home and every change need each account's balance, balance at the start of the year and this
    /// year's sums. Summing 100,000 ledger lines for that took ~40 ms on every open and inside every
    /// change; this table has one row per account, year, kind and counterparty (a few thousand at most),
    /// so the sums read a few rows. `counterparty` is '' for a line without one (a primary key cannot
    /// hold NULL); `lines` counts the ledger lines behind each row (and makes `ledgerCount` cheap).
    static let v3LedgerTotals = """
        PRAGMA user_version = 3;
        CREATE TABLE ledger_totals (
            account TEXT NOT NULL,
            year INTEGER NOT NULL,
            kind TEXT NOT NULL,
            counterparty TEXT NOT NULL,
            amount_fen INTEGER NOT NULL,
            lines INTEGER NOT NULL,
            PRIMARY KEY (account, year, kind, counterparty)
        ) WITHOUT ROWID;
        CREATE TRIGGER ledger_totals_insert AFTER INSERT ON ledger BEGIN
            INSERT INTO ledger_totals (account, year, kind, counterparty, amount_fen, lines)
            VALUES (NEW.account, CAST(substr(NEW.date, 1, 4) AS INTEGER), NEW.kind,
                    COALESCE(NEW.counterparty, ''), NEW.amount_fen, 1)
            ON CONFLICT (account, year, kind, counterparty) DO UPDATE
                SET amount_fen = amount_fen + excluded.amount_fen, lines = lines + 1;
        END;
        CREATE TRIGGER ledger_totals_delete AFTER DELETE ON ledger BEGIN
            UPDATE ledger_totals SET amount_fen = amount_fen - OLD.amount_fen, lines = lines - 1
            WHERE account = OLD.account AND year = CAST(substr(OLD.date, 1, 4) AS INTEGER)
              AND kind = OLD.kind AND counterparty = COALESCE(OLD.counterparty, '');
            DELETE FROM ledger_totals
            WHERE account = OLD.account AND year = CAST(substr(OLD.date, 1, 4) AS INTEGER)
              AND kind = OLD.kind AND counterparty = COALESCE(OLD.counterparty, '') AND lines = 0;
        END;
        CREATE TRIGGER ledger_totals_update AFTER UPDATE OF account, date, kind, amount_fen, counterparty ON ledger
        BEGIN
            UPDATE ledger_totals SET amount_fen = amount_fen - OLD.amount_fen, lines = lines - 1
            WHERE account = OLD.account AND year = CAST(substr(OLD.date, 1, 4) AS INTEGER)
              AND kind = OLD.kind AND counterparty = COALESCE(OLD.counterparty, '');
            DELETE FROM ledger_totals
            WHERE account = OLD.account AND year = CAST(substr(OLD.date, 1, 4) AS INTEGER)
              AND kind = OLD.kind AND counterparty = COALESCE(OLD.counterparty, '') AND lines = 0;
            INSERT INTO ledger_totals (account, year, kind, counterparty, amount_fen, lines)
            VALUES (NEW.account, CAST(substr(NEW.date, 1, 4) AS INTEGER), NEW.kind,
                    COALESCE(NEW.counterparty, ''), NEW.amount_fen, 1)
            ON CONFLICT (account, year, kind, counterparty) DO UPDATE
                SET amount_fen = amount_fen + excluded.amount_fen, lines = lines + 1;
        END;
        INSERT INTO ledger_totals (account, year, kind, counterparty, amount_fen, lines)
        SELECT account, CAST(substr(date, 1, 4) AS INTEGER), kind, COALESCE(counterparty, ''),
               SUM(amount_fen), COUNT(*)
        FROM ledger GROUP BY 1, 2, 3, 4;
        """
}
