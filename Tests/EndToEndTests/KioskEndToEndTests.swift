import Foundation
import Testing
import TestSupport

/// The kiosk as a visitor and an operator meet it: the real binary in tmux, two people with PINs on a
/// store made with the command line, and the operator's file with the exit PIN.
@Suite("The kiosk in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable))
struct KioskEndToEndTests {
    static let first = (id: "110105195603100015", name: "张建国", pin: "4826", balance: "¥1,234.50")
    static let second = (id: "110105195808220029", name: "陈美华", pin: "7351", balance: "¥8,765.40")
    static let operatorPin = "9062"

    /// A store with two unrelated people, each with a PIN, and an operator file.
    struct Fixture {
        let directory: URL
        var store: String { directory.appendingPathComponent("yibao.sqlite").path }
        var config: String { directory.appendingPathComponent("kiosk.conf").path }

        init(operatorFile: Bool = true) throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("yibao-kiosk-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try cli(["init"])
            for person in [KioskEndToEndTests.first, KioskEndToEndTests.second] {
                try cli([
                    "person", "add", "--name", person.name, "--id", person.id, "--scheme", "employee", "--region",
                    "110000", "--balance", String(person.balance.dropFirst()).replacingOccurrences(of: ",", with: ""),
                ])
                try cli(["operator", "pin", "set", "--person", person.id], input: person.pin + "\n")
            }
            if operatorFile {
                try cli(["operator", "exit-pin", "set", "--config", config], input: KioskEndToEndTests.operatorPin + "\n", store: false)
            }
        }

        /// Runs the command line on this store; `input` goes to standard input (PINs never in argv).
        @discardableResult
        func cli(_ arguments: [String], input: String? = nil, store useStore: Bool = true) throws -> String {
            let result = try Spawn.run(
                [E2E.binary.path] + arguments + (useStore ? ["--store", store] : []) + ["--lang", "en"],
                input: input ?? "")
            let text = result.stdout + result.stderr
            guard result.status == 0 else { throw E2E.Failed(message: text) }
            return text
        }

        /// Starts the kiosk in tmux (`yibao kiosk`, or `yibao --kiosk` when `flag`).
        func kiosk(flag: Bool = false, columns: Int = 80, rows: Int = 24) throws -> TmuxSession {
            let arguments = [E2E.binary.path] + (flag ? ["--kiosk"] : ["kiosk"]) + ["--store", store]
            return try TmuxSession(
                command: arguments.map(TmuxSession.quote).joined(separator: " "), columns: columns, rows: rows,
                environment: ["YIBAO_KIOSK_CONFIG": config], directory: directory)
        }

        /// The kiosk's audit rows, newest first, as JSON objects.
        func kioskAudit() throws -> [[String: Any]] {
            let text = try cli(["operator", "audit", "--kiosk", "--json", "--limit", "100"])
            return (try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]) ?? []
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    static func signIn(_ tmux: TmuxSession, id: String, pin: String) throws {
        try tmux.waitFor("Press Enter to start")
        try tmux.send("Enter")
        try tmux.waitFor("Please type your ID number")
        try tmux.send(id, literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("> PIN")
        try tmux.send(pin, literal: true)
        try tmux.send("Enter")
    }

    /// The kiosk process of this fixture (not tmux, not the shell around it).
    static func kioskPID(_ fixture: Fixture) throws -> Int32 {
        let pids = try E2E.pids(named: "yibao", storeArgument: fixture.store)
        return try #require(pids.first)
    }

    /// The process state letter from /proc (R, S, T for stopped, Z…), nil when it is gone.
    static func state(of pid: Int32) -> String? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { return nil }
        return text[text.index(close, offsetBy: 2)...].split(separator: " ").first.map(String.init)
    }

    @Test("two people sign in one after the other; neither sees the other's name or balance")
    func twoPeople() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.kiosk()
        defer { tmux.kill() }
        try Self.signIn(tmux, id: Self.first.id, pin: Self.first.pin)
        let home = try tmux.waitFor("Hello, \(Self.first.name)")
        #expect(!home.contains(Self.second.name))
        try tmux.send("1")
        let balance = try tmux.waitFor(Self.first.balance)
        #expect(!balance.contains(Self.second.balance))
        #expect(balance.contains("[F10] Sign out"))
        try tmux.send("F10")
        let welcome = try tmux.waitFor("Press Enter to start")
        #expect(!welcome.contains(Self.first.name))
        #expect(!welcome.contains(Self.first.balance))
        #expect(welcome.contains("You are signed out"))

        try Self.signIn(tmux, id: Self.second.id, pin: Self.second.pin)
        let secondHome = try tmux.waitFor("Hello, \(Self.second.name)")
        #expect(!secondHome.contains(Self.first.name))
        try tmux.send("1")
        let secondBalance = try tmux.waitFor(Self.second.balance)
        #expect(!secondBalance.contains(Self.first.balance))
        #expect(!secondBalance.contains(Self.first.name))
        try tmux.send("Escape")
        try tmux.waitFor("Hello, \(Self.second.name)")
        try tmux.send("2")
        let relatives = try tmux.waitFor("[F10] Sign out")
        #expect(!relatives.contains(Self.first.name))
        #expect(!relatives.contains(Self.first.id))
        try tmux.send("F10")
        try tmux.waitFor("Press Enter to start")

        let actions = try fixture.kioskAudit().compactMap { $0["action"] as? String }
        #expect(actions.filter { $0 == "kiosk.sign_in" }.count == 2)
        #expect(actions.filter { $0 == "kiosk.sign_out" }.count == 2)
        let audit = try fixture.cli(["operator", "audit", "--kiosk", "--json", "--limit", "100"])
        #expect(!audit.contains(Self.first.pin) && !audit.contains(Self.second.pin), "a PIN is in the audit trail")
    }

    @Test("left alone, the countdown takes the screen, then the session ends and nothing of it is left")
    func idleCountdownClears() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        // The shortest settings an operator may choose: 30 s idle, a 20 s countdown.
        try fixture.cli(["operator", "settings", "--idle-seconds", "30", "--countdown-seconds", "20"])
        let tmux = try fixture.kiosk()
        defer { tmux.kill() }
        try Self.signIn(tmux, id: Self.first.id, pin: Self.first.pin)
        try tmux.waitFor("Hello, \(Self.first.name)")
        try tmux.send("1")
        try tmux.waitFor(Self.first.balance)
        let countdown = try tmux.waitFor("Are you still there? Press any key to continue", timeout: 45)
        #expect(!countdown.contains(Self.first.name), "the account shows behind the countdown")
        #expect(!countdown.contains(Self.first.balance))
        let welcome = try tmux.waitFor("Press Enter to start", timeout: 35)
        for trace in [Self.first.name, Self.first.balance, "Balance", "Are you still there"] {
            #expect(!welcome.contains(trace), "\(trace) is still on the screen")
        }
        #expect(welcome.contains("No one was there"))
        let signOut = try #require(try fixture.kioskAudit().first { ($0["action"] as? String) == "kiosk.sign_out" })
        let detail = (signOut["detail"] as? [[String: Any]])?.first ?? (signOut["detail"] as? [String: Any]) ?? [:]
        #expect(detail["timed_out"] as? Bool == true)
    }

    @Test("Ctrl-C, Ctrl-Z, Ctrl-\\ and Ctrl-D, and kill -INT, -TSTP and -QUIT, leave the kiosk running")
    func interruptsIgnored() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.kiosk(flag: true)
        defer { tmux.kill() }
        try Self.signIn(tmux, id: Self.first.id, pin: Self.first.pin)
        try tmux.waitFor("Hello, \(Self.first.name)")
        let pid = try Self.kioskPID(fixture)
        for key in ["C-c", "C-z", "C-\\", "C-d", "q", "Escape"] {
            try tmux.send(key)
        }
        try tmux.send("Escape")  // closes the sign-out question that q asked
        for signal in [SIGINT, SIGTSTP, SIGQUIT] {
            #expect(kill(pid, signal) == 0)
        }
        // Still answering keys: the Balance screen opens.
        try tmux.send("1")
        let screen = try tmux.waitFor(Self.first.balance)
        #expect(!screen.contains("[exited"))
        let state = Self.state(of: pid)
        #expect(state != nil && state != "T" && state != "Z", "the kiosk was stopped or ended (state \(state ?? "gone"))")
        try tmux.send("F10")
        try tmux.waitFor("Press Enter to start")
        for signal in [SIGINT, SIGTSTP, SIGQUIT] { kill(pid, signal) }
        try tmux.send("Enter")
        try tmux.waitFor("Please type your ID number")
        #expect(Self.state(of: pid).map { $0 != "T" && $0 != "Z" } == true)
    }

    @Test("the operator keys with a wrong PIN go back to welcome; with the right PIN the kiosk ends with status 0")
    func operatorExit() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.kiosk()
        defer { tmux.kill() }
        try tmux.waitFor("Press Enter to start")
        try tmux.send("F12")
        try tmux.send("C-o")
        try tmux.waitFor("Staff PIN")
        try tmux.send("1111", literal: true)
        try tmux.send("Enter")
        let refused = try tmux.waitFor("That PIN is not right")
        #expect(refused.contains("Press Enter to start"))
        #expect(!refused.contains("[exited"))
        try tmux.send("F12")
        try tmux.send("C-o")
        try tmux.waitFor("Staff PIN")
        try tmux.send(Self.operatorPin, literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("[exited:0]")
        let actions = try fixture.kioskAudit().compactMap { $0["action"] as? String }
        #expect(actions.prefix(2) == ["kiosk.operator_exit", "kiosk.operator_exit_refused"])
    }

    @Test("five wrong PINs lock the ID with the time to come back, and the lock is still there after a restart")
    func lockSurvivesRestart() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        do {
            let tmux = try fixture.kiosk()
            defer { tmux.kill() }
            try Self.signIn(tmux, id: Self.first.id, pin: "0000")
            try tmux.waitFor("After 4 more wrong")
            for left in [3, 2, 1] {
                try tmux.send("0000", literal: true)
                try tmux.send("Enter")
                try tmux.waitFor("After \(left) more wrong")
            }
            try tmux.send("0000", literal: true)
            try tmux.send("Enter")
            let locked = try tmux.waitFor("Too many wrong PINs")
            #expect(locked.range(of: #"try again at \d\d:\d\d"#, options: .regularExpression) != nil)
            #expect(locked.contains("ask a member of staff"))
        }
        let again = try fixture.kiosk()
        defer { again.kill() }
        try Self.signIn(again, id: Self.first.id, pin: Self.first.pin)
        let still = try again.waitFor("This ID is locked for now")
        #expect(still.range(of: #"try again at \d\d:\d\d"#, options: .regularExpression) != nil)
        #expect(!still.contains("Hello,"))
    }

    @Test("an ID with no PIN is told, as for any wrong PIN, to ask at the counter for one")
    func noPin() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.cli(["operator", "pin", "reset", "--person", Self.second.id])
        let tmux = try fixture.kiosk()
        defer { tmux.kill() }
        try Self.signIn(tmux, id: Self.second.id, pin: "1234")
        // No oracle: the same words as a wrong PIN (KioskSprayEndToEndTests compares them).
        let screen = try tmux.waitFor("do not match", timeout: 30)
        #expect(screen.contains("no PIN yet?"), "\(screen)")
    }

    @Test("without the operator's file the kiosk refuses to start, and says how to make one")
    func noOperatorFile() throws {
        let fixture = try Fixture(operatorFile: false)
        defer { fixture.remove() }
        let tmux = try fixture.kiosk()
        defer { tmux.kill() }
        let screen = try tmux.waitFor("[exited:1]")
        #expect(screen.contains("There is no kiosk settings file"))
        #expect(screen.contains("exit-pin set"))
    }

    @Test("SIGTERM (systemd's stop) ends the kiosk cleanly with status 0, signing the person out first")
    func terminateSignsOut() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.kiosk()
        defer { tmux.kill() }
        try Self.signIn(tmux, id: Self.first.id, pin: Self.first.pin)
        try tmux.waitFor("Hello, \(Self.first.name)")
        #expect(kill(try Self.kioskPID(fixture), SIGTERM) == 0)
        let after = try tmux.waitFor("[exited:0]")
        #expect(!after.contains(Self.first.name))
        let actions = try fixture.kioskAudit().compactMap { $0["action"] as? String }
        #expect(actions.first == "kiosk.sign_out")
    }
}
