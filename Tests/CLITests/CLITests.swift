import Foundation
import Testing
import TestSupport

/// Command-line tests: they run the built `yibao` binary and read its output and exit codes.
@Suite("The yibao command line")
struct CLITests {
    static let me = "110105195603100015"  // male, born 1956, Beijing
    static let mother = "110108192811050046"  // female, born 1928
    static let son = "110105198304120036"  // male, born 1983
    static let daughterShanghai = "310104198507090026"  // female, born 1985, Shanghai

    /// A store with me (¥1,000), my mother (resident insurance) and my son (¥2,000).
    func family() throws -> CLIRunner {
        let cli = try CLIRunner()
        try expectOK(cli.run(["person", "add", "--name", "张建国", "--id", Self.me, "--scheme", "employee", "--region", "110000", "--balance", "1000", "--me"]))
        try expectOK(cli.run(["person", "add", "--name", "王桂兰", "--id", Self.mother, "--scheme", "resident", "--region", "110000"]))
        try expectOK(cli.run(["person", "add", "--name", "张伟", "--id", Self.son, "--scheme", "employee", "--region", "110000", "--balance", "2000"]))
        return cli
    }

    func expectOK(_ r: CLIRunner.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 0, "exit \(r.status); stderr: \(r.stderr)", sourceLocation: sourceLocation)
    }

    @Test("init creates the store 0600 in a 0700 folder, and an empty store lists no one")
    func initCreatesPrivateStore() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try expectOK(cli.run(["init"]))
        let attributes = try FileManager.default.attributesOfItem(atPath: cli.storePath)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: (cli.storePath as NSString).deletingLastPathComponent)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        let list = try cli.run(["person", "list", "--json"])
        expectOK(list)
        #expect((try CLIRunner.json(list) as? [Any])?.isEmpty == true)
    }

    @Test("balance --json reports the balance in fen, derived from the ledger")
    func balanceJSON() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        try expectOK(cli.run(["credit", "--person", Self.me, "--amount", "¥110.50"]))
        let r = try cli.run(["balance", "--json"])
        expectOK(r)
        let object = try #require(try CLIRunner.json(r) as? [String: Any])
        #expect(object["person"] as? String == Self.me)
        #expect(object["balance_fen"] as? Int == 111_050)
        #expect(object["credits_this_year_fen"] as? Int == 11_050)
    }

    @Test("a mother is bound, paid for in order, and the split follows the reference's rule")
    func bindAndPay() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        try expectOK(cli.run(["relatives", "add", "--payer", Self.me, "--beneficiary", Self.mother, "--relation", "母亲"]))
        try expectOK(cli.run(["relatives", "add", "--payer", Self.son, "--beneficiary", Self.mother, "--relation", "奶奶"]))
        let show = try cli.run(["payers", "show", "--beneficiary", Self.mother, "--json"])
        expectOK(show)
        let order = try #require(try CLIRunner.json(show) as? [String: Any])
        #expect(order["order"] as? [String] == [Self.me, Self.son])

        try expectOK(cli.run(["payers", "set", "--beneficiary", Self.mother, "--order", "\(Self.son),\(Self.me)"]))
        let pay = try cli.run(["pay", "--beneficiary", Self.mother, "--amount", "2500", "--json"])
        expectOK(pay)
        let split = try #require(try CLIRunner.json(pay) as? [String: Any])
        #expect(split["amount_fen"] as? Int == 250_000)
        let parts = try #require(split["parts"] as? [[String: Any]])
        #expect(parts.map { $0["account_of"] as? String } == [Self.son, Self.me])
        #expect(parts.map { $0["fen"] as? Int } == [200_000, 50_000])
        #expect(split["cash_fen"] as? Int == 0)

        let balance = try cli.run(["balance", "--person", Self.son, "--json"])
        #expect((try CLIRunner.json(balance) as? [String: Any])?["balance_fen"] as? Int == 0)
    }

    @Test("a dry run shows the split and records nothing")
    func dryRunRecordsNothing() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        try expectOK(cli.run(["relatives", "add", "--payer", Self.me, "--beneficiary", Self.mother, "--relation", "mother"]))
        let r = try cli.run(["pay", "--beneficiary", Self.mother, "--amount", "300", "--dry-run"])
        expectOK(r)
        #expect(r.stdout.contains("¥300.00"))
        let balance = try cli.run(["balance", "--json"])
        #expect((try CLIRunner.json(balance) as? [String: Any])?["balance_fen"] as? Int == 100_000)
    }

    @Test("an in-law is refused with exit 1 and a reason in the chosen language")
    func inLawRefused() throws {
        var cli = try family()
        defer { cli.cleanUp() }
        let r = try cli.run(["relatives", "add", "--payer", Self.me, "--beneficiary", Self.mother, "--relation", "婆婆"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("1045") || r.stderr.lowercased().contains("near relative"))
        cli.language = "zh-Hans"
        let zh = try cli.run(["relatives", "add", "--payer", Self.me, "--beneficiary", Self.mother, "--relation", "岳母"])
        #expect(zh.status == 1)
        #expect(zh.stderr.contains("近亲属"))
    }

    @Test("a mother whose ID says male is refused with a request to check what was typed")
    func implausibleMother() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        let r = try cli.run(["relatives", "add", "--payer", Self.me, "--beneficiary", Self.son, "--relation", "mother"])
        #expect(r.status == 1)
        #expect(r.stderr.lowercased().contains("check"))
    }

    @Test("usage errors exit 2: a bad ID, a bad amount, an unknown relation, a bad date")
    func usageErrors() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        let badID = try cli.run(["balance", "--person", "110105195603100016"])
        #expect(badID.status == 2)
        #expect(badID.stderr.contains("check digit"))
        let badAmount = try cli.run(["credit", "--person", Self.me, "--amount", "-5"])
        #expect(badAmount.status == 2)
        let badRelation = try cli.run(["relatives", "add", "--payer", Self.me, "--beneficiary", Self.mother, "--relation", "neighbour"])
        #expect(badRelation.status == 2)
        let badDate = try cli.run(["balance", "--date", "2026-02-30"], plain: true)
        #expect(badDate.status == 2)
        let unknownFlag = try cli.run(["balance", "--bogus"])
        #expect(unknownFlag.status == 2)
    }

    @Test("cross-province binding needs a quota, and unbinding returns the unused part")
    func crossProvinceQuota() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        try expectOK(cli.run(["person", "add", "--name", "张丽", "--id", Self.daughterShanghai, "--scheme", "employee", "--region", "310000"]))
        let noQuota = try cli.run(["relatives", "add", "--payer", Self.me, "--beneficiary", Self.daughterShanghai, "--relation", "daughter"])
        #expect(noQuota.status == 1)
        try expectOK(cli.run(["relatives", "add", "--payer", Self.me, "--beneficiary", Self.daughterShanghai, "--relation", "daughter", "--quota", "400"]))
        let earmarked = try CLIRunner.json(try cli.run(["balance", "--json"])) as? [String: Any]
        #expect(earmarked?["available_fen"] as? Int == 60_000)
        try expectOK(cli.run(["pay", "--beneficiary", Self.daughterShanghai, "--amount", "100"]))
        let removed = try cli.run(["relatives", "remove", "--payer", Self.me, "--beneficiary", Self.daughterShanghai])
        expectOK(removed)
        #expect(removed.stdout.contains("¥300.00"))
        let after = try CLIRunner.json(try cli.run(["balance", "--json"])) as? [String: Any]
        #expect(after?["balance_fen"] as? Int == 90_000)
        #expect(after?["available_fen"] as? Int == 90_000)
    }

    @Test("the same binding before 2024-08 is refused for a sibling but allowed for a parent")
    func rulesByDate() throws {
        var cli = try family()
        defer { cli.cleanUp() }
        cli.date = "2023-06-01"
        let sibling = try cli.run(["relatives", "add", "--payer", Self.son, "--beneficiary", Self.me, "--relation", "elder-brother"])
        #expect(sibling.status == 1)
        try expectOK(cli.run(["relatives", "add", "--payer", Self.son, "--beneficiary", Self.me, "--relation", "father"]))
    }

    @Test("rules lists the topics and prints each with the local-policy note")
    func rules() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let list = try cli.run(["rules"])
        expectOK(list)
        for topic in ["withdrawal", "transfer", "family-aid", "uses", "fraud"] {
            #expect(list.stdout.contains(topic))
            let page = try cli.run(["rules", topic])
            expectOK(page)
            #expect(page.stdout.lowercased().contains("local policy"))
        }
        var zh = cli
        zh.language = "zh-Hans"
        #expect(try zh.run(["rules", "withdrawal"]).stdout.contains("以当地"))
        #expect(try cli.run(["rules", "nonsense"]).status == 2)
    }

    @Test("the demo household loads and export prints the whole store as JSON")
    func demoAndExport() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try expectOK(cli.run(["init", "--demo"]))
        let people = try CLIRunner.json(try cli.run(["person", "list", "--json"])) as? [[String: Any]]
        #expect(people?.count == 5)
        let export = try cli.run(["export"])
        expectOK(export)
        let object = try #require(try CLIRunner.json(export) as? [String: Any])
        #expect(object.keys.contains { $0.lowercased().contains("ledger") })
        #expect(try cli.run(["init", "--demo"]).status == 1)
    }

    @Test("a file that is not a Yibao store is refused and left byte-for-byte unchanged")
    func foreignFileRefused() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try FileManager.default.createDirectory(
            atPath: (cli.storePath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let bytes = Data("hello, this is my shopping list\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: cli.storePath))
        let r = try cli.run(["balance"])
        #expect(r.status == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.storePath)) == bytes)
        #expect(!FileManager.default.fileExists(atPath: cli.storePath + "-wal"))
    }

    @Test("YIBAO_STORE and XDG_DATA_HOME choose the default store")
    func storeFromEnvironment() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let viaEnv = cli.directory.appendingPathComponent("env.sqlite").path
        try expectOK(cli.run(["init", "--lang", "en"], plain: true, environment: ["YIBAO_STORE": viaEnv]))
        #expect(FileManager.default.fileExists(atPath: viaEnv))
        try expectOK(cli.run(["init", "--lang", "en"], plain: true))
        #expect(FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent("xdg/yibao/yibao.sqlite").path))
    }

    @Test("a policy override folder replaces built-in rules, and a bad one names the file and line")
    func policyOverride() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let dir = cli.directory.appendingPathComponent("policy-override/policy")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "rules:\n  - effective_from: not-a-date\n".write(
            to: dir.appendingPathComponent("national.yaml"), atomically: true, encoding: .utf8)
        let r = try cli.run(["balance", "--policy-dir", cli.directory.appendingPathComponent("policy-override").path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("policy/national.yaml:"))
    }

    @Test("three processes writing the same store at once all succeed and lose nothing")
    func concurrentWriters() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        let rounds = 15
        let group = DispatchGroup()
        let failures = Failures()
        let writers = 3
        for _ in 0..<writers {
            group.enter()
            DispatchQueue.global().async {
                for _ in 0..<rounds {
                    if let r = try? cli.run(["credit", "--person", Self.me, "--amount", "1"]), r.status != 0 {
                        failures.add(r.stderr)
                    }
                }
                group.leave()
            }
        }
        group.wait()
        #expect(failures.all.isEmpty, "\(failures.all)")
        let balance = try CLIRunner.json(try cli.run(["balance", "--json"])) as? [String: Any]
        #expect(balance?["balance_fen"] as? Int == 100_000 + writers * rounds * 100)
    }

    @Test("a writer killed mid-change leaves a store that opens, passes integrity_check, and holds only whole changes")
    func killedWriter() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        // A complete demo store: how many ledger lines each person's whole "add" transaction writes.
        let complete = cli.directory.appendingPathComponent("complete.sqlite").path
        #expect(try CLIRunner.runRaw(["init", "--demo", "--store", complete, "--date", cli.date]).status == 0)
        let wholeCounts = try CLIRunner.sqlite(complete, "SELECT account || ':' || count(*) FROM ledger WHERE kind != 'relativeSpending' AND kind != 'ownSpending' OR note != '就医购药 / medical costs' GROUP BY account;")
        let expected = Set(wholeCounts.split(separator: "\n").map(String.init))
        var killedMidway = 0
        for round in 0..<8 {
            let path = cli.directory.appendingPathComponent("demo\(round).sqlite").path
            let writer = try Spawn.Child(
                [CLIRunner.binary.path, "init", "--demo", "--store", path, "--date", cli.date, "--lang", "en"])
            usleep(UInt32(20_000 + round * 15_000))
            writer.signal(SIGKILL)
            if writer.wait().signal != nil { killedMidway += 1 }
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let opened = try CLIRunner.runRaw(["person", "list", "--json", "--store", path, "--lang", "en"])
            #expect(opened.status == 0, "round \(round): \(opened.stderr)")
            #expect(try CLIRunner.sqlite(path, "PRAGMA integrity_check;").trimmingCharacters(in: .whitespacesAndNewlines) == "ok")
            let counts = try CLIRunner.sqlite(path, "SELECT account || ':' || count(*) FROM ledger WHERE kind != 'relativeSpending' AND kind != 'ownSpending' OR note != '就医购药 / medical costs' GROUP BY account;")
            for line in counts.split(separator: "\n") {
                #expect(expected.contains(String(line)), "round \(round): a person's ledger is partial: \(line)")
            }
        }
        #expect(killedMidway > 0, "no writer was killed before it finished; the test proved nothing")
    }

    @Test("the binary works from another folder with no source tree beside it")
    func installedBinary() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let installed = cli.directory.appendingPathComponent("bin/yibao")
        try FileManager.default.createDirectory(at: installed.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.binary, to: installed)
        let result = try Spawn.run(
            [installed.path, "rules", "family-aid", "--lang", "en"], directory: cli.directory.path)
        let text = result.stdout
        #expect(result.status == 0)
        #expect(text.lowercased().contains("local policy"))
    }
}

