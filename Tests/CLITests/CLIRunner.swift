import Foundation
import TestSupport

/// Runs the built `yibao` binary in a fresh temporary store and reports what it printed.
struct CLIRunner {
    let directory: URL
    let storePath: String
    var date = "2026-11-22"
    var language = "en"

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("yibao-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        storePath = directory.appendingPathComponent("store/yibao.sqlite").path
    }

    typealias Result = ProcessOutput

    /// The `yibao` binary next to the test bundle (swift test builds it, as the tests depend on it).
    static var binary: URL { BuiltProduct.yibao }

    /// Runs `yibao ARGS --store S --date D --lang L` (the global options added unless `plain`).
    @discardableResult
    func run(_ arguments: [String], plain: Bool = false, environment: [String: String] = [:]) throws -> Result {
        var args = arguments
        if !plain { args += ["--store", storePath, "--date", date, "--lang", language] }
        var env = ProcessInfo.processInfo.environment
        env["YIBAO_STORE"] = nil
        env["YIBAO_POLICY_DIR"] = nil
        env["HOME"] = directory.path
        env["XDG_DATA_HOME"] = directory.appendingPathComponent("xdg").path
        for (k, v) in environment { env[k] = v }
        return try Spawn.run([CLIRunner.binary.path] + args, environment: env)
    }

    /// Parses stdout as a JSON object or array.
    static func json(_ result: Result) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    /// Runs the binary with exactly these arguments (no store, date or language added).
    static func runRaw(_ arguments: [String]) throws -> Result {
        try Spawn.run([binary.path] + arguments)
    }

    /// Runs one SQL statement with the sqlite3 shell (read-only), for checks from outside Yibao.
    static func sqlite(_ path: String, _ sql: String) throws -> String {
        try Spawn.run(["sqlite3", "-readonly", path, sql]).stdout
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: directory)
    }
}
