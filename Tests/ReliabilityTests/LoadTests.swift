import Foundation
import TestSupport
import Testing
import YibaoCore

@testable import YibaoStore

/// Something that changes the store during the load test, started beside the others. A terminal-app
/// session (tmux) can join the load as one more driver: start it, and at `finish` say what it changed.
protocol LoadDriver: AnyObject {
    var name: String { get }
    /// Starts changing the store; runs until `seconds` have passed.
    func start(seconds: Double) throws
    /// Waits for the end; returns every error it saw (none is allowed) and how many changes it made.
    func finish() -> (errors: [String], changes: Int, parts: [(account: String, fen: Int64)], logged: [LoggedChange])
}

/// One `yibao-stress` process: payments, binding and unbinding, payer-order reversals, in a loop.
final class StressWriterDriver: LoadDriver, @unchecked Sendable {
    let name: String
    let family: Family
    let log: String
    let seed: Int
    private var writer: Spawn.Child?

    init(name: String, family: Family, log: String, seed: Int) {
        self.name = name
        self.family = family
        self.log = log
        self.seed = seed
    }

    func start(seconds: Double) throws {
        writer = try YibaoBinary.start(
            family.writer(tag: name, seed: seed, log: log, seconds: seconds), home: family.home,
            executable: YibaoBinary.stressWriter)
    }

    /// Whether the writer's process is still running.
    var isRunning: Bool { writer?.isRunning ?? false }

    /// Ends the writer at once (SIGKILL), if it is still running.
    func killNow() {
        if let writer, writer.isRunning { writer.signal(SIGKILL) }
    }

    func finish() -> (errors: [String], changes: Int, parts: [(account: String, fen: Int64)], logged: [LoggedChange]) {
        guard let writer else { return (["not started"], 0, [], []) }
        let status = writer.wait().status
        let errText = writer.errorOutput
        var errors: [String] = []
        if status != 0 { errors.append("\(name) exited \(status)") }
        if !errText.isEmpty { errors.append("\(name) said: \(errText)") }
        let logged = LoggedChange.read(log)
        return (errors, logged.filter { $0.op != "noop" }.count, logged.flatMap(\.parts), logged)
    }
}

/// A loop of ordinary command-line calls, one process after another: `yibao pay --json` for the son
/// (paid by his own account first, then by no one: he has no payers) and `yibao credit` to him.
final class CommandLineDriver: LoadDriver, @unchecked Sendable {
    let name: String
    let family: Family
    private let lock = NSLock()
    private var errors: [String] = []
    private var changes = 0
    private var parts: [(account: String, fen: Int64)] = []
    private let done = DispatchSemaphore(value: 0)

    init(name: String, family: Family) {
        self.name = name
        self.family = family
    }

    func start(seconds: Double) throws {
        let family = self.family
        Thread.detachNewThread { [self] in
            let end = Date().addingTimeInterval(seconds)
            var n = 0
            while Date() < end {
                n += 1
                let paying = n % 2 == 0
                let arguments =
                    paying
                    ? ["pay", "--beneficiary", Family.son, "--amount", "0.\(10 + n % 80)", "--json"]
                    : ["credit", "--person", Family.son, "--amount", "0.05", "--note", "\(name) #\(n)"]
                do {
                    let result = try YibaoBinary.run(arguments + family.common, home: family.home)
                    lock.withLock {
                        if result.status != 0 || !result.stderr.isEmpty {
                            errors.append("\(arguments[0]) exited \(result.status): \(result.stderr)")
                            return
                        }
                        changes += 1
                        if paying {
                            let object =
                                (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any]
                            for part in object?["parts"] as? [[String: Any]] ?? [] {
                                let fen = (part["fen"] as? NSNumber)?.int64Value ?? 0
                                parts.append((part["account_of"] as? String ?? "", -fen))
                            }
                        } else {
                            parts.append((Family.son, 5))
                        }
                    }
                } catch {
                    lock.withLock { errors.append("\(error)") }
                }
            }
            done.signal()
        }
    }

    func finish() -> (errors: [String], changes: Int, parts: [(account: String, fen: Int64)], logged: [LoggedChange]) {
        done.wait()
        return lock.withLock { (errors, changes, parts, []) }
    }
}

