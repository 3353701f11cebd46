import Foundation
import TestSupport
import Testing

/// Issue 16: `--store` takes a file or a fleet's postgresql:// URL; a URL of another kind is refused and
/// never made into folders; a password in a URL never shows.
@Suite("--store as a file or a server, from the command line")
struct StoreLocationCLITests {
    func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> ProcessOutput {
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = directory.path
        env["YIBAO_STORE"] = nil
        env["PGPASSWORD"] = nil
        for (key, value) in environment { env[key] = value }
        return try Spawn.run(
            [BuiltProduct.yibao.path] + arguments + ["--lang", "en"], environment: env, directory: directory.path)
    }

    @Test("a store that looks like another kind of URL is refused and no folder is made for it")
    func otherURLRefused() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yibao-loc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for store in ["mysql://kiosk@db/yibao", "http://example.org/yibao.sqlite"] {
            let result = try run(["init", "--store", store], in: directory)
            #expect(result.status == 1)
            #expect(result.stderr.contains("is not a store Yibao knows"))
        }
        let result = try run(["balance"], in: directory, environment: ["YIBAO_STORE": "mysql://kiosk@db/yibao"])
        #expect(result.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty, "a folder was made")
    }

    @Test("a server that cannot be reached is named without the URL's password, in stderr and nowhere else")
    func passwordNeverPrinted() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yibao-loc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // Port 1 on loopback: nothing listens there.
        let result = try run(["balance", "--store", "postgresql://kiosk:Sekr3t-pw@127.0.0.1:1/yibao"], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("postgresql://kiosk@127.0.0.1:1/yibao"), "\(result.stderr)")
        #expect(!result.stderr.contains("Sekr3t") && !result.stdout.contains("Sekr3t"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
