import Foundation
import Testing
import TestSupport
import YibaoCore
import YibaoService
import YibaoStore

@testable import YibaoPostgres

/// Issue 16: the fleet's server is used with the least privilege (no superuser, no DDL after the
/// admin's migration), over TLS when asked, with passwords as libpq takes them and never shown.
@Suite("The fleet's server: roles, TLS and passwords", .enabled(if: StoreEngine.available.contains(.postgres)))
struct FleetSecurityTests {
    typealias F = Fixtures

    /// A login role with no rights of its own (made once; roles belong to the whole server).
    static func role(_ name: String, password: String? = nil) throws -> PostgresLocation {
        let admin = try TestServer.require()
        let secret = password.map { " PASSWORD '\($0)'" } ?? ""
        try PostgresAdmin.execute(
            "DO $$ BEGIN CREATE ROLE \(name) LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE\(secret); "
                + "EXCEPTION WHEN duplicate_object THEN NULL; END $$", on: admin)
        if let password { try PostgresAdmin.execute("ALTER ROLE \(name) PASSWORD '\(password)'", on: admin) }
        var location = admin
        location.user = name
        location.password = nil
        return location
    }

    /// A new empty database (no tables), owned by the superuser.
    static func emptyDatabase() throws -> PostgresLocation {
        let admin = try TestServer.require()
        let name = "yibao_s_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        try PostgresAdmin.execute("CREATE DATABASE \(name)", on: admin)
        var location = admin
        location.database = String(name)
        return location
    }

    @Test("the kiosks' role does all of Yibao's work after the admin's migration, and can make no table")
    func leastPrivilege() throws {
        var database = try Self.emptyDatabase()
        let kiosk = try Self.role("yibao_kiosk_test")
        #expect(try PostgresStore.migrate(database, grantTo: kiosk.user, environment: [:]) == PostgresSchema.version)
        database.user = kiosk.user
        let store = try PostgresStore.open(database, environment: [:])
        let service = HouseholdService(store: store, policy: F.policy, today: { F.today })
        try service.loadDemo(asOf: F.today)
        let owner = try #require(try service.owner()).id
        try service.credit(account: owner, amount: Money(fen: 100), asOf: F.today)
        try service.setKioskPin(try KioskPin("739261"), for: owner, at: Moment(seconds: 1_750_000_000))
        #expect(try service.kioskSignIn(owner, pin: try KioskPin("739261"), at: Moment(seconds: 1_750_000_001)) == .signedIn)
        try service.setKioskSettings(
            KioskSettings(idleSeconds: 60, countdownSeconds: 20, lockoutMinutes: 10, maxFailures: 4),
            at: Moment(seconds: 1_750_000_002))
        #expect(try store.changeMark() == 0)
        // No DDL, no superuser.
        #expect(throws: StoreError.self) { try PostgresAdmin.execute("CREATE TABLE intruder (x int)", on: database) }
        #expect(throws: StoreError.self) { try PostgresAdmin.execute("DROP TABLE audit", on: database) }
        #expect(throws: StoreError.self) { try PostgresAdmin.execute("ALTER TABLE persons ADD COLUMN x int", on: database) }
        let superuser = try PostgresAdmin.strings("SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user", on: database)
        #expect(superuser == ["false"])
        // The kiosks' role cannot run the migration either: it is refused, naming the reason.
        var fresh = try Self.emptyDatabase()
        fresh.user = kiosk.user
        #expect(throws: StoreError.self) { try PostgresStore.migrate(fresh, environment: [:]) }
    }

    @Test("opening a server without Yibao's tables changes nothing and names the admin's command")
    func openNeverMigrates() throws {
        let database = try Self.emptyDatabase()
        do {
            _ = try PostgresStore.open(database, environment: [:])
            Issue.record("a server without tables was opened")
        } catch {
            guard case .serverRefused(_, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(reason.contains("yibao store migrate"))
            #expect(error.message.en.contains("administrator"))
        }
        #expect(try PostgresAdmin.strings("SELECT COUNT(*)::text FROM pg_tables WHERE schemaname = 'public'", on: database) == ["0"])
    }

    @Test("sslmode=require and verify-full talk TLS; a certificate from another CA is refused with the reason")
    func tls() throws {
        let base = try TestServer.freshDatabase()
        var require = base
        require.sslMode = .require
        #expect(try PostgresAdmin.strings("SELECT ssl::text FROM pg_stat_ssl WHERE pid = pg_backend_pid()", on: require) == ["true"])
        var plain = base
        plain.sslMode = .disable
        #expect(try PostgresAdmin.strings("SELECT ssl::text FROM pg_stat_ssl WHERE pid = pg_backend_pid()", on: plain) == ["false"])

        let ca = try #require(TestServer.certificate, "YIBAO_TEST_POSTGRES_CA names the server's certificate")
        var verified = base
        verified.host = "localhost"
        verified.sslMode = .verifyFull
        verified.sslRootCert = ca
        let store = try PostgresStore.open(verified, environment: [:])
        let service = HouseholdService(store: store, policy: F.policy, today: { F.today })
        try service.addPerson(F.owner, openingBalance: Money(fen: 500), asOf: F.today)
        #expect(try service.household(asOf: F.today).accounts[F.owner.id]?.balance == Money(fen: 500))

        // Another CA's certificate: the server's is not trusted, nothing is sent.
        let other = NSTemporaryDirectory() + "yibao-other-ca-\(UUID().uuidString).pem"
        let key = other + ".key"
        defer { try? FileManager.default.removeItem(atPath: other); try? FileManager.default.removeItem(atPath: key) }
        try Spawn.Child([
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
            "-keyout", key, "-out", other,
        ]).wait()
        var impostor = verified
        impostor.sslRootCert = other
        do {
            _ = try PostgresStore.open(impostor, environment: [:])
            Issue.record("a certificate from another CA was trusted")
        } catch {
            guard case .serverRefused(_, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(reason.contains("TLS"))
        }
    }

    @Test("a password comes from PGPASSWORD or the URL, is asked for when missing, and never shows in a refusal")
    func passwords() throws {
        let secret = "pw-\(UUID().uuidString.prefix(8))"
        var location = try Self.role("yibao_pw", password: secret)
        location.database = "postgres"
        #expect(try PostgresAdmin.strings("SELECT current_user::text", on: location.resolvingPassword(environment: ["PGPASSWORD": secret])) == ["yibao_pw"])
        var inURL = location
        inURL.password = secret
        #expect(try PostgresAdmin.strings("SELECT 1::text", on: inURL) == ["1"])
        do {
            _ = try PostgresAdmin.strings("SELECT 1::text", on: location.resolvingPassword(environment: [:]))
            Issue.record("no password, yet it connected")
        } catch {
            #expect(error.message.en.contains("password") || error.message.en.contains("authentication"))
        }
        var wrong = location
        wrong.password = "not-" + secret
        do {
            _ = try PostgresAdmin.strings("SELECT 1::text", on: wrong)
            Issue.record("a wrong password connected")
        } catch {
            let words = error.message.en + error.message.zh
            #expect(!words.contains(secret) && !words.contains("not-" + secret), "a password in: \(words)")
            #expect(words.contains("postgresql://yibao_pw@"))
        }
    }
}
