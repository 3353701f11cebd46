import Foundation
import Testing
import TestSupport

/// The four journeys of the terminal app, done as a person would: real binary, real terminal, real keys,
/// on a store made with the command line; what was saved is read back with the command line.
@Suite("Journeys in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable))
struct JourneyEndToEndTests {
    typealias Fixture = AppEndToEndTests.Fixture
    static let mother = "110108192811050046"
    static let son = "110105198304120036"
    static let owner = AppEndToEndTests.owner

    @Test("see a balance: 1 opens it with the amount as text, the ledger pages down, Esc goes home")
    func seeBalance() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app()
        defer { tmux.kill() }
        // The demo's ledger is dated from today, so its balance depends on the day: ask the command line.
        let amount = try Self.balanceText(fixture)
        try tmux.waitFor("Payer order")
        try tmux.send("1")
        let balance = try tmux.waitFor(amount)
        #expect(balance.contains("Balance"))
        #expect(balance.contains("2026") || balance.contains("20"))
        try tmux.send("NPage")
        try tmux.send("End")
        try tmux.waitFor { $0.contains(amount) }
        try tmux.send("Escape")
        try tmux.waitFor("Payer order")
    }

    @Test("add a relative: the form, a one-sentence confirmation, and the binding is in the store")
    func addRelative() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app()
        defer { tmux.kill() }
        try Self.openAddRelativeForm(tmux)
        try tmux.send("张建民", literal: true)
        try tmux.send("Tab")
        try tmux.send("110105195001020018", literal: true)
        try tmux.send("Tab")
        for _ in 0..<6 { try tmux.send("Right") }  // (please choose) → … → elder brother
        try tmux.waitFor("elder brother")
        for _ in 0..<3 { try tmux.send("Tab") }  // insurance, region, then the button
        try tmux.send("Enter")
        let confirm = try tmux.waitFor("Please confirm")
        #expect(confirm.contains("张建民"))
        #expect(confirm.contains("110105********0018"), "the confirmation does not restate the masked ID")
        try tmux.send("y")
        try tmux.waitFor { $0.contains("You pay for these relatives (4)") }
        let listed = try fixture.cli(["relatives", "list"])
        #expect(listed.contains("张建民"))
        #expect(listed.contains("elder brother"))
    }

    @Test("add a relative who is not a near relative: every reason in words, nothing saved")
    func addRelativeRefused() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let before = try fixture.cli(["relatives", "list"])
        let tmux = try fixture.app()
        defer { tmux.kill() }
        try Self.openAddRelativeForm(tmux)
        try tmux.send("刘岳父", literal: true)
        try tmux.send("Tab")
        try tmux.send("110102193803050018", literal: true)
        try tmux.send("Tab")
        try tmux.send("Enter")  // open the list
        try tmux.waitFor("Type Chinese, pinyin or English")
        for _ in 0..<22 { try tmux.send("Down") }  // to "wife's father"
        try tmux.send("Enter")
        try tmux.waitFor("wife's father")
        for _ in 0..<3 { try tmux.send("Tab") }
        try tmux.send("Enter")
        let refused = try tmux.waitFor(timeout: 10) { $0.contains("Cannot bind") || $0.contains("[!]") && $0.contains("near relative") }
        #expect(refused.lowercased().contains("near relative"), "the refusal does not say why:\n\(refused)")
        #expect(!refused.contains("E0") && !refused.lowercased().contains("error code"))
        #expect(try fixture.cli(["relatives", "list"]) == before)
    }

    @Test("reorder payers: move one down, save after confirming, and the command line sees the new order")
    func reorderPayers() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app()
        defer { tmux.kill() }
        try Self.openPayerOrder(tmux, of: "王桂兰")  // the mother, who has two payers
        let example = try tmux.waitFor("Example")
        #expect(example.contains("¥300.00"))
        try tmux.send("d")  // the first payer (张建国) moves below 张伟
        try tmux.waitFor("moved")
        try tmux.send("s")
        try tmux.waitFor { $0.contains("[Y]") }
        try tmux.send("y")
        try tmux.waitFor { !$0.contains("[Not saved]") && !$0.contains("[Y]") }
        let json = try fixture.cli(["payers", "show", "--beneficiary", Self.mother, "--json"])
        #expect(json.contains("\"order\":[\"\(Self.son)\",\"\(Self.owner)\"]"), "saved order was \(json)")
    }

    @Test(
        "on a read-only disk the app shows everything, says on every screen that nothing can be saved, refuses a change in words and changes no byte",
        .enabled(if: TmpfsMount.available))
    func readOnlyDisk() throws {
        let mount = try #require(TmpfsMount.mount(kilobytes: 16384))
        defer { mount.unmount() }
        let fixture = try Fixture(parent: URL(fileURLWithPath: mount.path))
        let before = try fixture.cli(["payers", "show", "--beneficiary", Self.mother, "--json"])
        let bytes = FileManager.default.contents(atPath: fixture.store)
        #expect(mount.remountReadOnly())
        let tmux = try fixture.app(arguments: ["--lang", "en"])
        defer { tmux.kill() }
        let home = try tmux.waitFor("Payer order")
        #expect(home.contains("[Note] Read-only: you can look, but changes cannot be saved."), "\(home)")
        try tmux.send("1")
        let balance = try tmux.waitFor("¥3,768.10")
        #expect(balance.components(separatedBy: "\n")[0].contains("[Read-only]"), "Balance's title bar:\n\(balance)")
        try tmux.send("Escape")
        try Self.openPayerOrder(tmux, of: "王桂兰")
        try tmux.send("d")
        try tmux.waitFor("moved")
        try tmux.send("s")
        try tmux.waitFor { $0.contains("[Y]") }
        try tmux.send("y")
        let refused = try tmux.waitFor { $0.contains("may not be written") }
        #expect(refused.contains("Nothing was saved"), "\(refused)")
        try tmux.send("Escape")
        try tmux.send("Escape")
        try tmux.waitFor("Payer order")
        // The command line adds its read-only note (stderr) to the same order.
        let after = try fixture.cli(["payers", "show", "--beneficiary", Self.mother, "--json"])
        #expect(after.contains(before.trimmingCharacters(in: .whitespacesAndNewlines)), "\(after)")
        #expect(FileManager.default.contents(atPath: fixture.store) == bytes)
    }

    @Test("Esc on the payer order leaves without saving and says so")
    func reorderThenLeave() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let before = try fixture.cli(["payers", "show", "--beneficiary", Self.mother, "--json"])
        let tmux = try fixture.app()
        defer { tmux.kill() }
        try tmux.waitFor("Payer order")
        try tmux.send("3")
        try tmux.waitFor("Who pays when")
        try tmux.send("d")
        try tmux.waitFor("moved")
        try tmux.send("Escape")
        try tmux.waitFor { $0.contains("Withdrawal rules") && $0.lowercased().contains("not saved") }
        #expect(try fixture.cli(["payers", "show", "--beneficiary", Self.mother, "--json"]) == before)
    }

    @Test("answer the questionnaire: the cases for the person's region, or plainly that cash is not allowed")
    func questionnaire() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app()
        defer { tmux.kill() }
        try tmux.waitFor("Payer order")
        try tmux.send("4")
        try tmux.waitFor("Which rules apply to me?")
        try tmux.send("w")
        try tmux.waitFor("Question 1")
        #expect(try tmux.screen().contains("Beijing"))
        // Yes to the question about a relative who has died, no to anything else.
        var result = try tmux.screen()
        var steps = 0
        while !result.contains("What applies to you") && steps < 10 {
            try tmux.send(result.contains("has died") ? "y" : "n")
            let previous = result
            result = try tmux.waitFor { $0 != previous }
            steps += 1
        }
        #expect(result.contains("bank account"), "the result was:\n\(result)")
        try tmux.send("w")
        try tmux.waitFor("Question 1")
        var screen = try tmux.screen()
        var answered = 0
        // No to every question: there is no question about cash for an illness; the result says it plainly.
        while !screen.contains("What applies to you") && answered < 10 {
            try tmux.send("n")
            let previous = screen
            screen = try tmux.waitFor { $0 != previous }
            answered += 1
        }
        #expect(screen.contains("cannot be taken out as cash"), "the result was:\n\(screen)")
        #expect(screen.contains("not for an illness or a hospital stay"), "the result was:\n\(screen)")
        #expect(answered <= 5, "no path takes more than five questions; this one took \(answered)")
    }

    @Test("resizing in the middle of the form keeps what was typed")
    func resizeMidForm() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app()
        defer { tmux.kill() }
        try Self.openAddRelativeForm(tmux)
        try tmux.send("张建民", literal: true)
        try tmux.send("Tab")
        try tmux.send("11010519500102", literal: true)
        try tmux.resize(columns: 120, rows: 40)
        try tmux.waitFor { $0.contains("张建民") && $0.contains("11010519500102") && ($0.split(separator: "\n").first?.count ?? 0) > 100 }
        try tmux.resize(columns: 60, rows: 20)
        try tmux.waitFor("too small")
        try tmux.resize(columns: 80, rows: 24)
        try tmux.waitFor { $0.contains("张建民") && $0.contains("11010519500102") }
        try tmux.send("0018", literal: true)
        try tmux.waitFor("110105195001020018")
    }

    /// The owner's balance as the app shows it (`¥3,768.10`), read with `yibao balance --json`.
    static func balanceText(_ fixture: Fixture) throws -> String {
        let json = try fixture.cli(["balance", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        guard let fen = object?["balance_fen"] as? Int, fen >= 0 else { throw E2E.Failed(message: "no balance in \(json)") }
        var yuan = String(fen / 100)
        var grouped = ""
        while yuan.count > 3 {
            grouped = "," + yuan.suffix(3) + grouped
            yuan = String(yuan.dropLast(3))
        }
        let cents = fen % 100
        return "¥" + yuan + grouped + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// From Home, opens the payer order and pages (P) to the order of the person named `name`.
    static func openPayerOrder(_ tmux: TmuxSession, of name: String) throws {
        try tmux.waitFor("Payer order")
        try tmux.send("3")
        try tmux.waitFor("Who pays when")
        for _ in 0..<4 {
            if (try? tmux.waitFor(timeout: 1) { $0.contains("Who pays when \(name)") }) != nil { return }
            try tmux.send("p")
        }
        try tmux.waitFor("Who pays when \(name)")
    }

    /// From Home, opens Relatives and then the add-a-relative form.
    static func openAddRelativeForm(_ tmux: TmuxSession) throws {
        try tmux.waitFor("Payer order")
        try tmux.send("2")
        try tmux.waitFor("You pay for these relatives")
        try tmux.send("a")
        try tmux.waitFor("Add a relative")
    }
}
