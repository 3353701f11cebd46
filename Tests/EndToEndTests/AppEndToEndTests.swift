import Foundation
import Testing
import TestSupport

/// The real `yibao` binary in a real terminal (tmux): what a person sees and does.
@Suite("The app in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable))
struct AppEndToEndTests {
    static let owner = "110105195603100015"

    /// A temporary folder with a store made by the command line.
    struct Fixture {
        /// "Today" for every command and the app: the demo's ledger is dated back from today (a credit
        /// on the 5th of each month), so the figures a test expects must not depend on the real date.
        static let today = "2026-06-30"
        let directory: URL
        var store: String { directory.appendingPathComponent("yibao.sqlite").path }

        /// A new folder under `parent` (a test's own file system, for example) holding the store.
        init(demo: Bool = true, parent: URL = FileManager.default.temporaryDirectory) throws {
            directory = parent.appendingPathComponent("yibao-e2e-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            if demo { try cli(["init", "--demo"]) }
        }

        @discardableResult
        func cli(_ arguments: [String]) throws -> String {
            let result = try Spawn.run(
                [E2E.binary.path] + arguments + ["--store", store, "--lang", "en", "--date", Self.today])
            let text = result.stdout + result.stderr
            guard result.status == 0 else { throw E2E.Failed(message: text) }
            return text
        }

        /// Starts the app on this store in tmux.
        func app(
            columns: Int = 80, rows: Int = 24, environment: [String: String] = [:], arguments: [String] = []
        ) throws -> TmuxSession {
            let command = ([E2E.binary.path, "--store", store, "--date", Self.today] + arguments).map(TmuxSession.quote).joined(separator: " ")
            return try TmuxSession(
                command: command, columns: columns, rows: rows, environment: environment, directory: directory)
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    @Test("the app opens on Home in Chinese for LANG=zh_CN.UTF-8, even where that locale is not installed")
    func opensInChinese() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(environment: ["LANG": "zh_CN.UTF-8"])
        defer { tmux.kill() }
        let screen = try tmux.waitFor("亲属共济")
        #expect(screen.contains("余额"))
        #expect(screen.contains("扣款顺序"))
        #expect(screen.contains("提取规则"))
        #expect(screen.contains("张建国"))
        #expect(screen.contains("[Q] 退出"))
        #expect(screen.contains("帮助"))
    }

    @Test("English by default, L switches language at once, and the choice is remembered next time")
    func languageSwitchRemembered() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        do {
            let tmux = try fixture.app()
            defer { tmux.kill() }
            try tmux.waitFor("Payer order")
            try tmux.send("L")
            try tmux.waitFor("扣款顺序")
            try tmux.send("q")
            try tmux.waitFor("要退出医保吗")
            try tmux.send("y")
            try tmux.waitFor("[exited:0]")
        }
        let again = try fixture.app()
        defer { again.kill() }
        try again.waitFor("扣款顺序")
    }

    @Test("Esc is answered at once, ? and F1 open help, and q asks before quitting")
    func helpBackAndQuit() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app()
        defer { tmux.kill() }
        try tmux.waitFor("Payer order")
        try tmux.send("?")
        try tmux.waitFor("What the words mean")
        let started = Date()
        try tmux.send("Escape")
        try tmux.waitFor(timeout: 2) { !$0.contains("What the words mean") }
        #expect(Date().timeIntervalSince(started) < 0.9, "Esc took as long as ncurses' default delay")
        try tmux.send("F1")
        try tmux.waitFor("What the words mean")
        try tmux.send("Escape")
        try tmux.send("q")
        try tmux.waitFor("Leave Yibao now?")
        try tmux.send("n")
        try tmux.waitFor { !$0.contains("Leave Yibao now?") && $0.contains("Payer order") }
        try tmux.send("q")
        try tmux.send("y")
        try tmux.waitFor("[exited:0]")
    }

    @Test("a window smaller than 80x24 shows one clear message until it grows back")
    func tooSmallThenRecovers() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app()
        defer { tmux.kill() }
        try tmux.waitFor("Payer order")
        try tmux.resize(columns: 60, rows: 20)
        let small = try tmux.waitFor("too small")
        #expect(small.contains("80"))
        try tmux.resize(columns: 100, rows: 30)
        try tmux.waitFor("Payer order")
    }

    @Test("a non-UTF-8 locale gets an English, ASCII-only screen with no mojibake")
    func asciiLocale() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(environment: ["LANG": "C", "LC_ALL": "C"])
        defer { tmux.kill() }
        let screen = try tmux.waitFor("Payer order")
        #expect(screen.contains("+----"))
        #expect(!screen.contains("┌"))
        for scalar in screen.unicodeScalars {
            #expect(scalar.isASCII, "non-ASCII \(scalar) on an ASCII screen")
            if !scalar.isASCII { break }
        }
    }

    @Test("arrows and F1 work in the forms xterm, PuTTY and the Linux console send")
    func arrowForms() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app()
        defer { tmux.kill() }
        try tmux.waitFor("> [1]")
        try tmux.sendHex(["1b", "5b", "42"])  // ESC [ B
        try tmux.waitFor("> [2]")
        try tmux.sendHex(["1b", "4f", "42"])  // ESC O B
        try tmux.waitFor("> [3]")
        try tmux.sendHex(["1b", "4f", "41"])  // ESC O A
        try tmux.waitFor("> [2]")
        try tmux.sendHex(["1b", "4f", "50"])  // F1 as ESC O P (xterm, tmux)
        try tmux.waitFor("What the words mean")
        try tmux.send("Escape")
        try tmux.waitFor("> [2]")
        try tmux.sendHex(["1b", "5b", "31", "31", "7e"])  // F1 as ESC [ 1 1 ~ (PuTTY, rxvt)
        try tmux.waitFor("What the words mean")
        try tmux.send("Escape")
        try tmux.sendHex(["1b", "5b", "5b", "41"])  // F1 as ESC [ [ A (Linux console)
        try tmux.waitFor("What the words mean")
    }

    @Test("a name with escape sequences is drawn inert and never reaches the terminal")
    func hostileName() throws {
        let fixture = try Fixture(demo: false)
        defer { fixture.remove() }
        try fixture.cli([
            "person", "add", "--name", "\u{1B}]0;PWNED\u{07}\u{1B}[2J王\u{202E}五", "--id", Self.owner,
            "--scheme", "employee", "--region", "110000", "--balance", "100", "--me",
        ])
        let tmux = try fixture.app()
        defer { tmux.kill() }
        let screen = try tmux.waitFor("Payer order")
        #expect(screen.contains("^["))
        #expect(screen.contains("<U+202E>"))
        let title = try tmux.tmux(["display-message", "-p", "-t", tmux.name, "#{pane_title}"])
        #expect(!title.contains("PWNED"))
    }

    @Test("Ctrl-C leaves cleanly and gives the terminal back")
    func controlC() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app()
        defer { tmux.kill() }
        try tmux.waitFor("Payer order")
        try tmux.send("C-c")
        let after = try tmux.waitFor("[exited:0]")
        #expect(!after.contains("Payer order"), "the app's screen is still there after it left")
        let mode = try tmux.tmux(["display-message", "-p", "-t", tmux.name, "#{alternate_on}"])
        #expect(mode.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test("a dropped connection (SIGHUP) ends the app cleanly")
    func hangUp() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app()
        defer { tmux.kill() }
        try tmux.waitFor("Payer order")
        let pid = try tmux.tmux(["display-message", "-p", "-t", tmux.name, "#{pane_pid}"])
        _ = pid
        let yibao = try E2E.pids(named: "yibao", storeArgument: fixture.store)
        #expect(!yibao.isEmpty)
        for p in yibao { kill(p, SIGHUP) }
        try tmux.waitFor("[exited:")
        #expect(try fixture.cli(["person", "list"]).contains("张建国"))
    }

    @Test(
        "the app works on common terminal types, with and without colour",
        arguments: [
            ["TERM": "linux"], ["TERM": "vt100"], ["TERM": "screen-256color"], ["TERM": "xterm"],
            ["TERM": "xterm-256color", "NO_COLOR": "1"],
        ])
    func terminalTypes(environment: [String: String]) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(environment: environment)
        defer { tmux.kill() }
        try tmux.waitFor("> [1]")
        try tmux.send("Down")
        try tmux.waitFor("> [2]")
        try tmux.send("2")
        try tmux.waitFor("You pay for these relatives")
        try tmux.send("Escape")
        try tmux.waitFor("Payer order")
    }

    @Test("a terminal that cannot show full screens gets a clear message and a clean exit", arguments: ["dumb", "nosuchterm"])
    func unusableTerminal(term: String) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(environment: ["TERM": term])
        defer { tmux.kill() }
        let screen = try tmux.waitFor("[exited:1]")
        #expect(screen.contains("\"\(term)\""), "the message does not name the terminal type")
        #expect(screen.contains("TERM"))
    }

    @Test("an empty store offers set-up or the demo; the demo opens Home, apart from the person's store")
    func firstRunDemo() throws {
        let fixture = try Fixture(demo: false)
        defer { fixture.remove() }
        let tmux = try fixture.app()
        defer { tmux.kill() }
        let screen = try tmux.waitFor("Open the demo household")
        #expect(screen.contains("Set up my account"))
        try tmux.send("2")
        try tmux.waitFor("Open it?")
        try tmux.send("y")
        let home = try tmux.waitFor("Payer order")
        #expect(home.contains("[Demo]"))
        // Issue 18: the demo opens in a store of its own; the person's store stays empty.
        #expect(!(try fixture.cli(["person", "list"]).contains("张建国")))
    }

    @Test("on an empty store, setting up my account saves me after one confirmation and opens Home")
    func firstRunSetUp() throws {
        let fixture = try Fixture(demo: false)
        defer { fixture.remove() }
        let tmux = try fixture.app()
        defer { tmux.kill() }
        try tmux.waitFor("Set up my account")
        try tmux.send("1")
        try tmux.waitFor("Please fill in your own details")
        try tmux.send("赵淑芬", literal: true)
        try tmux.send("Tab")
        try tmux.send(Self.owner, literal: true)
        try tmux.send("Tab")
        try tmux.send("Tab")  // employee insurance, as it is
        try tmux.send("Right")  // the first region in the list
        try tmux.send("Tab")
        try tmux.send("1234.50", literal: true)
        try tmux.send("Tab")
        try tmux.send("Enter")
        let confirm = try tmux.waitFor("[Y]")
        #expect(confirm.contains("赵淑芬"))
        try tmux.send("y")
        try tmux.waitFor("Payer order")
        let balance = try fixture.cli(["balance"])
        #expect(balance.contains("赵淑芬"))
        #expect(balance.contains("¥1,234.50"))
    }
}

/// Shared helpers for the end-to-end tests.
enum E2E {
    struct Failed: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    static var binary: URL { BuiltProduct.yibao }

    /// PIDs of running `yibao` processes whose command line names this store.
    static func pids(named name: String, storeArgument: String) throws -> [Int32] {
        var result: [Int32] = []
        for entry in try FileManager.default.contentsOfDirectory(atPath: "/proc") {
            guard let pid = Int32(entry),
                let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline")
            else { continue }
            let parts = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            if let first = parts.first, first.hasSuffix("/" + name), parts.contains(storeArgument) {
                result.append(pid)
            }
        }
        return result
    }
}
