import Foundation
import Testing
import TestSupport

/// Life changes in a real terminal: edit a relative, record a death, pay a premium, and the demo kept
/// apart from a fresh home's own store. Needs tmux; where CI is set, runs (and fails) without it.
@Suite(
    "Life changes in a real terminal", .serialized,
    .enabled(if: TmuxSession.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil))
struct LifeEndToEndTests {
    typealias Fixture = AppEndToEndTests.Fixture
    static let mother = "110108192811050046"
    static let daughter = "310104198507090026"
    /// Not in the demo: the owner's father, added on the command line, not insured and never bound.
    static let father = "110105193004150118"

    func json(_ fixture: Fixture, _ arguments: [String]) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(try fixture.cli(arguments + ["--json"]).utf8))
    }

    @Test("Relatives, Enter, 1: a corrected name is saved and the old one kept as a dated event")
    func editRelative() throws {
        #expect(TmuxSession.isAvailable, "tmux is needed")
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(arguments: ["--lang", "en"])
        defer { tmux.kill() }
        try tmux.waitFor("Payer order")
        try tmux.send("2")
        try tmux.waitFor("You pay for these relatives")
        try tmux.send("Enter")
        try tmux.waitFor("Record a death")
        try tmux.send("1")
        try tmux.waitFor("Check and save")
        try tmux.send("C-u")
        try tmux.send("王桂英", literal: true)
        // Name, insurance, region, retirement, base, the day (today), then the button.
        for _ in 0..<6 { try tmux.send("Tab") }
        try tmux.send("Enter")
        try tmux.waitFor("No binding ends")
        try tmux.send("y")
        try tmux.waitFor("Saved")
        let people = try #require(try json(fixture, ["person", "list"]) as? [[String: Any]])
        #expect(people.contains { $0["id"] as? String == Self.mother && $0["name"] as? String == "王桂英" })
        let export = try #require(try JSONSerialization.jsonObject(with: Data(try fixture.cli(["export"]).utf8)) as? [String: Any])
        let events = try #require(export["personEvents"] as? [[String: Any]])
        #expect(events.contains { $0["field"] as? String == "name" && $0["oldValue"] as? String == "王桂兰" })
        try tmux.send("q")
    }

    @Test("Relatives, the daughter, 3: a death ends her quota binding and gives the quota back")
    func recordDeath() throws {
        #expect(TmuxSession.isAvailable, "tmux is needed")
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(arguments: ["--lang", "en"])
        defer { tmux.kill() }
        try tmux.waitFor("Payer order")
        try tmux.send("2")
        try tmux.waitFor("You pay for these relatives")
        try tmux.send("Down")
        try tmux.send("Down")
        try tmux.send("Enter")
        try tmux.waitFor("Relative: 张丽")
        try tmux.send("3")
        // The day of the death, today unless changed: Enter moves to "Check and save", Enter again.
        try tmux.waitFor("Died on")
        try tmux.send("Enter")
        try tmux.send("Enter")
        try tmux.waitFor("inheritance")
        try tmux.send("y")
        try tmux.waitFor("Saved")
        let bindings = try #require(try json(fixture, ["relatives", "list"]) as? [[String: Any]])
        #expect(!bindings.contains { $0["beneficiary"] as? String == Self.daughter })
        try tmux.send("q")
    }

    @Test("Relatives, the mother, 4: a premium is paid from the owner's account and named in the ledger")
    func payPremium() throws {
        #expect(TmuxSession.isAvailable, "tmux is needed")
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(arguments: ["--lang", "en"])
        defer { tmux.kill() }
        try tmux.waitFor("Payer order")
        try tmux.send("2")
        try tmux.waitFor("You pay for these relatives")
        try tmux.send("Enter")
        try tmux.waitFor("Record a death")
        try tmux.send("4")
        try tmux.waitFor("Premium (yuan)")
        try Self.payPremium300(tmux, fixture: fixture, for: "王桂兰")
    }

    @Test("Relatives, Other relatives: a premium is paid for an uninsured father who was never bound, choosing the relation on the form")
    func premiumForUnboundFather() throws {
        #expect(TmuxSession.isAvailable, "tmux is needed")
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.cli(["person", "add", "--name", "张德福", "--id", Self.father, "--scheme", "none", "--region", "110105"])
        let tmux = try fixture.app(arguments: ["--lang", "en"])
        defer { tmux.kill() }
        try tmux.waitFor("Payer order")
        try tmux.send("2")
        try tmux.waitFor("Other relatives, not bound to you now")
        // The other relatives are listed by name after the bindings: 张伟 (not bound to the owner), 张德福.
        try tmux.send("End")
        try tmux.waitFor("> 张德福")
        try tmux.send("Enter")
        try tmux.waitFor("Relative: 张德福")
        try tmux.send("4")
        try tmux.waitFor("Choose the relation")
        try tmux.send("father", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("< father >")
        try tmux.send("Tab")
        try Self.payPremium300(tmux, fixture: fixture, for: "张德福")
    }

    /// On the premium form with the amount focused: types ¥300, passes the year and the day paid (today),
    /// saves, confirms, and checks the ledger line names `name` and the year.
    static func payPremium300(_ tmux: TmuxSession, fixture: Fixture, for name: String) throws {
        try tmux.send("300", literal: true)
        for _ in 0..<3 { try tmux.send("Tab") }
        try tmux.send("Enter")
        try tmux.waitFor("premium for 2026")
        try tmux.send("y")
        try tmux.waitFor("Paid ¥300.00")
        let ledger = try fixture.cli(["ledger", "--limit", "3"])
        #expect(ledger.contains("premium for 2026: \(name)"))
        try tmux.send("q")
    }

    @Test("From a fresh home: the demo opens apart with [Demo] on top, leaving it returns to the first run, and the person's store stays empty")
    func demoApart() throws {
        #expect(TmuxSession.isAvailable, "tmux is needed")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("yibao-e2e-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let data = home.appendingPathComponent("data")
        let environment = ["HOME": home.path, "XDG_DATA_HOME": data.path]
        let command = [E2E.binary.path, "--lang", "en", "--date", Fixture.today].map(TmuxSession.quote).joined(separator: " ")
        let tmux = try TmuxSession(command: "env -u YIBAO_STORE " + command, environment: environment, directory: home)
        defer { tmux.kill() }
        try tmux.waitFor("Open the demo household")
        try tmux.send("2")
        try tmux.send("y")
        let demo = try tmux.waitFor("Payer order")
        #expect(demo.split(separator: "\n").first?.contains("[Demo]") == true)
        #expect(demo.contains("张建国"))
        try tmux.send("q")
        try tmux.waitFor("Leave the demo household?")
        try tmux.send("y")
        try tmux.waitFor("Open the demo household")
        try tmux.send("q")
        try tmux.send("y")
        try tmux.waitFor("[exited:0]")
        let store = data.appendingPathComponent("yibao/yibao.sqlite").path
        let text = try Spawn.run([E2E.binary.path, "person", "list", "--json", "--store", store]).stdout
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    @Test("yibao demo opens the demo apart and leaves no store in a fresh home")
    func demoCommand() throws {
        #expect(TmuxSession.isAvailable, "tmux is needed")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("yibao-e2e-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let data = home.appendingPathComponent("data")
        let command = [E2E.binary.path, "demo", "--lang", "en", "--date", Fixture.today].map(TmuxSession.quote)
            .joined(separator: " ")
        let tmux = try TmuxSession(
            command: "env -u YIBAO_STORE " + command, environment: ["HOME": home.path, "XDG_DATA_HOME": data.path],
            directory: home)
        defer { tmux.kill() }
        let screen = try tmux.waitFor("Payer order")
        #expect(screen.contains("[Demo]"))
        try tmux.send("q")
        try tmux.send("y")
        try tmux.waitFor("[exited:0]")
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("yibao/yibao.sqlite").path))
    }
}
