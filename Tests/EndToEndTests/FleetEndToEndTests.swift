import Foundation
import Testing
import TestSupport

/// Issue 16: a fleet. Two kiosk processes on one PostgreSQL store, driven in tmux: a PIN set with
/// `yibao operator pin set` works at both, a lockout made at one holds at the other until the operator
/// unlocks, and a binding made elsewhere shows at a kiosk within about a second.
@Suite("A kiosk fleet on one PostgreSQL store", .serialized, .enabled(if: TmuxSession.isAvailable && PostgresServer.isAvailable))
struct FleetEndToEndTests {
    static let first = (id: "110105195603100015", name: "张建国", pin: "4826")
    static let mother = (id: "110108192811050046", name: "王桂兰")

    /// A fresh database with the tables made by `yibao store migrate`, two people, a PIN for the first.
    struct Fleet {
        let directory: URL
        let store: String

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("yibao-fleet-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            store = try PostgresServer.freshDatabase(prefix: "yibao_fleet")
            try cli(["store", "migrate"])
            try cli([
                "person", "add", "--me", "--name", FleetEndToEndTests.first.name, "--id", FleetEndToEndTests.first.id,
                "--scheme", "employee", "--region", "110000", "--balance", "1234.50",
            ])
            try cli([
                "person", "add", "--name", FleetEndToEndTests.mother.name, "--id", FleetEndToEndTests.mother.id,
                "--scheme", "resident", "--region", "110000",
            ])
            try cli(["operator", "pin", "set", "--person", FleetEndToEndTests.first.id], input: FleetEndToEndTests.first.pin + "\n")
            // The operator's exit PIN: each kiosk machine has its own file.
            let made = try Spawn.run(
                [E2E.binary.path, "operator", "exit-pin", "set", "--config", config, "--lang", "en"], input: "9062\n")
            guard made.status == 0 else { throw E2E.Failed(message: made.stderr) }
        }

        var config: String { directory.appendingPathComponent("kiosk.conf").path }

        @discardableResult
        func cli(_ arguments: [String], input: String? = nil) throws -> String {
            let output = try Spawn.run(
                [E2E.binary.path] + arguments + ["--store", store, "--lang", "en"], directory: directory.path,
                input: input ?? "")
            guard output.status == 0 else { throw E2E.Failed(message: output.stdout + output.stderr) }
            return output.stdout
        }

        /// A kiosk process; `terminal` is the machine it stands for (two kiosks of a fleet are two
        /// machines, each throttled on its own: issue 15's per-terminal count).
        func kiosk(terminal: String = "kiosk-a") throws -> TmuxSession {
            let arguments = [E2E.binary.path, "kiosk", "--store", store, "--lang", "en"]
            return try TmuxSession(
                command: arguments.map(TmuxSession.quote).joined(separator: " "), columns: 80, rows: 24,
                environment: ["YIBAO_KIOSK_CONFIG": config, "YIBAO_KIOSK_TERMINAL": terminal],
                directory: directory)
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    /// The screen's text without spaces, line ends or box edges.
    static func compact(_ screen: String) -> String {
        String(screen.filter { !$0.isWhitespace && !"│┃|".contains($0) })
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

    @Test("a PIN set by the operator works at both kiosks; a lockout made at one holds at the other until unlocked")
    func sharedPinAndLockout() throws {
        _ = try PostgresServer.requireURL()
        let fleet = try Fleet()
        defer { fleet.remove() }
        let a = try fleet.kiosk()
        defer { a.kill() }
        let b = try fleet.kiosk(terminal: "kiosk-b")
        defer { b.kill() }

        // The PIN set once signs in at kiosk A, then at kiosk B.
        try Self.signIn(a, id: Self.first.id, pin: Self.first.pin)
        try a.waitFor("Hello, \(Self.first.name)")
        try a.send("F10")
        try a.waitFor("Press Enter to start")
        try Self.signIn(b, id: Self.first.id, pin: Self.first.pin)
        try b.waitFor("Hello, \(Self.first.name)")
        try b.send("F10")
        try b.waitFor("Press Enter to start")

        // Five wrong PINs at kiosk A lock the person (after a wrong one the form asks the PIN again).
        try Self.signIn(a, id: Self.first.id, pin: "0000")
        for left in [4, 3, 2, 1] {
            // Wrapped or not, the words are on screen once spaces and box edges are taken out.
            try a.waitFor { Self.compact($0).contains("After\(left)morewrong") }
            try a.send("0000", literal: true)
            try a.send("Enter")
        }
        try a.waitFor("Locked for now")
        // At kiosk B the right PIN is refused: the lock is the fleet's.
        try Self.signIn(b, id: Self.first.id, pin: Self.first.pin)
        let locked = try b.waitFor("Locked for now")
        #expect(!locked.contains("Hello, \(Self.first.name)"))
        try b.send("Enter")

        // The operator unlocks once (any machine); kiosk B signs in at once: A's five wrong PINs slowed
        // terminal A only.
        try fleet.cli(["operator", "unlock", "--person", Self.first.id])
        try Self.signIn(b, id: Self.first.id, pin: Self.first.pin)
        try b.waitFor("Hello, \(Self.first.name)")
        let audit = try fleet.cli(["operator", "audit", "--kiosk", "--json", "--limit", "100"])
        #expect(audit.contains("kiosk.lockout"))
        #expect(!audit.contains(Self.first.pin))
    }

    @Test("a binding made elsewhere shows at a signed-in kiosk within about a second")
    func bindingShowsAtKiosk() throws {
        _ = try PostgresServer.requireURL()
        let fleet = try Fleet()
        defer { fleet.remove() }
        let kiosk = try fleet.kiosk()
        defer { kiosk.kill() }
        try Self.signIn(kiosk, id: Self.first.id, pin: Self.first.pin)
        try kiosk.waitFor("Hello, \(Self.first.name)")
        try kiosk.send("2")
        let before = try kiosk.waitFor("[F10] Sign out")
        // The kiosk masks a relative's name and ID (王*兰, 110***********0046).
        #expect(!before.contains("0046"))
        try fleet.cli([
            "relatives", "add", "--payer", Self.first.id, "--beneficiary", Self.mother.id, "--relation", "mother",
        ])
        let started = Date()
        let after = try kiosk.waitFor("110***********0046", timeout: 5)
        let seconds = Date().timeIntervalSince(started)
        #expect(after.contains("王*兰") && after.contains("mother"))
        #expect(seconds < 2.5, "the binding took \(seconds) s to show")
    }
}
