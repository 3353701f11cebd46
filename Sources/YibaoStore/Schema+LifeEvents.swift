extension Schema {
    /// Life changes (issue 18): what a person's record says now (death, retirement, contribution base)
    /// as columns of `persons`; every dated change to a record as a row of `person_events` (one per
    /// part changed; never updated or deleted: a correction is a new row); every binding that ended by
    /// itself (a move, insurance stopped, a death) as a row of `binding_ends`, with the quota returned.
    static let v4LifeEvents = """
        PRAGMA user_version = 4;
        ALTER TABLE persons ADD COLUMN died_on TEXT CHECK (died_on IS NULL OR length(died_on) = 10);
        ALTER TABLE persons ADD COLUMN retired_on TEXT CHECK (retired_on IS NULL OR length(retired_on) = 10);
        ALTER TABLE persons ADD COLUMN contribution_base_fen INTEGER
            CHECK (contribution_base_fen IS NULL OR contribution_base_fen > 0);
        CREATE TABLE person_events (
            id INTEGER PRIMARY KEY,
            person TEXT NOT NULL REFERENCES persons (id),
            date TEXT NOT NULL CHECK (length(date) = 10),
            kind TEXT NOT NULL CHECK (kind IN ('edit', 'died')),
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT
        );
        CREATE INDEX person_events_by_person ON person_events (person, date);
        CREATE TABLE binding_ends (
            id INTEGER PRIMARY KEY,
            payer TEXT NOT NULL REFERENCES persons (id),
            beneficiary TEXT NOT NULL REFERENCES persons (id),
            relation TEXT NOT NULL,
            form TEXT NOT NULL CHECK (form IN ('ordered', 'quota')),
            quota_fen INTEGER,
            since TEXT NOT NULL CHECK (length(since) = 10),
            ended_on TEXT NOT NULL CHECK (length(ended_on) = 10),
            reason TEXT NOT NULL,
            quota_returned_fen INTEGER NOT NULL DEFAULT 0 CHECK (quota_returned_fen >= 0)
        );
        """
}