/// A loop of `yibao relatives add`, `payers set` (twice, each order in turn) and `relatives remove`:
/// the daughter's binding to her elder brother, with the son's payer order reversed while she is bound.
/// It alone touches the son's bindings, so each command's outcome is known before it runs.
final class BindingCommandsDriver: LoadDriver, @unchecked Sendable {
    let name: String
    let family: Family
    private let lock = NSLock()
    private var errors: [String] = []
    private var changes = 0
    private let done = DispatchSemaphore(value: 0)

    init(name: String, family: Family) {
        self.name = name
        self.family = family
    }

    func start(seconds: Double) throws {
        let family = self.family
        let steps: [[String]] = [
            ["relatives", "add", "--payer", Family.daughter, "--beneficiary", Family.son, "--relation", "哥哥"],
            ["payers", "set", "--beneficiary", Family.son, "--order", "\(Family.daughter),\(Family.me)"],
            ["payers", "set", "--beneficiary", Family.son, "--order", "\(Family.me),\(Family.daughter)"],
            ["relatives", "remove", "--payer", Family.daughter, "--beneficiary", Family.son],
        ]
        Thread.detachNewThread { [self] in
            let end = Date().addingTimeInterval(seconds)
            var n = 0
            // Always end on a whole cycle, so the binding is undone.
            while Date() < end || n % steps.count != 0 {
                let step = steps[n % steps.count]
                n += 1
                do {
                    let result = try YibaoBinary.run(step + family.common, home: family.home)
                    lock.withLock {
                        if result.status != 0 || !result.stderr.isEmpty {
                            errors.append("\(step[0]) \(step[1]) exited \(result.status): \(result.stderr)")
                        } else {
                            changes += 1
                        }
                    }
                } catch {
                    lock.withLock { errors.append("\(error)") }
                }
            }
            done.signal()
        }
    }

    func finish() -> (errors: [String], changes: Int, parts: [(account: String, fen: Int64)], logged: [LoggedChange]) {
        done.wait()
        return lock.withLock { (errors, changes, [], []) }
    }
}

/// The terminal app in tmux, driven by a script as a person would drive it: on the payer order screen
/// it moves one of 张德明's two payers, saves, confirms with y and waits for "[Saved]", again and
/// again. It alone touches his order, so each save is one change and his last order is known.
final class TerminalAppDriver: LoadDriver, @unchecked Sendable {
    static let father = "110105193001010013"
    let name = "app"
    let family: Family
    private let lock = NSLock()
    private var errors: [String] = []
    private var saves = 0
    private var session: TmuxSession?
    private let done = DispatchSemaphore(value: 0)

    init(family: Family) { self.family = family }

    /// Adds 张德明, paid for by me and my son, so the app has an order of its own to change.
    static func prepare(_ family: Family) throws {
        for step in [
            ["person", "add", "--name", "张德明", "--id", father, "--scheme", "resident", "--region", "110000"],
            ["relatives", "add", "--payer", Family.me, "--beneficiary", father, "--relation", "父亲"],
            ["relatives", "add", "--payer", Family.son, "--beneficiary", father, "--relation", "爷爷"],
        ] {
            let result = try YibaoBinary.run(step + family.common, home: family.home)
            guard result.status == 0 else { throw SetupFailed(step: step.joined(separator: " "), stderr: result.stderr) }
        }
    }

    /// His order after `saves` saves: each save swaps the two payers.
    static func order(after saves: Int) -> [String] { saves % 2 == 0 ? [Family.me, Family.son] : [Family.son, Family.me] }

    func start(seconds: Double) throws {
        let command = ([YibaoBinary.url.path] + family.common).map(TmuxSession.quote).joined(separator: " ")
        let session = try TmuxSession(
            command: command, environment: ["HOME": family.home, "XDG_DATA_HOME": family.home + "/xdg"],
            directory: URL(fileURLWithPath: family.home))
        self.session = session
        Thread.detachNewThread { [self] in
            defer { done.signal() }
            do {
                try session.waitFor("Payer order")
                try session.send("3")
                let end = Date().addingTimeInterval(seconds)
                while Date() < end {
                    try showFather(session)
                    // The moved payer stays selected: down, then back up.
                    let down = lock.withLock { saves } % 2 == 0
                    try session.send(down ? "d" : "u")
                    try session.waitFor("moved")
                    try session.send("s")
                    try session.waitFor { $0.contains("[Y]") }
                    try session.send("y")
                    let after = try session.waitFor(timeout: 20) { $0.contains("[Saved]") && !$0.contains("[Y]") }
                    if after.contains("[Note]") || after.lowercased().contains("could not") {
                        lock.withLock { errors.append("the app showed:\n\(after)") }
                        return
                    }
                    lock.withLock { saves += 1 }
                }
            } catch {
                lock.withLock { errors.append("app: \(error)") }
            }
        }
    }

