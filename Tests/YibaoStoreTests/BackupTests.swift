import Foundation
import GRDB
import Testing
import YibaoCore

@testable import YibaoStore

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    init(_ iso: String) { current = TestClock.date(iso) }
    var now: Date { lock.withLock { current } }
    func set(_ iso: String) { lock.withLock { current = TestClock.date(iso) } }
    static func date(_ iso: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: iso)!
    }
}

@Suite("Automatic backups in backups/ beside the store")
struct BackupTests {
    let owner = Fixtures.person(1, name: "王芳", owner: true)

    func credit(_ store: Store, _ fen: Int64, note: String = "") throws {
        try store.change(asOf: Fixtures.today, action: .credit, summary: "credit \(fen)") { _ in
            [
                .addLedgerEntry(
                    LedgerEntry(
                        account: owner.id, date: Fixtures.today, kind: .credit, amount: Money(fen: fen),
                        note: note))
            ]
        }
    }

    func balance(_ path: String) throws -> Int64 {
        let store = try Store.openReadOnly(path: path)
        return try store.household(asOf: Fixtures.today).accounts[owner.id]?.balance.fen ?? 0
    }

    @Test("the first change of a day copies the store first; later changes that day make no copy")
    func oncePerDayOnFirstChange() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let clock = TestClock("2026-03-01T08:00:00Z")
        let store = try Fixtures.store(in: dir, persons: [owner], options: .init(now: { clock.now }))
        // The setup change was the day's first: its copy is the store before it (no one saved yet).
        #expect(store.backups.map(\.reason) == ["daily"])
        try credit(store, 100)
        try credit(store, 200)
        #expect(store.backups.count == 1, "a second copy the same day")
        clock.set("2026-03-01T23:59:00Z")
        try credit(store, 300)
        #expect(store.backups.count == 1)
        clock.set("2026-03-02T00:01:00Z")
        try credit(store, 400)
        let backups = store.backups
        #expect(backups.map(\.day) == ["2026-03-02", "2026-03-01"])
        // The new day's copy holds the store as the day found it: everything before today's change.
        #expect(try balance(backups[0].path) == 600)
        // A second process on the same store, that day, finds the copy and makes none.
        let other = try Store.open(path: store.path, create: false, options: .init(now: { clock.now }))
        try credit(other, 1)
        #expect(store.backups.count == 2)
    }

    @Test("no more than seven copies of a store are kept; the oldest go first")
    func rotationBound() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let clock = TestClock("2026-03-01T08:00:00Z")
        let store = try Fixtures.store(in: dir, persons: [owner], options: .init(now: { clock.now }))
        for day in 2...20 {
            clock.set(String(format: "2026-03-%02dT08:00:00Z", day))
            try credit(store, Int64(day))
        }
        let backups = store.backups
        #expect(backups.count == StoreBackups.keep)
        #expect(backups.first?.day == "2026-03-20")
        #expect(backups.last?.day == "2026-03-14")
        let names = try FileManager.default.contentsOfDirectory(
            atPath: StoreBackups.folder(for: store.path))
        #expect(names.count == StoreBackups.keep, "\(names)")
    }

    @Test(
        "the backups folder is 0700 and every copy 0600, a whole SQLite file with no -wal beside it")
    func privateCopies() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: [owner])
        try credit(store, 5)
        let folder = StoreBackups.folder(for: store.path)
        #expect(Fixtures.mode(folder) == 0o700)
        let backup = try #require(store.backups.first)
        #expect(Fixtures.mode(backup.path) == 0o600)
        #expect(!Fixtures.exists(backup.path + "-wal"))
        #expect(try StoreInspector.inspect(path: backup.path) == .store)
    }

    @Test("an older store is copied before its migration runs, and the copy keeps the older format")
    func copiedBeforeMigration() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("old.sqlite")
        do {
            // A version 1 store, as the previous release left it.
            _ = try StorePath.createPrivateFile(path)
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v1-initial")
            try queue.write { db in
                // Written as version 1 wrote it (today's `Store.apply` also fills the v4 columns).
                try db.execute(
                    sql: "INSERT INTO persons (id, name, scheme, region, is_owner) VALUES (?, ?, ?, ?, ?)",
                    arguments: [owner.id.value, owner.name, owner.scheme.rawValue, owner.region.code, owner.isOwner])
            }
            try queue.close()
        }
        let store = try Store.open(path: path, create: true, options: .init(dailyBackups: false))
        let backup = try #require(store.backups.first)
        #expect(backup.reason == "before-v\(Schema.version)")
        let copy = try DatabaseQueue(
            path: backup.path,
            configuration: {
                var c = Configuration()
                c.readonly = true
                return c
            }())
        let (version, migrations, persons) = try copy.read { db in
            (
                try Int.fetchOne(db, sql: "PRAGMA user_version"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM persons")
            )
        }
        #expect(version == 1)
        #expect(migrations == ["v1-initial"])
        #expect(persons == 1)
        try copy.close()
        let migrated = try store.database.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(migrated == Schema.version)
        // A store already current makes no migration copy.
        try store.close()
        _ = try Store.open(path: path, create: true, options: .init(dailyBackups: false))
        #expect(StoreBackups.list(for: path).count == 1)
    }

    @Test(
        "a copy is restored in place of a damaged store; the damaged file is kept aside, byte for byte")
    func restorable() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let clock = TestClock("2026-03-01T08:00:00Z")
        let store = try Fixtures.store(in: dir, persons: [owner], options: .init(now: { clock.now }))
        try credit(store, 700)
        clock.set("2026-03-02T08:00:00Z")
        try credit(store, 1)  // the copy before this change holds 700
        try store.close()
        let path = store.path
        var bytes = try #require(Fixtures.bytes(path))
        for offset in 0..<100 { bytes[offset] = 0x41 }  // the header overwritten
        try Fixtures.write(path, bytes)
        let error = try #require(throws: StoreError.self) { try Store.open(path: path) }
        #expect(error == .notSQLite(path: path))
        let latest = try #require(StoreBackups.latest(for: path))
        #expect(error.messageWithRecovery.en.contains(latest.path))
        #expect(error.messageWithRecovery.en.contains("yibao restore"))
        #expect(error.messageWithRecovery.zh.contains("yibao restore"))
        #expect(Fixtures.bytes(path) == bytes, "the refused file changed")

        let aside = try #require(try StoreBackups.restore(latest.path, to: path, now: clock.now))
        #expect(Fixtures.bytes(aside) == bytes, "the damaged file was not kept as it was")
        #expect(try balance(path) == 700)
        let reopened = try Store.open(path: path, create: false)
        #expect(try reopened.owner() == owner)
        #expect(Fixtures.mode(path) == 0o600)
    }

    @Test("a backups folder that is a link is never written through, and the change still goes ahead")
    func linkedFolderRefused() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let elsewhere = dir.file("elsewhere")
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            atPath: dir.file("home"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: dir.file("home/backups"), withDestinationPath: elsewhere)
        let store = try Store.open(path: dir.file("home/yibao.sqlite"))
        #expect(throws: StoreError.symlink(path: dir.file("home/backups"))) { try store.backUp() }
        try store.change(asOf: Fixtures.today, action: .personAdd, summary: "") { _ in [.addPerson(owner)] }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
        #expect(try store.owner() == owner)
    }

    @Test("a half-made copy left by a killed process is cleared by the next backup and never listed")
    func leftoverCleared() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: [owner], options: .init(dailyBackups: false))
        let folder = try StoreBackups.privateFolder(for: store.path)
        let leftover = folder + "/.yibao.sqlite.tmp-99999"
        try Fixtures.write(leftover, Data("half a copy".utf8))
        #expect(store.backups.isEmpty)
        try store.backUp()
        #expect(!Fixtures.exists(leftover))
        #expect(store.backups.count == 1)
    }
}
