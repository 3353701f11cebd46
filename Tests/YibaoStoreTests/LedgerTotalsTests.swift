import Foundation
import TestSupport
import GRDB
import Testing
import YibaoCore

@testable import YibaoStore

/// `ledger_totals` (running sums kept by triggers) must always equal the ledger summed from scratch.
@Suite("Ledger totals kept beside the ledger")
struct LedgerTotalsTests {
    let people = [
        Fixtures.person(1, name: "王芳", owner: true), Fixtures.person(2, name: "张秀英", scheme: .resident),
        Fixtures.person(3, name: "王强"), Fixtures.person(4, name: "王小明", scheme: .resident),
    ]
    var ids: [ResidentID] { people.map(\.id) }

    /// One row of sums: account, year, kind, counterparty ('' for none), fen, lines.
    struct Sum: Hashable, CustomStringConvertible {
        var account: String
        var year: Int
        var kind: String
        var counterparty: String
        var fen: Int64
        var lines: Int
        var description: String { "\(account.suffix(4)) \(year) \(kind) \(counterparty.suffix(4)) \(fen) ×\(lines)" }
    }

    static func sums(_ db: Database, sql: String) throws -> [Sum] {
        try Row.fetchAll(db, sql: sql).map {
            Sum(account: $0[0], year: $0[1], kind: $0[2], counterparty: $0[3], fen: $0[4], lines: $0[5])
        }
    }

    /// The kept totals and the ledger summed from scratch, in the same order.
    static func keptAndSummed(_ db: Database) throws -> (kept: [Sum], summed: [Sum]) {
        let kept = try sums(
            db,
            sql: "SELECT account, year, kind, counterparty, amount_fen, lines FROM ledger_totals ORDER BY 1, 2, 3, 4")
        let summed = try sums(
            db,
            sql: """
                SELECT account, CAST(substr(date, 1, 4) AS INTEGER), kind, COALESCE(counterparty, ''),
                       SUM(amount_fen), COUNT(*)
                FROM ledger GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
                """)
        return (kept, summed)
    }

