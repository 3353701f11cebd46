import Foundation
import TestSupport
import Testing

/// Issue 16: `yibao import` is the migration path between the SQLite file and the fleet's server, both
/// ways, whole or not at all. Needs the test server (`YIBAO_TEST_POSTGRES`); fails under CI without it.
@Suite("yibao import between a SQLite file and a PostgreSQL store")
struct PostgresImportCLITests {
    static let me = "110105195603100015"
    static let son = "110105198304120036"

    func plain(_ cli: CLIRunner, _ arguments: [String], store: String) throws -> CLIRunner.Result {
        try cli.run(arguments + ["--store", store, "--date", cli.date, "--lang", "en"], plain: true)
    }

    static func object(_ text: String) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary)
    }

    @Test("a SQLite export imported into PostgreSQL and back exports the same; a second import is refused, nothing written",
        .enabled(if: PostgresServer.isAvailable))
    func bothWays() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for (name, id) in [("张建国", Self.me), ("张伟", Self.son)] {
            let r = try cli.run(["person", "add", "--name", name, "--id", id, "--scheme", "employee", "--region", "110000"])
            #expect(r.status == 0, "stderr: \(r.stderr)")
        }
        let bound = try cli.run(["relatives", "add", "--payer", Self.me, "--beneficiary", Self.son, "--relation", "son"])
        #expect(bound.status == 0, "stderr: \(bound.stderr)")
        let exported = try cli.run(["export"])
        #expect(exported.status == 0)
        let file = cli.directory.appendingPathComponent("export.json")
        try Data(exported.stdout.utf8).write(to: file)

        let server = try PostgresServer.freshDatabase(prefix: "yibao_import")
        let migrated = try cli.run(["store", "migrate", "--store", server, "--lang", "en"], plain: true)
        #expect(migrated.status == 0, "stderr: \(migrated.stderr)")
        let imported = try plain(cli, ["import", file.path], store: server)
        #expect(imported.status == 0, "stderr: \(imported.stderr)")
        #expect(imported.stdout.contains("Imported 2 people, 1 bindings"), "\(imported.stdout)")
        let fromServer = try plain(cli, ["export"], store: server)
        #expect(fromServer.status == 0, "stderr: \(fromServer.stderr)")
        #expect(try Self.object(fromServer.stdout) == Self.object(exported.stdout))

        let again = try plain(cli, ["import", file.path], store: server)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already holds records"), "\(again.stderr)")
        #expect(try Self.object(try plain(cli, ["export"], store: server).stdout) == Self.object(exported.stdout))

        let backFile = cli.directory.appendingPathComponent("from-server.json")
        try Data(fromServer.stdout.utf8).write(to: backFile)
        let copy = cli.directory.appendingPathComponent("copy/yibao.sqlite").path
        let back = try plain(cli, ["import", backFile.path], store: copy)
        #expect(back.status == 0, "stderr: \(back.stderr)")
        #expect(try Self.object(try plain(cli, ["export"], store: copy).stdout) == Self.object(exported.stdout))
    }
}
