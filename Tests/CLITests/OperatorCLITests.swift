import Foundation
import TestSupport
import Testing

/// The kiosk operator's commands, run through the built binary.
@Suite("yibao operator")
struct OperatorCLITests {
    static let me = "110105195603100015"
    static let other = "110105198304120036"

    /// A store with two people in it.
    func twoPeople() throws -> CLIRunner {
        let cli = try CLIRunner()
        for (name, id) in [("张建国", Self.me), ("张伟", Self.other)] {
            let r = try cli.run(["person", "add", "--name", name, "--id", id, "--scheme", "employee", "--region", "110000"])
            #expect(r.status == 0, "stderr: \(r.stderr)")
        }
        return cli
    }

    @Test("pin set reads the PIN from standard input; the PIN is in no file, no output and no audit row")
    func pinSetFromStdin() throws {
        let cli = try twoPeople()
        defer { cli.cleanUp() }
        let r = try cli.run(["operator", "pin", "set", "--person", Self.me], input: "904172\n")
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("Kiosk PIN set for 110105********0015"))
        #expect(!r.stdout.contains("904172") && !r.stderr.contains("904172"))
        let audit = try cli.run(["operator", "audit", "--json"])
        #expect(!audit.stdout.contains("904172"))
        let rows = try #require(try CLIRunner.json(audit) as? [[String: Any]])
        #expect(rows.first?["action"] as? String == "kiosk.pin_set")
        for file in [cli.storePath, cli.storePath + "-wal"] {
            guard let bytes = FileManager.default.contents(atPath: file) else { continue }
            #expect(bytes.range(of: Data("904172".utf8)) == nil)
        }
        let count = try CLIRunner.sqlite(cli.storePath, "SELECT COUNT(*) FROM kiosk_credentials")
        #expect(count.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    }

