import Foundation
import GRDB
import Testing
import YibaoCore

@testable import YibaoStore

@Suite("The kiosk migration and the operator's file")
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
        let (hasTable, version, recorded) = try store.pool.read { db in
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

    @Test("the operator's file round-trips the hashed exit PIN, is written 0600, and verifies only that PIN")
    func configFile() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("etc/yibao/kiosk.conf")
        let config = KioskConfig(exitPin: PinHasher().hash(try KioskPin("8080")), other: ["note": "counter 3"])
        try config.write(to: path)
        #expect(Fixtures.mode(path) == 0o600)
        let loaded = try KioskConfig.load(path: path)
        #expect(loaded == config)
        #expect(loaded.verifyExitPin(try KioskPin("8080")))
        #expect(!loaded.verifyExitPin(try KioskPin("8081")))
        #expect(!KioskConfig().verifyExitPin(try KioskPin("8080")))
        #expect(KioskConfig.path(environment: [:]) == "/etc/yibao/kiosk.conf")
        #expect(KioskConfig.path(environment: ["YIBAO_KIOSK_CONFIG": "/srv/k.conf"]) == "/srv/k.conf")
    }

    @Test("the operator's file is refused when missing, a link, open to others, or unreadable text")
    func configRefusals() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("kiosk.conf")
        #expect(throws: KioskConfigError.missing(path: path)) { try KioskConfig.load(path: path) }
        try KioskConfig(exitPin: PinHasher().hash(try KioskPin("1234"))).write(to: path)
        chmod(path, 0o644)
        #expect(throws: KioskConfigError.unsafe(path: path)) { try KioskConfig.load(path: path) }
        chmod(path, 0o640)
        _ = try KioskConfig.load(path: path)
        let link = dir.file("link.conf")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        #expect(throws: KioskConfigError.unsafe(path: link)) { try KioskConfig.load(path: link) }
        #expect(throws: KioskConfigError.unsafe(path: link)) { try KioskConfig().write(to: link) }
        #expect(throws: KioskConfigError.malformed(path: "x", line: 2)) {
            try KioskConfig(text: "# ok\nexit_pin = md5$1$AA==$AA==\n", path: "x")
        }
    }
}