    func expectTotalsMatch(_ store: Store, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (kept, summed) = try store.database.read { db in try Self.keptAndSummed(db) }
        #expect(kept == summed, "after \(what)", sourceLocation: sourceLocation)
        for id in ids {
            let count = try store.database.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ledger WHERE account = ?", arguments: [id.value]) ?? 0
            }
            #expect(
                try store.ledgerCount(of: id) == count, "ledger count after \(what)", sourceLocation: sourceLocation)
            #expect(
                try store.ledgerCounts()[id] == (count == 0 ? nil : count), "ledger counts after \(what)",
                sourceLocation: sourceLocation)
        }
    }

    func line(_ account: ResidentID, _ date: String, _ kind: LedgerEntry.Kind, _ fen: Int64, _ who: ResidentID? = nil)
        -> LedgerEntry
    {
        LedgerEntry(account: account, date: Fixtures.date(date), kind: kind, amount: Money(fen: fen), counterparty: who)
    }

    @Test("the totals equal the ledger's sums after a change, a bulk insert, an edited line and a deleted line")
    func everyKindOfChange() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: people)
        try expectTotalsMatch(store, "no ledger at all")
        #expect(try store.ledgerCount(of: ids[0]) == 0)

        try store.change(asOf: Fixtures.today, action: .credit, summary: "") { _ in
            [
                .addLedgerEntry(line(ids[0], "2025-01-05", .credit, 10_000)),
                .addLedgerEntry(line(ids[0], "2025-01-05", .credit, 2_000)),
                .addLedgerEntry(line(ids[0], "2024-12-31", .relativeSpending, -300, ids[1])),
                .addLedgerEntry(line(ids[2], "2025-02-01", .premiumForRelative, -400, ids[3])),
            ]
        }
        try expectTotalsMatch(store, "one change of four lines")

        var rng = SeededGenerator(seed: 7)
        try store.bulkInsertLedger(
            randomLedger(
                count: 2_000, accounts: [ids[0], ids[2]], relatives: ids, from: Fixtures.date("2019-01-01"),
                to: Fixtures.date("2026-12-31"), using: &rng))
        try expectTotalsMatch(store, "a bulk insert")

        try store.database.write { db in
            try db.execute(sql: "UPDATE ledger SET amount_fen = amount_fen + 1 WHERE id % 7 = 0")
            try db.execute(sql: "UPDATE ledger SET date = '2018-03-03' WHERE id % 11 = 0")
            try db.execute(sql: "UPDATE ledger SET account = ? WHERE id % 13 = 0", arguments: [ids[2].value])
            try db.execute(
                sql: "UPDATE ledger SET counterparty = NULL WHERE id % 5 = 0 AND counterparty IS NOT NULL")
            try db.execute(sql: "UPDATE ledger SET note = 'edited' WHERE id % 3 = 0")
        }
        try expectTotalsMatch(store, "edited lines")

        try store.database.write { db in try db.execute(sql: "DELETE FROM ledger WHERE id % 4 = 0") }
        try expectTotalsMatch(store, "deleted lines")
        try store.database.write { db in try db.execute(sql: "DELETE FROM ledger") }
        try expectTotalsMatch(store, "the whole ledger deleted")
        #expect(try store.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ledger_totals") } == 0)
    }

    @Test("a change the model refuses, or a bulk insert that fails, leaves the totals as they were")
    func failedChangesLeaveTotals() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: people)
        try store.bulkInsertLedger([line(ids[0], "2025-01-05", .credit, 10_000)])
        let before = try store.database.read { db in try Self.keptAndSummed(db).kept }
        let stranger = Fixtures.id(999)
        #expect(throws: (any Error).self) {
            try store.bulkInsertLedger([
                line(ids[0], "2025-01-06", .credit, 1), line(stranger, "2025-01-06", .credit, 1),
            ])
        }
        #expect(throws: (any Error).self) {
            try store.change(asOf: Fixtures.today, action: .credit, summary: "") { _ in
                [
                    .addLedgerEntry(line(ids[0], "2025-01-07", .credit, 5)),
                    .addLedgerEntry(line(stranger, "2025-01-07", .credit, 5)),
                ]
            }
        }
        #expect(try store.database.read { db in try Self.keptAndSummed(db).kept } == before)
        try expectTotalsMatch(store, "failed changes")
    }

    @Test("a store saved before the totals existed gains them, filled from its ledger, and sums as before")
    func migrationBackfills() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("yibao.sqlite")
        var rng = SeededGenerator(seed: 42)
        let entries = randomLedger(
            count: 1_500, accounts: [ids[0], ids[2]], relatives: ids, from: Fixtures.date("2020-01-01"),
            to: Fixtures.date("2025-12-31"), using: &rng)
        // A version-2 store exactly as the kiosk release left it: its two migrations, people, a ledger.
        do {
            let queue = try DatabaseQueue(path: path)
            var v2 = DatabaseMigrator()
            v2.registerMigration("v1-initial") { db in
                try db.execute(sql: Schema.v1)
                try db.execute(
                    sql: "INSERT INTO meta (key, value) VALUES ('format', ?), ('schema_version', '1')",
                    arguments: [Schema.formatName])
            }
            v2.registerMigration("v2-kiosk") { db in
                try db.execute(sql: Schema.v2Kiosk)
                try db.execute(sql: "UPDATE meta SET value = '2' WHERE key = 'schema_version'")
            }
            try v2.migrate(queue)
            try queue.write { db in
                for person in people {
                    try db.execute(
                        sql: "INSERT INTO persons (id, name, scheme, region, is_owner) VALUES (?, ?, ?, ?, ?)",
                        arguments: [
                            person.id.value, person.name, person.scheme.rawValue, person.region.code, person.isOwner,
                        ])
                }
                for entry in entries {
                    try db.execute(
                        sql: """
                            INSERT INTO ledger (account, date, kind, amount_fen, counterparty, note)
                            VALUES (?, ?, ?, ?, ?, ?)
                            """,
                        arguments: Store.ledgerArguments(entry))
                }
            }
            try queue.close()
            // Every release made its file 0600; a store others may read is refused.
            chmod(path, 0o600)
        }
        let store = try Store.open(path: path)
        let version = try store.database.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(version == Schema.version)
        let backups = (try? FileManager.default.contentsOfDirectory(atPath: dir.file("backups"))) ?? []
        #expect(backups.contains { $0.hasSuffix("before-v\(Schema.version)") }, "no backup before the migration: \(backups)")
        try expectTotalsMatch(store, "the migration")
        for text in ["2019-12-31", "2022-06-30", "2025-06-15", "2025-12-31"] {
            let date = Fixtures.date(text)
            let household = try store.household(asOf: date)
            for account in [ids[0], ids[2]] {
                #expect(household.accounts[account] == AccountTotals(account: account, entries: entries, asOf: date))
            }
        }
        try store.change(asOf: Fixtures.today, action: .credit, summary: "") { _ in
            [.addLedgerEntry(line(ids[0], "2025-06-15", .credit, 1_234))]
        }
        try expectTotalsMatch(store, "a change after the migration")
    }

    @Test("lines dated later in the year than the as-of date are left out, and a kind with only such lines is absent")
    func laterLinesThisYear() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: people)
        let entries = [
            line(ids[0], "2024-05-01", .credit, 100_000),
            line(ids[0], "2025-03-01", .credit, 5_000),
            line(ids[0], "2025-03-01", .ownSpending, -5_000),
            line(ids[0], "2025-06-16", .ownSpending, -700),  // the day after
            line(ids[0], "2025-09-01", .relativeSpending, -800, ids[1]),  // later this year only
            line(ids[0], "2026-01-01", .credit, 9_000),  // next year
            line(ids[2], "2025-07-01", .credit, 1),  // an account with only later lines
        ]
        try store.bulkInsertLedger(entries)
        let household = try store.household(asOf: Fixtures.today)
        for account in [ids[0], ids[2]] {
            #expect(
                household.accounts[account] == AccountTotals(account: account, entries: entries, asOf: Fixtures.today))
        }
        #expect(household.accounts[ids[0]]?.thisYearByKind[.relativeSpending] == nil)
        #expect(household.accounts[ids[0]]?.thisYearByKind[.ownSpending] == Money(fen: -5_000))
        #expect(household.accounts[ids[0]]?.thisYearForRelatives.isEmpty == true)
        #expect(household.accounts[ids[2]] == AccountTotals(account: ids[2]))
    }
}
