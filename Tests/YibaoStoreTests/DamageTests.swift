import Crypto
import Foundation
import TestSupport
import GRDB
import Testing
import YibaoCore

@testable import YibaoStore

/// SHA-256 of a file, to prove a refused file is left byte for byte as it was.
func sha256(_ path: String) -> String? {
    guard let data = Fixtures.bytes(path) else { return nil }
    return SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
}

@Suite("A damaged store is refused, left unchanged, and its newest backup is offered")
struct DamageTests {
    let owner = Fixtures.person(1, name: "王芳", owner: true)

    /// A closed store with a backup (made before its second change) and 3,000 ledger lines.
    func storeWithBackup(_ dir: TempDir) throws -> (path: String, backup: StoreBackup) {
        let clock = TestClock("2026-03-01T08:00:00Z")
        let store = try Fixtures.store(in: dir, persons: [owner], options: .init(now: { clock.now }))
        var rng = SeededGenerator(seed: 3)
        try store.bulkInsertLedger(
            randomLedger(
                count: 3000, accounts: [owner.id], relatives: [], from: Fixtures.date("2020-01-01"),
                to: Fixtures.today,
                using: &rng))
        clock.set("2026-03-02T08:00:00Z")
        try store.change(asOf: Fixtures.today, action: .credit, summary: "") { _ in
            [
                .addLedgerEntry(
                    LedgerEntry(account: owner.id, date: Fixtures.today, kind: .credit, amount: Money(fen: 1))
                )
            ]
        }
        try store.close()
        return (store.path, try #require(store.backups.first))
    }

    enum Damage: String, CaseIterable, CustomStringConvertible {
        case truncated, flippedHeader, flippedLedgerPage, wrongFileType, newerVersion
        var description: String { rawValue }
    }

    func damage(_ path: String, _ kind: Damage) throws {
        var ledgerPage = 0
        if kind == .flippedLedgerPage {
            var config = Configuration()
            config.readonly = true
            let queue = try DatabaseQueue(path: "file:\(path)?immutable=1", configuration: config)
            ledgerPage =
                try queue.read { db in
                    try Int.fetchOne(
                        db,
                        sql:
                            "SELECT pageno FROM dbstat WHERE name = 'ledger' AND pagetype = 'leaf' LIMIT 1 OFFSET 5"
                    )
                } ?? 0
            try queue.close()
            #expect(ledgerPage > 1)
        }
        var bytes = try #require(Fixtures.bytes(path))
        switch kind {
        case .truncated: bytes = bytes.prefix(bytes.count / 2 + 1000)
        case .flippedHeader: for offset in 16..<24 { bytes[offset] ^= 0xFF }
        case .flippedLedgerPage:
            // One leaf page of the ledger table, overwritten whole: the header passes, reading fails.
            let start = (ledgerPage - 1) * 4096
            for offset in start..<(start + 4096) { bytes[offset] ^= 0x5A }
        case .wrongFileType: bytes = Data("%PDF-1.7\n".utf8) + bytes.dropFirst(9)
        case .newerVersion:
            bytes[60..<64] = Data([0, 0, 0, 99])  // PRAGMA user_version = 99, as a newer Yibao writes it
        }
        try Fixtures.write(path, bytes)
    }

    @Test(
        "each kind of damage is refused with what to do, the newest backup is named, and the file is unchanged",
        arguments: Damage.allCases)
    func refusedUnchanged(kind: Damage) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let (path, backup) = try storeWithBackup(dir)
        try damage(path, kind)
        let hash = sha256(path)
        var refusal: StoreError?
        do {
            // Damage deep in a table may pass the checks made on opening; then the first read finds it.
            let store = try Store.open(path: path, create: false)
            _ = try store.household(asOf: Fixtures.today)
            for offset in stride(from: 0, to: 4000, by: 500) {
                _ = try store.ledger(of: owner.id, offset: offset)
            }
            _ = try store.export()
            try store.close()
        } catch {
            refusal = error
        }
        let error = try #require(refusal, "the damage went unnoticed")
        switch kind {
        case .newerVersion: #expect(error == .newer(path: path, found: 99, known: Schema.version))
        case .wrongFileType: #expect(error == .notSQLite(path: path))
        default: #expect(error == .damaged(path: path))
        }
        #expect(sha256(path) == hash, "the refused file changed")
        let text = error.messageWithRecovery
        if error.backupMayHelp {
            #expect(text.en.contains(backup.path) && text.zh.contains(backup.path))
            #expect(text.en.contains("yibao restore --store \(path)"))
        } else {
            #expect(text.en.contains("update Yibao"))
        }
        #expect(text.zh.contains("什么都没有改动") && text.en.contains("Nothing was changed"))
    }

    @Test("with no backup, a damaged store's message says to replace it or choose another file")
    func noBackup() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: [owner], options: .init(dailyBackups: false))
        try store.close()
        try damage(store.path, .truncated)
        let error = try #require(throws: StoreError.self) { try Store.open(path: store.path) }
        #expect(error.messageWithRecovery == error.message)
        #expect(error.message.en.contains("--store"))
    }

    @Test("opening, reading and closing a healthy store writes nothing to its main file")
    func openingWritesNothing() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let (path, _) = try storeWithBackup(dir)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let hash = sha256(path)
        // So damage that only a read finds (not a check on opening) is reported with the file untouched.
        for _ in 0..<3 {
            let store = try Store.open(path: path, create: false)
            _ = try store.household(asOf: Fixtures.today)
            _ = try store.ledger(of: owner.id, offset: 0, limit: 50)
            try store.close()
            #expect(sha256(path) == hash, "opening changed the main file")
        }
    }

    @Test("SQLite's own corruption and not-a-database errors are reported as damage")
    func sqliteCodes() {
        #expect(
            StoreError.from(DatabaseError(resultCode: .SQLITE_NOTADB), path: "p") == .damaged(path: "p"))
        #expect(
            StoreError.from(DatabaseError(resultCode: .SQLITE_CORRUPT), path: "p") == .damaged(path: "p"))
    }
}
