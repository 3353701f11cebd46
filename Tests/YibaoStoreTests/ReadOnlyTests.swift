import Foundation
import GRDB
import TestSupport
import Testing
import YibaoCore

@testable import YibaoStore

@Suite("A store that may not be written, or a full disk: read-only, said so, nothing lost")
struct ReadOnlyTests {
    let owner = Fixtures.person(1, name: "王芳", owner: true)

    func credit(_ store: Store, _ fen: Int64, note: String = "") throws {
        try store.change(asOf: Fixtures.today, action: .credit, summary: "credit") { _ in
            [
                .addLedgerEntry(
                    LedgerEntry(
                        account: owner.id, date: Fixtures.today, kind: .credit, amount: Money(fen: fen),
                        note: note))
            ]
        }
    }

    /// A closed store in `folder` holding the owner and 120 credits of 1 fen.
    func closedStore(in folder: String) throws -> String {
        let store = try Store.open(
            path: folder + "/yibao.sqlite", create: true, options: .init(dailyBackups: false))
        try store.change(asOf: Fixtures.today, action: .personAdd, summary: "") { _ in [.addPerson(owner)] }
        for _ in 0..<120 { try credit(store, 1) }
        try store.close()
        return store.path
    }

    func expectEverythingThere(_ store: Store, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        #expect(try store.owner() == owner, sourceLocation: sourceLocation)
        #expect(try store.ledgerCount(of: owner.id) == 120, sourceLocation: sourceLocation)
        #expect(
            try store.household(asOf: Fixtures.today).accounts[owner.id]?.balance == Money(fen: 120),
            sourceLocation: sourceLocation)
        #expect(try store.auditCount() == 121, sourceLocation: sourceLocation)
    }

    @Test(
        "opened read-only, a store reads everything, refuses each change as read-only and is left unchanged"
    )
    func readOnlyOpen() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = try closedStore(in: dir.path)
        let hash = sha256(path)
        let store = try Store.openReadOnly(path: path)
        #expect(store.isReadOnly)
        try expectEverythingThere(store)
        #expect(throws: StoreError.readOnly(path: path)) { try credit(store, 5) }
        #expect(throws: StoreError.readOnly(path: path)) { try store.setPreference("language", "en") }
        #expect(store.backups.isEmpty, "a read-only store made a backup")
        try store.close()
        #expect(sha256(path) == hash)
        let notice = StoreError.readOnlyNotice(path: path)
        #expect(notice.zh.contains("只读") && notice.en.contains("read-only"))
    }

    @Test(
        "on a read-only disk the store opens read-only, says so, and reads everything",
        .enabled(if: TmpfsMount.available))
    func readOnlyDisk() throws {
        let mount = try #require(TmpfsMount.mount(kilobytes: 16384))
        defer { mount.unmount() }
        let path = try closedStore(in: mount.path)
        let hash = sha256(path)
        #expect(mount.remountReadOnly())
        #expect(throws: StoreError.readOnly(path: path)) { try Store.open(path: path, create: false) }
        let store = try Store.openForReading(path: path)
        #expect(store.isReadOnly)
        try expectEverythingThere(store)
        #expect(throws: StoreError.readOnly(path: path)) { try credit(store, 5) }
        try store.close()
        #expect(sha256(path) == hash)
        #expect(mount.remountWritable())
        try expectEverythingThere(try Store.open(path: path, create: false))
    }

    @Test(
        "when the disk fills up, the change is refused as disk full, and nothing saved is lost",
        .enabled(if: TmpfsMount.available))
    func fullDisk() throws {
        let mount = try #require(TmpfsMount.mount(kilobytes: 16384))
        defer { mount.unmount() }
        let path = try closedStore(in: mount.path)
        let store = try Store.open(path: path, create: false, options: .init(dailyBackups: false))
        mount.fill()
        let big = String(repeating: "很长的备注", count: 20_000)
        let error = try #require(throws: StoreError.self) { try credit(store, 9, note: big) }
        #expect(error == .diskFull(path: path))
        #expect(error.message.zh.contains("磁盘已满") && error.message.en.contains("disk is full"))
        try expectEverythingThere(store)
        try store.close()
        // Still full: the store opens for reading (read-only if it must) with everything in it.
        let reader = try Store.openForReading(path: path)
        try expectEverythingThere(reader)
        try reader.close()
        mount.unfill()
        let again = try Store.open(path: path, create: false)
        try expectEverythingThere(again)
        let check = try again.database.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"])
        try credit(again, 1)
        #expect(try again.ledgerCount(of: owner.id) == 121)
    }
}
