import Foundation
import TestSupport
import GRDB
import Testing
import YibaoCore

@testable import YibaoStore

/// Each refused file must keep every byte, and no `-wal`/`-shm` file may appear beside it.
@Suite("Refusing files that are not a healthy, current Yibao store")
struct RefusalTests {
    /// Opens `path`, expects `expected`, and checks the file and its neighbours are untouched.
    func expectRefused(_ path: String, _ expected: StoreError, sourceLocation: SourceLocation = #_sourceLocation) {
        let before = Fixtures.bytes(path)
        #expect(before != nil, sourceLocation: sourceLocation)
        #expect(throws: expected, sourceLocation: sourceLocation) { try Store.open(path: path) }
        #expect(Fixtures.bytes(path) == before, "the file changed", sourceLocation: sourceLocation)
        #expect(!Fixtures.exists(path + "-wal"), "a -wal file appeared", sourceLocation: sourceLocation)
        #expect(!Fixtures.exists(path + "-shm"), "a -shm file appeared", sourceLocation: sourceLocation)
        #expect(!Fixtures.exists(path + "-journal"), "a -journal file appeared", sourceLocation: sourceLocation)
    }

    /// A closed store with some people and a few thousand ledger lines (several pages).
    func closedStore(in dir: TempDir) throws -> String {
        let owner = Fixtures.person(1, name: "王芳", owner: true)
        let store = try Fixtures.store(in: dir, persons: [owner, Fixtures.person(2, name: "李明")])
        var rng = SeededGenerator(seed: 7)
        try store.bulkInsertLedger(
            randomLedger(
                count: 3000, accounts: [owner.id], relatives: [Fixtures.id(2)], from: Fixtures.date("2022-01-01"),
                to: Fixtures.today, using: &rng))
        try store.close()
        let path = store.path
        #expect(!Fixtures.exists(path + "-wal"))
        return path
    }

    @Test("a text file is refused as not a store")
    func textFile() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("notes.txt")
        try "我的笔记\nshopping list\n".write(toFile: path, atomically: false, encoding: .utf8)
        expectRefused(path, .notSQLite(path: path))
    }

    @Test("a file of random bytes is refused as not a store")
    func randomBytes() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("random.bin")
        var rng = SeededGenerator(seed: 42)
        let bytes = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &rng) }
        try Fixtures.write(path, Data(bytes))
        expectRefused(path, .notSQLite(path: path))
    }

    @Test("a file holding only the start of the SQLite header is refused as damaged")
    func shortHeader() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("short.sqlite")
        try Fixtures.write(path, Data("SQLite format 3\u{0}abc".utf8))
        expectRefused(path, .damaged(path: path))
    }

    @Test("another program's SQLite database is refused as foreign")
    func foreignDatabase() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("other.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('饺子')")
            }
            try queue.close()
        }
        expectRefused(path, .foreign(path: path))
    }

    @Test("a foreign database in WAL mode is refused too", .tags(.wal))
    func foreignWALDatabase() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("other-wal.sqlite")
        do {
            let pool = try DatabasePool(path: path)
            try pool.write { db in try db.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)") }
            try pool.close()
        }
        expectRefused(path, .foreign(path: path))
    }

    @Test("a store cut short is refused as damaged", arguments: [0.5, 0.75, 0.3])
    func truncated(fraction: Double) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = try closedStore(in: dir)
        let bytes = try #require(Fixtures.bytes(path))
        try Fixtures.write(path, bytes.prefix(Int(Double(bytes.count) * fraction)))
        expectRefused(path, .damaged(path: path))
    }

    @Test("a store cut to a whole number of pages is refused as damaged")
    func truncatedOnPageBoundary() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = try closedStore(in: dir)
        let bytes = try #require(Fixtures.bytes(path))
        let pages = bytes.count / 4096
        try Fixtures.write(path, bytes.prefix((pages / 2) * 4096))
        expectRefused(path, .damaged(path: path))
    }

    @Test("a store with overwritten bytes inside is refused as damaged", arguments: [1, 2, 3])
    func flippedBytes(page: Int) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = try closedStore(in: dir)
        var bytes = try #require(Fixtures.bytes(path))
        // Invert the first bytes of a b-tree page: its page type and cell layout.
        for offset in (page * 4096)..<(page * 4096 + 8) { bytes[offset] ^= 0xFF }
        try Fixtures.write(path, bytes)
        expectRefused(path, .damaged(path: path))
    }

    @Test("a store with a damaged header page size is refused as damaged")
    func damagedHeader() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = try closedStore(in: dir)
        var bytes = try #require(Fixtures.bytes(path))
        bytes[16] = 0x03  // page size 0x0300: not a power of two
        try Fixtures.write(path, bytes)
        expectRefused(path, .damaged(path: path))
    }

    @Test("a store saved by a newer version (user_version) is refused")
    func newerUserVersion() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = try closedStore(in: dir)
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 99") }
            try queue.close()
        }
        expectRefused(path, .newer(path: path, found: 99, known: Schema.version))
    }

    @Test("a store with a migration this build does not know is refused as newer")
    func newerMigration() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = try closedStore(in: dir)
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')") }
            try queue.close()
        }
        expectRefused(path, .newer(path: path, found: Schema.version + 1, known: Schema.version))
    }

    @Test("a store path that is a symbolic link is refused; the file it points to is untouched")
    func symlinkToStore() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let target = try closedStore(in: dir)
        let link = dir.file("link.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let before = Fixtures.bytes(target)
        #expect(throws: StoreError.symlink(path: link)) { try Store.open(path: link) }
        #expect(Fixtures.bytes(target) == before)
        #expect(!Fixtures.exists(target + "-wal"))
        #expect(!Fixtures.exists(link + "-wal"))
    }

    @Test("a store path that is a dangling symbolic link is refused and nothing is created")
    func danglingSymlink() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let target = dir.file("elsewhere.txt")
        let link = dir.file("link.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(throws: StoreError.symlink(path: link)) { try Store.open(path: link) }
        #expect(!Fixtures.exists(target))
    }

    @Test("a symbolic link pointing at a text file never overwrites it")
    func symlinkToTextFile() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let target = dir.file("diary.txt")
        try "dear diary".write(toFile: target, atomically: false, encoding: .utf8)
        let link = dir.file("link.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(throws: StoreError.symlink(path: link)) { try Store.open(path: link) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "dear diary")
    }

    @Test("a folder at the store path is refused")
    func folder() throws {
        let dir = TempDir()
        defer { dir.remove() }
        #expect(throws: StoreError.notAFile(path: dir.path)) { try Store.open(path: dir.path) }
    }
}

extension Tag {
    @Tag static var wal: Self
}
