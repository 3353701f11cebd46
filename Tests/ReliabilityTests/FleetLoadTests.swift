import Foundation
import TestSupport
import Testing
import YibaoCore

/// A kiosk in tmux driven as a person would: signed in as someone whose payer order only it changes,
/// it moves one payer, saves, confirms and waits for "[Saved]", again and again.
final class KioskDriver: LoadDriver, @unchecked Sendable {
    let name: String
    let family: Family
    let person: (id: String, name: String, pin: String)
    private let lock = NSLock()
    private var errors: [String] = []
    private var saves = 0
    private var session: TmuxSession?
    private let done = DispatchSemaphore(value: 0)

    init(name: String, family: Family, person: (id: String, name: String, pin: String)) {
        self.name = name
        self.family = family
        self.person = person
    }

    /// Adds `person`, paid for by me and my son, with a kiosk PIN.
    static func prepare(_ family: Family, person: (id: String, name: String, pin: String), relation: (String, String))
        throws
    {
        for (step, input) in [
            (["person", "add", "--name", person.name, "--id", person.id, "--scheme", "resident", "--region", "110000"], ""),
            (["relatives", "add", "--payer", Family.me, "--beneficiary", person.id, "--relation", relation.0], ""),
            (["relatives", "add", "--payer", Family.son, "--beneficiary", person.id, "--relation", relation.1], ""),
            (["operator", "pin", "set", "--person", person.id], person.pin + "\n"),
        ] {
            let result = try YibaoBinary.run(step + family.common, home: family.home, input: input)
            guard result.status == 0 else { throw SetupFailed(step: step.joined(separator: " "), stderr: result.stderr) }
        }
        let config = family.home + "/kiosk.conf"
        if !FileManager.default.fileExists(atPath: config) {
            let result = try YibaoBinary.run(
                ["operator", "exit-pin", "set", "--config", config, "--lang", "en"], home: family.home, input: "9062\n")
            guard result.status == 0 else { throw SetupFailed(step: "operator exit-pin set", stderr: result.stderr) }
        }
    }

    static func order(after saves: Int) -> [String] { saves % 2 == 0 ? [Family.me, Family.son] : [Family.son, Family.me] }

    func start(seconds: Double) throws {
        let command = ([YibaoBinary.url.path, "kiosk"] + family.common).map(TmuxSession.quote).joined(separator: " ")
        // Each kiosk its own folder, named in its command line (TMPDIR): `TmuxSession.kill()` ends every
        // process that mentions the session's folder, and with the family's home shared, the first kiosk
        // to finish killed the other's tmux mid-save ("no server running": the load test's old flake).
        let folder = family.home + "/" + name
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let session = try TmuxSession(
            command: command,
            environment: [
                "HOME": family.home, "XDG_DATA_HOME": family.home + "/xdg",
                "YIBAO_KIOSK_CONFIG": family.home + "/kiosk.conf", "TMPDIR": folder,
            ],
            directory: URL(fileURLWithPath: folder))
        self.session = session
        Thread.detachNewThread { [self] in
            defer { done.signal() }
            do {
                try session.waitFor("Press Enter to start")
                try session.send("Enter")
                try session.waitFor("Please type your ID number")
                try session.send(person.id, literal: true)
                try session.send("Enter")
                try session.waitFor("> PIN")
                try session.send(person.pin, literal: true)
                try session.send("Enter")
                try session.waitFor("Hello, \(person.name)", timeout: 20)
                try session.send("3")
                try session.waitFor("Who pays when \(person.name)", timeout: 20)
                let end = Date().addingTimeInterval(seconds)
                while Date() < end {
                    let down = lock.withLock { saves } % 2 == 0
                    try session.send(down ? "d" : "u")
                    try session.waitFor("moved", timeout: 20)
                    try session.send("s")
                    try session.waitFor(timeout: 20) { $0.contains("[Y]") }
                    try session.send("y")
                    let after = try session.waitFor(timeout: 20) { $0.contains("[Saved]") && !$0.contains("[Y]") }
                    if after.contains("[Note]") || after.lowercased().contains("could not") {
                        lock.withLock { errors.append("\(name) showed:\n\(after)") }
                        return
                    }
                    lock.withLock { saves += 1 }
                }
            } catch {
                let screen = (try? session.screen()) ?? ""
                lock.withLock { errors.append("\(name): \(error)\n\(screen)") }
            }
        }
    }

    func finish() -> (errors: [String], changes: Int, parts: [(account: String, fen: Int64)], logged: [LoggedChange]) {
        done.wait()
        session?.kill()
        return lock.withLock { (errors, saves, [], []) }
    }
}

/// Issue 16: the load and fault tests on a fleet's PostgreSQL store.
@Suite("A fleet's PostgreSQL store under load and faults", .serialized, .enabled(if: PostgresServer.isAvailable && TmuxSession.isAvailable))
struct FleetLoadTests {
    /// The 30 s unless `YIBAO_LOAD_SECONDS` says otherwise.
    static let seconds = Double(ProcessInfo.processInfo.environment["YIBAO_LOAD_SECONDS"] ?? "") ?? 30
    static let grandfather = (id: "110105193001010013", name: "张德明", pin: "5173")
    static let grandmother = (id: "110105193203030020", name: "李秀英", pin: "6284")

