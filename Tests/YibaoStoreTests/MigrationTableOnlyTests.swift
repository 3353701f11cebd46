import Foundation
import GRDB
import Testing
import YibaoCore

@testable import YibaoStore

@Suite("A store killed just after GRDB made its migrations table")
struct MigrationTableOnlyTests {
    @Test("an empty grdb_migrations table alone (made before the first migration) is finished into a store")
    func emptyMigrationsTableBecomesStore() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("cut.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        }
        try queue.close()
        let store = try Store.open(path: path)
        #expect(try store.isEmpty)
        #expect(try store.kioskSettings() == .standard)
    }

    @Test("another program's GRDB database (migrations recorded, no Yibao id) is still refused as foreign")
    func recordedMigrationsStayForeign() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("theirs") { _ in }
        try migrator.migrate(queue)
        try queue.close()
        let before = Fixtures.bytes(path)
        #expect(throws: StoreError.foreign(path: path)) { try Store.open(path: path) }
        #expect(Fixtures.bytes(path) == before)
    }
}
