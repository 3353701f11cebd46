import Foundation
import GRDB
import Testing
import YibaoCore

@testable import YibaoStore

/// Restore applies every check opening applies to the file it restores from (issue 15).
@Suite("Restore checks its source")
struct RestoreSafetyTests {
    let owner = Fixtures.person(1, name: "王芳", owner: true)

    /// A store with 3,000 ledger lines and a backup of it; the store's bytes before anything else.
    func storeAndBackup(_ dir: TempDir) throws -> (store: String, backup: String, bytes: Data) {
        let store = try Fixtures.store(in: dir, persons: [owner])
        let lines = (0..<3000).map { i in
            LedgerEntry(
                account: owner.id, date: Fixtures.date("2024-01-01"), kind: .credit, amount: Money(fen: Int64(100 + i)),
                note: "line \(i)")
        }
        try store.bulkInsertLedger(lines)
        let backup = try #require(try store.backUp(reason: "manual"))
        try store.close()
        return (store.path, backup.path, try #require(Fixtures.bytes(store.path)))
    }

    @Test("a backup damaged deep in its ledger (which opening's quick check skips) is refused; nothing changes")
    func integrity() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let (store, backup, before) = try storeAndBackup(dir)
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: "file:\(backup)?immutable=1", configuration: config)
        let page = try queue.read { db in
            try Int.fetchOne(
                db, sql: "SELECT pageno FROM dbstat WHERE name = 'ledger' AND pagetype = 'leaf' LIMIT 1 OFFSET 5")
        } ?? 0
        try queue.close()
        #expect(page > 1)
        var bytes = try #require(Fixtures.bytes(backup))
        let start = (page - 1) * 4096
        for offset in start..<(start + 4096) { bytes[offset] ^= 0x5A }
        try Fixtures.write(backup, bytes)
        // Opening's own checks pass it (they leave the ledger to the first read) …
        #expect(try StoreInspector.inspect(path: backup) == .store)
        // … restore's do not.
        #expect(throws: StoreError.damaged(path: backup)) { try StoreBackups.restore(backup, to: store) }
        #expect(Fixtures.bytes(store) == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(!names.contains { $0.contains("replaced-") })
    }

    @Test("a backup others may read or write, or with a linked -wal beside it, is refused as opening refuses a store")
    func ownerModeLinks() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let (store, backup, before) = try storeAndBackup(dir)
        chmod(backup, 0o666)
        #expect(throws: StoreError.exposed(path: backup, mode: 0o666)) { try StoreBackups.restore(backup, to: store) }
        chmod(backup, 0o600)
        try FileManager.default.createSymbolicLink(atPath: backup + "-wal", withDestinationPath: dir.file("elsewhere"))
        #expect(throws: StoreError.symlink(path: backup + "-wal")) { try StoreBackups.restore(backup, to: store) }
        unlink(backup + "-wal")
        if geteuid() == 0 {
            chown(backup, 65534, 65534)
            #expect(throws: StoreError.notOwner(path: backup, owner: 65534)) {
                try StoreBackups.restore(backup, to: store)
            }
            chown(backup, 0, 0)
        }
        #expect(Fixtures.bytes(store) == before)
        // And the same file, made safe again, restores.
        try StoreBackups.restore(backup, to: store)
    }
}
