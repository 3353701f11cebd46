import Foundation
import Testing

/// `yibao person edit`, `person died`, `premium`, `credit --estimated`, `balance`'s honest figures.
@Suite("Life changes on the command line")
struct LifeEventCLITests {
    static let me = CLITests.me
    static let mother = CLITests.mother
    static let son = CLITests.son
    static let daughterShanghai = CLITests.daughterShanghai

    /// Me (¥10,000), my mother (resident), my son (¥2,000), my daughter in Shanghai (resident, quota ¥1,000).
    func family() throws -> CLIRunner {
        let cli = try CLIRunner()
        try ok(cli.run(["person", "add", "--name", "张建国", "--id", Self.me, "--scheme", "employee", "--region", "110000", "--balance", "10000", "--me"]))
        try ok(cli.run(["person", "add", "--name", "王桂兰", "--id", Self.mother, "--scheme", "resident", "--region", "110000"]))
        try ok(cli.run(["person", "add", "--name", "张伟", "--id", Self.son, "--scheme", "employee", "--region", "110000", "--balance", "2000"]))
        try ok(cli.run(["person", "add", "--name", "张丽", "--id", Self.daughterShanghai, "--scheme", "resident", "--region", "310000"]))
        try ok(cli.run(["relatives", "add", "--payer", Self.me, "--beneficiary", Self.mother, "--relation", "mother"]))
        try ok(cli.run(["relatives", "add", "--payer", Self.me, "--beneficiary", Self.daughterShanghai, "--relation", "daughter", "--quota", "1000"]))
        return cli
    }

