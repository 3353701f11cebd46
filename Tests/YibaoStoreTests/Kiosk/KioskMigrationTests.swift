import Foundation
import GRDB
import Testing
import YibaoCore

@testable import YibaoStore

@Suite("The kiosk migration")
struct KioskMigrationTests {
    @Test("a store saved before kiosk mode opens, keeps its people, and gains the kiosk tables and defaults")
    func upgradesVersionOne() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("yibao.sqlite")
        // Make a version-1 store exactly as the first release did: only its migration.
        do {
            let queue = try DatabaseQueue(path: path)
            var v1 = DatabaseMigrator()
            v1.registerMigration("v1-initial") { db in
                try db.execute(sql: Schema.v1)
                try db.execute(
                    sql: "INSERT INTO meta (key, value) VALUES ('format', ?), ('schema_version', '1')",
                    arguments: [Schema.formatName])
                try db.execute(
                    sql: "INSERT INTO persons (id, name, scheme, region, is_owner) VALUES (?, '王芳', 'employee', '110000', 1)",
                    arguments: [Fixtures.id(1).value])
            }
            try v1.migrate(queue)
            try queue.close()
            // The first release made its file 0600 too; a store others may read is refused.
            chmod(path, 0o600)
        }
        let store = try Store.open(path: path)
        #expect(try store.owner()?.name == "王芳")
        #expect(try store.kioskSettings() == .standard)
        let (hasTable, version, recorded) = try store.database.read { db in
            (
                try db.tableExists("kiosk_credentials"), try Int.fetchOne(db, sql: "PRAGMA user_version"),
                try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'")
            )
        }
        #expect(hasTable)
        #expect(version == Schema.version)
        #expect(recorded == String(Schema.version))
        try store.setKioskPin(try KioskPin("5050"), for: Fixtures.id(1), at: Moment(seconds: 0))
        #expect(try store.kioskSignIn(Fixtures.id(1), pin: try KioskPin("5050"), at: Moment(seconds: 1)) == .signedIn)
    }
}
