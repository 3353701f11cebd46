import Foundation
import Testing

@testable import YibaoStore

/// Issue 16: `--store` names a file or a fleet's PostgreSQL server; a password never shows.
@Suite("Store locations")
struct StoreLocationTests {
    @Test("a plain path is a SQLite file, whatever it contains, even with a colon")
    func plainPaths() throws {
        for path in ["yibao.sqlite", "/var/lib/yibao/yibao.sqlite", "./a:b/c.sqlite", "C:/x", "postgresql.sqlite"] {
            #expect(try StoreLocation.parse(path) == .file(path: path))
        }
    }

    @Test("a URL of another kind is refused rather than taken as a path")
    func otherURLsRefused() throws {
        for text in ["mysql://u@h/db", "http://example/yibao", "sqlite://x", "file:///tmp/y.sqlite"] {
            #expect(throws: StoreLocationError.self) { try StoreLocation.parse(text) }
        }
    }

    @Test("postgresql:// URLs give user, host, port, database and sslmode; defaults are 5432 and prefer")
    func postgresURLs() throws {
        #expect(
            try StoreLocation.parse("postgresql://kiosk@db.example.org/yibao")
                == .postgres(PostgresLocation(user: "kiosk", host: "db.example.org", database: "yibao")))
        let full = try PostgresLocation.parse(
            "postgres://kiosk@10.0.0.5:6432/fleet?sslmode=verify-full&sslrootcert=/etc/yibao/ca.pem")
        #expect(full.port == 6432)
        #expect(full.sslMode == .verifyFull)
        #expect(full.sslRootCert == "/etc/yibao/ca.pem")
        #expect(full.database == "fleet")
        let v6 = try PostgresLocation.parse("postgresql://k@[::1]:5433/y")
        #expect(v6.host == "::1" && v6.port == 5433)
        #expect(v6.display == "postgresql://k@[::1]:5433/y")
        for bad in [
            "postgresql://host/db", "postgresql://u@host", "postgresql://u@host:0/db", "postgresql://u@host:99999/db",
            "postgresql://u@/db", "postgresql://u@h/db?sslmode=maybe", "postgresql://u@h/db?color=red",
        ] {
            #expect(throws: StoreLocationError.self, "\(bad)") { try PostgresLocation.parse(bad) }
        }
    }

    @Test("a password in the URL is used but never displayed, nor in any refusal's words")
    func passwordHidden() throws {
        let location = try PostgresLocation.parse("postgresql://kiosk:s3cr%40t@db:5432/yibao?sslmode=require")
        #expect(location.password == "s3cr@t")
        #expect(!location.display.contains("s3cr"))
        #expect(!String(describing: location).contains("s3cr"))
        #expect(StoreLocation.postgres(location).display == "postgresql://kiosk@db:5432/yibao?sslmode=require")
        let refusal = StoreError.serverUnreachable(server: location.display)
        #expect(!refusal.message.en.contains("s3cr") && !refusal.message.zh.contains("s3cr"))
        #expect(throws: StoreLocationError.self) { try PostgresLocation.parse("postgresql://k:s3cr@h/db?x=1") }
        do { _ = try PostgresLocation.parse("postgresql://k:s3cr@h/db?x=1") } catch {
            #expect(!error.message.en.contains("s3cr"))
        }
    }

    @Test("the password comes from the URL, else PGPASSWORD, else a private ~/.pgpass, as libpq reads them")
    func passwordSources() throws {
        let home = NSTemporaryDirectory() + "yibao-pgpass-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let file = home + "/.pgpass"
        try """
        # comment
        other:5432:*:kiosk:wrong
        db.example.org:5432:yibao:kiosk:from\\:file
        *:*:*:*:fallback
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let bare = try PostgresLocation.parse("postgresql://kiosk@db.example.org/yibao")
        chmod(file, 0o600)
        #expect(bare.resolvingPassword(environment: ["HOME": home]).password == "from:file")
        #expect(bare.resolvingPassword(environment: ["HOME": home, "PGPASSWORD": "env"]).password == "env")
        let inURL = try PostgresLocation.parse("postgresql://kiosk:url@db.example.org/yibao")
        #expect(inURL.resolvingPassword(environment: ["PGPASSWORD": "env"]).password == "url")
        var elsewhere = bare
        elsewhere.host = "db2"
        #expect(elsewhere.resolvingPassword(environment: ["HOME": home]).password == "fallback")
        // A password file others may read is ignored, as libpq ignores it.
        chmod(file, 0o644)
        #expect(bare.resolvingPassword(environment: ["HOME": home]).password == nil)
        chmod(file, 0o600)
        #expect(bare.resolvingPassword(environment: ["PGPASSFILE": file]).password == "from:file")
    }
}