    func ok(_ r: CLIRunner.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 0, "exit \(r.status); stderr: \(r.stderr)", sourceLocation: sourceLocation)
    }

    func bindings(_ cli: CLIRunner) throws -> [[String: Any]] {
        try CLIRunner.json(try cli.run(["relatives", "list", "--json"])) as? [[String: Any]] ?? []
    }

    @Test("person edit --region to another pooling area ends the binding; --json has the exact shape")
    func editMoveJSON() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        let r = try cli.run(["person", "edit", "--person", Self.daughterShanghai, "--region", "110105", "--json"])
        ok(r)
        let object = try #require(try CLIRunner.json(r) as? [String: Any])
        #expect(Set(object.keys) == ["person", "ended"])
        #expect(object["person"] as? String == Self.daughterShanghai)
        let ended = try #require(object["ended"] as? [[String: Any]])
        #expect(ended.count == 1)
        #expect(Set(ended[0].keys) == ["payer", "beneficiary", "quota_returned_fen"])
        #expect(ended[0]["payer"] as? String == Self.me)
        #expect(ended[0]["beneficiary"] as? String == Self.daughterShanghai)
        #expect(ended[0]["quota_returned_fen"] as? Int == 100_000)
        #expect(try bindings(cli).count == 1)
    }

    @Test("A move inside Beijing ends nothing, and the text says so")
    func moveInsideBeijing() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        let r = try cli.run(["person", "edit", "--person", Self.mother, "--region", "110108"])
        ok(r)
        #expect(r.stdout.contains("No binding ended."))
        #expect(try bindings(cli).count == 2)
    }

    @Test("person edit --scheme none ends the mother's binding and says so in words")
    func insuranceStops() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        let r = try cli.run(["person", "edit", "--person", Self.mother, "--scheme", "none"])
        ok(r)
        #expect(r.stdout.contains("Ended: 张建国 → 王桂兰 (insurance stopped)"))
        #expect(try bindings(cli).count == 1)
    }

    @Test("person died ends all bindings with the quota returned; later edits, payments and bindings are refused")
    func died() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        let r = try cli.run(["person", "died", "--person", Self.me, "--json"])
        ok(r)
        let object = try #require(try CLIRunner.json(r) as? [String: Any])
        let ended = try #require(object["ended"] as? [[String: Any]])
        #expect(ended.count == 2)
        #expect(ended.compactMap { $0["quota_returned_fen"] as? Int }.sorted() == [0, 100_000])
        let edit = try cli.run(["person", "edit", "--person", Self.me, "--name", "张建华"])
        #expect(edit.status == 1)
        #expect(edit.stderr.contains("death on 2026-11-22 is recorded"))
        #expect(try cli.run(["pay", "--beneficiary", Self.me, "--amount", "10"]).status == 1)
        #expect(try cli.run(["relatives", "add", "--payer", Self.me, "--beneficiary", Self.mother, "--relation", "mother"]).status == 1)
        let balance = try cli.run(["balance"])
        ok(balance)
        #expect(balance.stdout.contains("¥10,000.00"))
        #expect(balance.stdout.contains("inheritance"))
    }

    @Test("Bad input writes nothing: an unknown region, a death before birth or after today, a zero premium, an implausible base")
    func badInput() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        let before = try CLIRunner.sqlite(cli.storePath, "SELECT count(*) FROM audit")
        let region = try cli.run(["person", "edit", "--person", Self.mother, "--region", "990000"])
        #expect(region.status == 1)
        #expect(region.stderr.contains("not a region code"))
        var early = cli
        early.date = "1920-01-01"
        let beforeBirth = try early.run(["person", "died", "--person", Self.mother])
        #expect(beforeBirth.status != 0 && !beforeBirth.stderr.isEmpty)
        var late = cli
        late.date = "2999-01-01"
        #expect(try late.run(["person", "died", "--person", Self.mother]).stderr.contains("after today"))
        let zero = try cli.run(["premium", "--payer", Self.me, "--beneficiary", Self.mother, "--relation", "mother", "--amount", "0"])
        #expect(zero.status == 1)
        let base = try cli.run(["person", "edit", "--person", Self.me, "--contribution-base", "3"])
        #expect(base.status == 1)
        #expect(base.stderr.contains("not a plausible monthly base"))
        #expect(try CLIRunner.sqlite(cli.storePath, "SELECT count(*) FROM audit") == before)
    }

    @Test("premium pays an uninsured relative's premium; not for an in-law, nor beyond the balance")
    func premium() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        ok(try cli.run(["person", "edit", "--person", Self.mother, "--scheme", "none"]))
        let r = try cli.run(["premium", "--payer", Self.me, "--beneficiary", Self.mother, "--relation", "mother", "--amount", "400", "--year", "2027"])
        ok(r)
        #expect(r.stdout.contains("premium for 2027"))
        let ledger = try cli.run(["ledger", "--json"])
        #expect(ledger.stdout.contains("premium for 2027: 王桂兰"))
        let inLaw = try cli.run(["premium", "--payer", Self.son, "--beneficiary", Self.mother, "--relation", "wife's mother", "--amount", "10"])
        #expect(inLaw.status != 0)
        let beyond = try cli.run(["premium", "--payer", Self.me, "--beneficiary", Self.mother, "--relation", "mother", "--amount", "99999"])
        #expect(beyond.status == 1)
        #expect(beyond.stderr.contains("more than"))
        #expect(try cli.run(["pay", "--beneficiary", Self.mother, "--amount", "50", "--json"]).stdout.contains("\"parts\":[]"))
    }

    @Test("credit --estimated records the month's credit from the base once, with the rule and source; --json exact")
    func estimated() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        let missing = try cli.run(["credit", "--person", Self.me, "--estimated"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("contribution base is not recorded"))
        ok(try cli.run(["person", "edit", "--person", Self.me, "--contribution-base", "8000"]))
        let r = try cli.run(["credit", "--person", Self.me, "--estimated", "--month", "2026-10", "--json"])
        ok(r)
        let object = try #require(try CLIRunner.json(r) as? [String: Any])
        #expect(Set(object.keys) == ["person", "month", "amount_fen", "estimated"])
        #expect(object["month"] as? String == "2026-10")
        #expect(object["amount_fen"] as? Int == 16_000)
        #expect(object["estimated"] as? Bool == true)
        let again = try cli.run(["credit", "--person", Self.me, "--estimated", "--month", "2026-10"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already has a credit"))
        let text = try cli.run(["credit", "--person", Self.me, "--estimated"])
        ok(text)
        #expect(text.stdout.contains("2026-11") && text.stdout.contains("Source:"))
    }

    @Test("person add takes --retired and --contribution-base; a retiree's estimate follows the retirees' table")
    func retiredOnAdd() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        ok(try cli.run(["person", "add", "--name", "张老", "--id", "110105194501010014", "--scheme", "employee", "--region", "110105", "--retired", "2005-01-01"]))
        let r = try cli.run(["credit", "--person", "110105194501010014", "--estimated", "--json"])
        ok(r)
        #expect((try CLIRunner.json(r) as? [String: Any])?["amount_fen"] as? Int == 11_000)
    }

    @Test("balance says the figures are the person's own records, when last updated, and how to check the real balance")
    func honestBalance() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        let r = try cli.run(["balance"])
        ok(r)
        #expect(r.stdout.contains("your own records"))
        #expect(r.stdout.contains("12393"))
        #expect(r.stdout.contains("医保服务平台"))
        #expect(r.stdout.contains("社保卡's bank account is not"))
        let json = try #require(try CLIRunner.json(try cli.run(["balance", "--json"])) as? [String: Any])
        #expect(json["own_records"] as? Bool == true)
        #expect((json["last_updated"] as? String)?.count == 10)
    }
}