    /// Runs wherever the server is (under CI always): 30 s of load by default.
    @Test(
        "eight processes, two of them kiosks in tmux, on one PostgreSQL store: no error, no lost update, balances equal to the ledger"
    )
    func eightOnPostgres() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let family = try Family.create(in: scratch.path, server: try PostgresServer.freshDatabase(prefix: "yibao_load"))
        try KioskDriver.prepare(family, person: Self.grandfather, relation: ("父亲", "爷爷"))
        try KioskDriver.prepare(family, person: Self.grandmother, relation: ("母亲", "奶奶"))
        let before = try StoreContents.read(server: family.store)
        var drivers: [any LoadDriver] = (0..<4).map {
            StressWriterDriver(name: "w\($0)", family: family, log: scratch.path + "/w\($0).log", seed: 200 + $0)
        }
        drivers += [
            CommandLineDriver(name: "cli-pay0", family: family),
            BindingCommandsDriver(name: "cli-bind", family: family),
            KioskDriver(name: "kiosk-a", family: family, person: Self.grandfather),
            KioskDriver(name: "kiosk-b", family: family, person: Self.grandmother),
        ]
        let start = Date()
        for driver in drivers { try driver.start(seconds: Self.seconds) }
        let results = drivers.map { $0.finish() }
        let elapsed = Date().timeIntervalSince(start)
        let errors = results.flatMap(\.errors)
        #expect(errors.isEmpty, "\(errors.prefix(5))")
        let changes = results.map(\.changes).reduce(0, +)
        let contents = try StoreContents.read(server: family.store)
        verify(contents, against: results.flatMap(\.logged), balances: false)
        #expect(contents.audit.count - before.audit.count >= changes, "audit rows: lost changes")
        #expect(contents.orders[Self.grandfather.id] == KioskDriver.order(after: results[6].changes))
        #expect(contents.orders[Self.grandmother.id] == KioskDriver.order(after: results[7].changes))
        let allParts = results.flatMap(\.parts)
        for (account, opening) in Family.opening {
            let expected = opening + allParts.filter { $0.account == account }.map(\.fen).reduce(0, +)
            #expect(contents.balances[account] == expected, "balance of \(account)")
            #expect(contents.ledgerSums[account] == contents.balances[account])
        }
        print(
            "fleet load (PostgreSQL): \(drivers.count) processes for \(Int(Self.seconds)) s: \(changes) changes, "
                + String(format: "%.0f changes/s", Double(changes) / elapsed) + ", \(errors.count) errors shown, "
                + "per driver \(zip(drivers.map(\.name), results.map(\.changes)).map { "\($0)=\($1)" })")
        for (driver, result) in zip(drivers, results) {
            #expect(result.changes >= 3, "\(driver.name) made only \(result.changes) changes")
        }
    }

    @Test("a server killed mid-transaction leaves every change whole or absent, and every committed change there")
    func killedMidTransaction() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let server = try PostgresServer.Private()
        defer { server.stop() }
        try PostgresServer.psql(server.url, "CREATE DATABASE crash")
        let url = PostgresServer.url(server.url, database: "crash")
        let family = try Family.create(in: scratch.path, server: url)
        var writers: [StressWriterDriver] = []
        for round in 0..<3 {
            let round = (0..<3).map {
                StressWriterDriver(name: "r\(round)w\($0)", family: family, log: scratch.path + "/r\(round)w\($0).log", seed: 300 + round * 10 + $0)
            }
            for writer in round { try writer.start(seconds: 20) }
            // Let them write, then kill the server outright (no shutdown): transactions are cut mid-way.
            let logs = round.map { scratch.path + "/\($0.name).log" }
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline, logs.map({ LoggedChange.read($0).count }).reduce(0, +) < 30 { usleep(20_000) }
            try server.crash()
            // Every writer whose server died ends by itself within seconds, saying it cannot reach the
            // server (before `PostgresWait`, one in two waited for ever on its closed connection).
            let grace = Date().addingTimeInterval(10)
            while Date() < grace, round.contains(where: { $0.isRunning }) { usleep(50_000) }
            for writer in round {
                #expect(!writer.isRunning, "\(writer.name) was still waiting 10 s after the server was killed")
                writer.killNow()
            }
            for writer in round {
                for error in writer.finish().errors where !error.contains("exited") {
                    #expect(error.contains("serverUnreachable"), "\(writer.name): \(error)")
                }
            }
            try server.resume()
            writers += round
        }
        let logged = writers.flatMap { LoggedChange.read(scratch.path + "/\($0.name).log") }
        #expect(logged.count >= 30, "the writers hardly wrote before the kills")
        let contents = try StoreContents.read(server: url)
        let inFlight = verify(contents, against: logged)
        print("fleet crash: \(logged.count) changes logged over 3 server kills; \(inFlight) committed but not yet logged")
    }
}
