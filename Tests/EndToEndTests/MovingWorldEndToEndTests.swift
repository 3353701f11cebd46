import Foundation
import Testing
import TestSupport

/// The real app in tmux while the world moves: another process changes the store, a second app saves
/// the same payer order, the window shrinks under a question, Enter answers a question that removes.
@Suite("The app while the world moves", .serialized, .enabled(if: TmuxSession.isAvailable))
struct MovingWorldEndToEndTests {
    typealias Fixture = AppEndToEndTests.Fixture

    static let owner = "110105195603100015"
    static let mother = "110108192811050046"
    static let wife = "110105195808220029"
    static let son = "110105198304120036"
    static let daughter = "310104198507090026"

    /// The demo, where the owner's wife, son and daughter (a quota, from Shanghai) also pay for him: a
    /// payer order of three that two apps can disagree about.
    static func threePayers() throws -> Fixture {
        let fixture = try Fixture()
        try fixture.cli(["relatives", "add", "--payer", wife, "--beneficiary", owner, "--relation", "配偶"])
        try fixture.cli(["relatives", "add", "--payer", son, "--beneficiary", owner, "--relation", "父亲"])
        try fixture.cli([
            "relatives", "add", "--payer", daughter, "--beneficiary", owner, "--relation", "父亲", "--quota", "100",
        ])
        return fixture
    }