    @Test("pin set refuses a bad PIN kindly, a PIN on the command line, and an unknown person")
    func pinSetRefusals() throws {
        let cli = try twoPeople()
        defer { cli.cleanUp() }
        let short = try cli.run(["operator", "pin", "set", "--person", Self.me], input: "12\n")
        #expect(short.status == 1)
        #expect(short.stderr.contains("too short"))
        let chinese = try cli.run(["operator", "pin", "set", "--person", Self.me, "--lang", "zh-Hans"], input: "12ab\n")
        #expect(chinese.status == 1)
        #expect(chinese.stderr.contains("密码只能是数字"))
        let argv = try cli.run(["operator", "pin", "set", "--person", Self.me, "1234"])
        #expect(argv.status == 2)
        let none = try cli.run(["operator", "pin", "set", "--person", Self.me], input: "")
        #expect(none.status == 1)
        #expect(none.stderr.contains("No PIN was given"))
        let unknown = try cli.run(["operator", "pin", "set", "--person", "110108192811050046"], input: "1234\n")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("No one with ID"))
    }

    @Test("pin reset removes the PIN, and says so kindly when there is none")
    func pinReset() throws {
        let cli = try twoPeople()
        defer { cli.cleanUp() }
        _ = try cli.run(["operator", "pin", "set", "--person", Self.me], input: "4826\n")
        let reset = try cli.run(["operator", "pin", "reset", "--person", Self.me])
        #expect(reset.status == 0, "stderr: \(reset.stderr)")
        #expect(reset.stdout.contains("removed"))
        let count = try CLIRunner.sqlite(cli.storePath, "SELECT COUNT(*) FROM kiosk_credentials")
        #expect(count.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        let again = try cli.run(["operator", "pin", "reset", "--person", Self.me])
        #expect(again.status == 1)
        #expect(again.stderr.contains("has no kiosk PIN"))
    }

    @Test("unlock clears a lock saved in the store, and is audited")
    func unlock() throws {
        let cli = try twoPeople()
        defer { cli.cleanUp() }
        _ = try cli.run(["operator", "pin", "set", "--person", Self.me], input: "4826\n")
        let future = Int64((Date().timeIntervalSince1970 + 3600) * 1000)
        try CLIRunner.sqliteWrite(
            cli.storePath, "UPDATE kiosk_credentials SET failed_count = 5, locked_until_ms = \(future)")
        let r = try cli.run(["operator", "unlock", "--person", Self.me])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("is unlocked"))
        let row = try CLIRunner.sqlite(cli.storePath, "SELECT failed_count, locked_until_ms IS NULL FROM kiosk_credentials")
        #expect(row.trimmingCharacters(in: .whitespacesAndNewlines) == "0|1")
        let second = try cli.run(["operator", "unlock", "--person", Self.me])
        #expect(second.stdout.contains("was not locked"))
        let audit = try cli.run(["operator", "audit", "--kiosk"])
        #expect(audit.stdout.components(separatedBy: "kiosk.unlock").count - 1 == 2)
    }

    @Test("settings shows the defaults, saves new values, and refuses a value out of range")
    func settings() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let shown = try cli.run(["operator", "settings", "--json"])
        #expect(shown.status == 0, "stderr: \(shown.stderr)")
        let defaults = try #require(try CLIRunner.json(shown) as? [String: Int])
        #expect(defaults == ["idle_seconds": 90, "countdown_seconds": 20, "lockout_minutes": 15, "max_failures": 5])
        let text = try cli.run(["operator", "settings", "--lang", "zh-Hans"], input: "")
        #expect(text.stdout.contains("无操作 90 秒后开始倒计时"))
        let set = try cli.run(["operator", "settings", "--idle-seconds", "120", "--lockout-minutes", "30"])
        #expect(set.status == 0, "stderr: \(set.stderr)")
        #expect(set.stdout.contains("Saved."))
        let after = try #require(try CLIRunner.json(try cli.run(["operator", "settings", "--json"])) as? [String: Int])
        #expect(after["idle_seconds"] == 120 && after["lockout_minutes"] == 30)
        let bad = try cli.run(["operator", "settings", "--countdown-seconds", "5"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("between 20 and 600"))
    }

    @Test("audit lists kiosk events and every change, newest first, as text or JSON, with a limit")
    func audit() throws {
        let cli = try twoPeople()
        defer { cli.cleanUp() }
        _ = try cli.run(["operator", "pin", "set", "--person", Self.other], input: "7351\n")
        _ = try cli.run(["operator", "settings", "--idle-seconds", "60"])
        let all = try cli.run(["operator", "audit"])
        #expect(all.status == 0)
        let lines = all.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.first?.contains("kiosk.settings") == true)
        #expect(lines.last?.contains("person.add") == true)
        let limited = try cli.run(["operator", "audit", "--json", "--limit", "2"])
        let rows = try #require(try CLIRunner.json(limited) as? [[String: Any]])
        #expect(rows.map { $0["action"] as? String } == ["kiosk.settings", "kiosk.pin_set"])
        let detail = try #require(rows[1]["detail"] as? [[String: Any]])
        #expect(detail.first?["person"] as? String == Self.other)
        let kioskOnly = try cli.run(["operator", "audit", "--kiosk"])
        #expect(!kioskOnly.stdout.contains("person.add"))
        #expect(try cli.run(["operator", "audit", "--limit", "0"]).status == 2)
    }

    @Test("exit-pin set writes the operator's file 0600 with the PIN hashed, and keeps it on a second set")
    func exitPin() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = cli.directory.appendingPathComponent("etc/yibao/kiosk.conf").path
        let r = try cli.run(["operator", "exit-pin", "set", "--config", path], plain: true, input: "70315\n")
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("exit_pin = pbkdf2-sha256$210000$"))
        #expect(!text.contains("70315"))
        // The environment variable names the file too; a new PIN replaces the old hash.
        let again = try cli.run(
            ["operator", "exit-pin", "set"], plain: true, environment: ["YIBAO_KIOSK_CONFIG": path], input: "70316\n")
        #expect(again.status == 0, "stderr: \(again.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) != text)
        // A file others may change is refused, and left as it is.
        chmod(path, 0o666)
        let unsafe = try cli.run(["operator", "exit-pin", "set", "--config", path], plain: true, input: "11111\n")
        #expect(unsafe.status == 1)
        #expect(unsafe.stderr.contains("not safe"))
    }
}

extension CLIRunner {
    /// Runs `yibao` with `input` on its standard input (the global options added unless `plain`).
    func run(
        _ arguments: [String], plain: Bool = false, environment: [String: String] = [:], input: String
    ) throws -> Result {
        var args = arguments
        if !plain { args += ["--store", storePath, "--date", date, "--lang", language] }
        // A later --lang (in `arguments`) wins over the runner's, so tests may ask for Chinese.
        if !plain, let i = arguments.firstIndex(of: "--lang") {
            args = Array(arguments[..<i]) + Array(arguments[(i + 2)...]) + ["--store", storePath, "--date", date]
                + ["--lang", arguments[i + 1]]
        }
        var env = ProcessInfo.processInfo.environment
        env["YIBAO_STORE"] = nil
        env["YIBAO_KIOSK_CONFIG"] = nil
        env["HOME"] = directory.path
        env["XDG_DATA_HOME"] = directory.appendingPathComponent("xdg").path
        for (k, v) in environment { env[k] = v }
        return try Spawn.run([CLIRunner.binary.path] + args, environment: env, input: input)
    }

    /// Runs one writing SQL statement with the sqlite3 shell (to set up a state from outside Yibao).
    static func sqliteWrite(_ path: String, _ sql: String) throws {
        _ = try Spawn.run(["sqlite3", path, sql])
    }
}