/// Collects failure messages from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}

/// Issue 13: Shanghai's insurance year (July to June, from regions.yaml) on the command line.
@Suite("Shanghai's insurance year on the command line")
struct InsuranceYearCLITests {
    static let shanghai = "310104198507090026"  // female, born 1985, Shanghai

    func balance(_ cli: inout CLIRunner, on date: String) throws -> [String: Any] {
        cli.date = date
        let r = try cli.run(["balance", "--person", Self.shanghai, "--json"])
        #expect(r.status == 0, "exit \(r.status); stderr: \(r.stderr)")
        return try #require(try CLIRunner.json(r) as? [String: Any])
    }

    @Test("balance counts this year and prior years by Shanghai's July year, across 30 June / 1 July and New Year")
    func julyYear() throws {
        var cli = try CLIRunner()
        defer { cli.cleanUp() }
        cli.date = "2025-03-01"
        let add = try cli.run([
            "person", "add", "--name", "张丽", "--id", Self.shanghai, "--scheme", "employee", "--region", "310000",
            "--balance", "1000", "--me",
        ])
        #expect(add.status == 0, "\(add.stderr)")
        cli.date = "2025-09-01"
        let credit = try cli.run(["credit", "--person", Self.shanghai, "--amount", "600"])
        #expect(credit.status == 0, "\(credit.stderr)")

        let june = try balance(&cli, on: "2026-06-30")
        #expect(june["year_start"] as? String == "2025-07-01")
        #expect(june["credits_this_year_fen"] as? Int == 60_000)
        #expect(june["prior_years_remaining_fen"] as? Int == 100_000)
        let july = try balance(&cli, on: "2026-07-01")
        #expect(july["year_start"] as? String == "2026-07-01")
        #expect(july["credits_this_year_fen"] as? Int == 0)
        #expect(july["prior_years_remaining_fen"] as? Int == 160_000)
        #expect(july["balance_fen"] as? Int == 160_000)
        // New Year does not turn Shanghai's year.
        for day in ["2025-12-31", "2026-01-01"] {
            let figures = try balance(&cli, on: day)
            #expect(figures["year_start"] as? String == "2025-07-01", "\(day)")
            #expect(figures["credits_this_year_fen"] as? Int == 60_000, "\(day)")
        }
        // The words say where the year began, in both languages.
        cli.date = "2026-06-30"
        cli.language = "en"
        let en = try cli.run(["balance", "--person", Self.shanghai])
        #expect(en.stdout.contains("This insurance year (医保年度) began on 2025-07-01"), "\(en.stdout)")
        cli.language = "zh-Hans"
        let zh = try cli.run(["balance", "--person", Self.shanghai])
        #expect(zh.stdout.contains("本医保年度从 2025-07-01 开始"), "\(zh.stdout)")
    }
}