    @Test("a credit recorded on the command line shows on an open Balance screen by itself, with a calm note")
    func creditShowsByItself() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(arguments: ["--lang", "en"])
        defer { tmux.kill() }
        try tmux.waitFor("Payer order")
        try tmux.send("1")
        try tmux.waitFor("3,768.10")
        try fixture.cli(["credit", "--person", Self.owner, "--amount", "231.90", "--note", "from-elsewhere"])
        // No key: the loop's watch (once a second) reloads the balance and the ledger.
        let screen = try tmux.waitFor(timeout: 8) { $0.contains("4,000.00") && $0.contains("231.90") }
        #expect(screen.contains("Something was changed elsewhere; the screen is up to date."))
        #expect(!screen.contains("3,768.10"))
    }

    @Test("a relative removed and added again on the command line disappears and appears on the Relatives screen")
    func relativesFollowTheCommandLine() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(arguments: ["--lang", "en"])
        defer { tmux.kill() }
        try tmux.waitFor("Payer order")
        try tmux.send("2")
        try tmux.waitFor("李秀英")
        try fixture.cli(["relatives", "remove", "--payer", Self.owner, "--beneficiary", Self.wife])
        // She leaves the list of those you pay for; still in the household, she is under "Other relatives".
        try tmux.waitFor(timeout: 8) {
            !Self.youPayFor($0).contains("李秀英") && Self.others($0).contains("李秀英") && $0.contains("changed elsewhere")
        }
        try fixture.cli(["relatives", "add", "--payer", Self.owner, "--beneficiary", Self.wife, "--relation", "配偶"])
        try tmux.waitFor(timeout: 8) { Self.youPayFor($0).contains("李秀英") && !Self.others($0).contains("李秀英") }
    }

    /// The Relatives screen's "You pay for these relatives" section.
    static func youPayFor(_ screen: String) -> Substring {
        guard let start = screen.range(of: "You pay for these relatives") else { return "" }
        let end = screen.range(of: "These relatives pay for you", range: start.upperBound..<screen.endIndex)
        return screen[start.upperBound..<(end?.lowerBound ?? screen.endIndex)]
    }

    /// The Relatives screen's "Other relatives" section (empty when it is not shown).
    static func others(_ screen: String) -> Substring {
        guard let start = screen.range(of: "Other relatives") else { return "" }
        return screen[start.upperBound...]
    }

    @Test("two apps on one payer order: the second save is refused with the order in use, and S saves it over")
    func twoAppsOnePayerOrder() throws {
        let fixture = try Self.threePayers()
        defer { fixture.remove() }
        let first = try fixture.app(columns: 120, rows: 40, arguments: ["--lang", "en"])
        defer { first.kill() }
        let second = try fixture.app(columns: 120, rows: 40, arguments: ["--lang", "en"])
        for app in [first, second] {
            try app.waitFor("Payer order")
            try app.send("3")
            try app.waitFor("李秀英")
        }
        // Both start from 李秀英, 张伟, 张丽. The second moves 李秀英 later; it does not save yet.
        try second.send("D")
        try second.waitFor("Moved")
        // The first moves 张伟 later and saves: 李秀英, 张丽, 张伟.
        try first.send("Down")
        try first.send("D")
        try first.waitFor("Moved")
        try first.send("S")
        try first.waitFor("Save this order?")
        try first.send("y")
        try first.waitFor("Saved.")
        #expect(try fixture.cli(["payers", "show", "--beneficiary", Self.owner]).contains("3. 张丽"))

        // The second's save was decided on the order before: refused, the order in use now shown.
        try second.send("S")
        try second.waitFor("Save this order?")
        try second.send("y")
        let refused = try second.waitFor { $0.joined().contains("changed elsewhere meanwhile") }
        #expect(refused.contains("Not saved"))
        #expect(refused.joined().contains("The order in use now is: 李秀英, 张丽, 张伟."))
        #expect(refused.joined().contains("press S to save it over that one."))
        var shown = try fixture.cli(["payers", "show", "--beneficiary", Self.owner])
        #expect(shown.contains("2. 李秀英") && shown.contains("3. 张丽") && shown.contains("4. 张伟"))

        // Closed, the second's own order is still on the screen; one key saves it over the new one.
        try second.send("Enter")
        try second.waitFor { !$0.contains("[Not done]") }
        try second.send("S")
        try second.waitFor("Saved. Relatives now pay for 张建国 in this order: 张伟, 李秀英, 张丽.")
        shown = try fixture.cli(["payers", "show", "--beneficiary", Self.owner])
        #expect(shown.contains("2. 张伟") && shown.contains("3. 李秀英") && shown.contains("4. 张丽"))
        second.kill()
    }

    @Test("shrink, y, grow: the unbinding question is still open and the binding still exists")
    func tooSmallTakesNoKey() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try Self.askToEndMothersBinding(fixture)
        defer { tmux.kill() }
        try tmux.waitFor("End it?")
        try tmux.resize(columns: 60, rows: 20)
        try tmux.waitFor { !$0.contains("End it?") }
        try tmux.send("y")
        try tmux.send("q")
        try tmux.send("Enter")
        try tmux.resize(columns: 80, rows: 24)
        let screen = try tmux.waitFor("End it?")
        #expect(screen.contains("> [N] No"))
        #expect(!screen.contains("[exited"))
        let list = try fixture.cli(["relatives", "list"])
        #expect(list.contains("张建国 (110105********0015) pays for their mother 王桂兰"))
    }

    @Test("Enter on the unbinding question answers no: the binding still exists")
    func enterKeepsTheBinding() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try Self.askToEndMothersBinding(fixture)
        defer { tmux.kill() }
        try tmux.waitFor("> [N] No")
        try tmux.send("Enter")
        try tmux.waitFor("Nothing was changed.")
        let list = try fixture.cli(["relatives", "list"])
        #expect(list.contains("张建国 (110105********0015) pays for their mother 王桂兰"))
    }
    /// The app in English on Relatives, with the question to end the owner's binding to his mother open.
    static func askToEndMothersBinding(_ fixture: Fixture) throws -> TmuxSession {
        let tmux = try fixture.app(arguments: ["--lang", "en"])
        try tmux.waitFor("Payer order")
        try tmux.send("2")
        try tmux.waitFor("王桂兰")
        try tmux.send("x")
        return tmux
    }
}

extension String {
    /// The screen's lines joined without their breaks or the dialog's borders, for sentences that wrap.
    fileprivate func joined() -> String {
        split(separator: "\n").map { line in
            line.trimmingCharacters(in: CharacterSet(charactersIn: "│| ")).trimmingCharacters(in: .whitespaces)
        }.joined(separator: " ")
    }
}