    /// Pages through the people (P) until the screen is 张德明's order.
    private func showFather(_ session: TmuxSession) throws {
        for _ in 0..<8 {
            if (try? session.waitFor(timeout: 1) { $0.contains("Who pays when 张德明") }) != nil { return }
            try session.send("p")
        }
        try session.waitFor("Who pays when 张德明")
    }

    func finish() -> (errors: [String], changes: Int, parts: [(account: String, fen: Int64)], logged: [LoggedChange]) {
        done.wait()
        session?.kill()
        return lock.withLock { (errors, saves, [], []) }
    }
}

@Suite("Eight processes changing one store at once")
struct LoadTests {
    /// 10 s in the suite; `YIBAO_LOAD_SECONDS=30` is the documented long run (docs/reliability.md).
    static let seconds = Double(ProcessInfo.processInfo.environment["YIBAO_LOAD_SECONDS"] ?? "") ?? 10

    @Test(
        "eight yibao processes paying, binding, unbinding and reordering on one store lose no update, show no error, and leave balances equal to the ledger"
    )
    func eightWriters() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let family = try Family.create(in: scratch.path)
        try TerminalAppDriver.prepare(family)
        let before = try StoreContents.read(family.store)
        // Four stress writers, two loops of ordinary commands and the terminal app driven by a script:
        // eight yibao processes at any moment.
        let app = TerminalAppDriver(family: family)
        var drivers: [any LoadDriver] = (0..<4).map {
            StressWriterDriver(name: "w\($0)", family: family, log: scratch.path + "/w\($0).log", seed: 100 + $0)
        }
        drivers += [
            CommandLineDriver(name: "cli-pay0", family: family), CommandLineDriver(name: "cli-pay1", family: family),
            BindingCommandsDriver(name: "cli-bind", family: family), app,
        ]
        let start = Date()
        for driver in drivers { try driver.start(seconds: Self.seconds) }
        let results = drivers.map { $0.finish() }
        let elapsed = Date().timeIntervalSince(start)
        let errors = results.flatMap(\.errors)
        #expect(errors.isEmpty, "\(errors.prefix(5))")
        let changes = results.map(\.changes).reduce(0, +)
        let contents = try StoreContents.read(family.store)
        let logged = results.flatMap(\.logged)
        #expect(!contents.bindings.contains("\(Family.daughter)>\(Family.son)"), "the last cycle was not undone")
        #expect(contents.orders[Family.son] == [Family.me])
        let appSaves = results[drivers.count - 1].changes
        #expect(contents.orders[TerminalAppDriver.father] == TerminalAppDriver.order(after: appSaves), "the app's saves")
        verify(contents, against: logged, balances: false)
        // No lost update: every change any driver was told was saved is in the store, and the balances
        // are the opening ones plus exactly what the drivers were told they changed.
        #expect(contents.audit.count == before.audit.count + changes, "audit rows: lost or extra changes")
        let allParts = results.flatMap(\.parts)
        for (account, opening) in Family.opening {
            let expected = opening + allParts.filter { $0.account == account }.map(\.fen).reduce(0, +)
            #expect(contents.balances[account] == expected, "balance of \(account)")
            #expect(contents.ledgerSums[account] == contents.balances[account])
        }
        let perSecond = Double(changes) / elapsed
        print(
            "load: \(drivers.count) processes for \(Int(Self.seconds)) s: \(changes) changes, "
                + String(format: "%.0f changes/s", perSecond) + ", \(errors.count) errors shown, "
                + "per driver \(zip(drivers.map(\.name), results.map(\.changes)).map { "\($0)=\($1)" })")
        #expect(changes > drivers.count * 10, "the writers hardly wrote: \(changes)")
        // Waiting is fair: no driver is starved while the others write (StoreBusy).
        for (driver, result) in zip(drivers, results) {
            #expect(result.changes >= 5, "\(driver.name) made only \(result.changes) changes in \(Self.seconds) s")
        }
    }
}
