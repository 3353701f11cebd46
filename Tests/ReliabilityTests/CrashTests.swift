import Foundation
import TestSupport
import Testing
import YibaoCore

@testable import YibaoStore

#if canImport(Glibc)
    import Glibc
#endif

/// `TAG#N` split into its tag and number.
func tagAndNumber(_ key: String) -> (tag: String, number: Int)? {
    guard let hash = key.lastIndex(of: "#"), let n = Int(key[key.index(after: hash)...]) else { return nil }
    return (String(key[..<hash]), n)
}

/// Checks the store against the writers' logs: integrity, every committed change there, nothing there
/// that no writer reached, every change whole (its audit row, its ledger lines, its bindings and payer
/// order all there or all absent), balances equal to the ledger. Returns how many changes were found
/// committed though their writer died before logging them (the change in flight).
@discardableResult
func verify(
    _ contents: StoreContents, against logs: [LoggedChange], balances: Bool = true,
    sourceLocation: SourceLocation = #_sourceLocation
) -> Int {
    #expect(contents.integrity == ["ok"], sourceLocation: sourceLocation)
    var logged: [String: LoggedChange] = [:]
    var last: [String: Int] = [:]
    for change in logs {
        #expect(logged[change.key] == nil, "\(change.key) logged twice", sourceLocation: sourceLocation)
        logged[change.key] = change
        if let (tag, n) = tagAndNumber(change.key) { last[tag] = max(last[tag] ?? -1, n) }
    }
    var inFlight = 0
    var inStore: Set<String> = []
    for row in contents.audit {
        guard let key = row.key else { continue }
        inStore.insert(key)
        let lines = StoreContents.ledgerLines(in: row)
        #expect(
            sameParts(contents.tagged[key] ?? [], lines), "change \(key) is half there", sourceLocation: sourceLocation)
        if let entry = logged[key] {
            #expect(entry.op != "noop", "\(key) changed nothing yet wrote an audit row", sourceLocation: sourceLocation)
            if entry.op == "pay" {
                #expect(
                    sameParts(entry.parts, lines), "\(key) saved other lines than it logged",
                    sourceLocation: sourceLocation)
            }
        } else {
            // Not logged: only the change its writer was making when it died may be there.
            let (tag, n) = tagAndNumber(key) ?? ("?", -1)
            #expect(
                n == (last[tag] ?? -1) + 1, "\(key) is saved but its writer never got to it",
                sourceLocation: sourceLocation)
            inFlight += 1
        }
    }
    for change in logs where change.op != "noop" {
        #expect(
            inStore.contains(change.key), "committed change \(change.key) is missing", sourceLocation: sourceLocation)
    }
    for key in contents.tagged.keys {
        #expect(
            inStore.contains(key), "ledger lines of \(key) are saved without its audit row",
            sourceLocation: sourceLocation)
    }
    let replayed = contents.replayed()
    #expect(
        replayed.bindings == contents.bindings, "bindings differ from the audit trail", sourceLocation: sourceLocation)
    #expect(
        replayed.orders == contents.orders, "payer orders differ from the audit trail", sourceLocation: sourceLocation)
    let allTagged = contents.tagged.values.flatMap { $0 }
    for (account, opening) in Family.opening where balances {
        let spent = allTagged.filter { $0.account == account }.map(\.fen).reduce(0, +)
        #expect(contents.balances[account] == opening + spent, "balance of \(account)", sourceLocation: sourceLocation)
        #expect(contents.ledgerSums[account] == contents.balances[account], sourceLocation: sourceLocation)
        #expect((contents.balances[account] ?? 0) >= 0, "\(account) overdrawn", sourceLocation: sourceLocation)
    }
    return inFlight
}

@Suite("A writer killed at any moment leaves every change whole or absent")
struct CrashTests {
    /// 200 in the suite; `YIBAO_CRASH_KILLS` asks for more (docs/reliability.md).
    static let kills = Int(ProcessInfo.processInfo.environment["YIBAO_CRASH_KILLS"] ?? "") ?? 200

    @Test(
        "a yibao writer killed with SIGKILL 200 times mid-payment, mid-binding or mid-reorder never leaves a change half saved or a committed one lost"
    )
    func killedAtRandom() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let family = try Family.create(in: scratch.path)
        let log = scratch.path + "/writer.log"
        var random = SeededGenerator(seed: 2026_1122)
        var inFlightKept = 0
        var killedEarly = 0
        var killed = 0
        let start = Date()
        for run in 0..<Self.kills {
            let arguments = family.writer(tag: "r\(run)", seed: run, log: log) + ["--ready"]
            let writer = try YibaoBinary.start(
                arguments, home: scratch.path, executable: YibaoBinary.stressWriter, output: .pipe)
            if random.next() % 8 == 0 {
                // Some kills land while the process starts, opens the store or makes the day's backup.
                killedEarly += 1
                usleep(UInt32(random.next() % 40_000))
            } else {
                _ = writer.readLine()  // "ready": the store is open
                usleep(UInt32(random.next() % 25_000))
            }
            writer.signal(SIGKILL)
            let ending = writer.wait()
            #expect(ending.signal != nil, "writer \(run) stopped before it was killed")
            if ending.signal != nil { killed += 1 }
            let contents = try StoreContents.read(family.store)
            // Each check counts every in-flight change found so far: the last count is the total.
            inFlightKept = verify(contents, against: LoggedChange.read(log))
        }
        let logs = LoggedChange.read(log)
        let committed = logs.filter { $0.op != "noop" }.count
        let kinds = Dictionary(grouping: logs, by: \.op).mapValues(\.count)
        print(
            "crash: \(killed) SIGKILLs survived (\(killedEarly) during start-up), \(committed) committed changes all there "
                + "\(kinds), \(inFlightKept) in-flight changes found whole, none half; "
                + String(format: "%.1f s", Date().timeIntervalSince(start)))
        #expect(killed >= 200 || Self.kills < 200)
        #expect(committed >= Self.kills / 2, "the writers hardly got to write before being killed")
        #expect(kinds["pay"] ?? 0 > 0 && kinds["bind"] ?? 0 > 0 && kinds["unbind"] ?? 0 > 0 && kinds["order"] ?? 0 > 0)
        // And the command line still works on the store afterwards.
        let balance = try YibaoBinary.run(["balance", "--json"] + family.common, home: scratch.path)
        #expect(balance.status == 0 && balance.stderr.isEmpty, "\(balance.stderr)")
    }

    @Test(
        "yibao killed with SIGKILL while creating its store leaves a file the next yibao init finishes",
        arguments: 0..<20)
    func killedWhileCreating(attempt: Int) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let store = scratch.path + "/store/yibao.sqlite"
        let creator = try YibaoBinary.start(["init", "--store", store, "--lang", "en"], home: scratch.path)
        usleep(UInt32(attempt * 2_000))
        creator.signal(SIGKILL)
        creator.wait()
        let again = try YibaoBinary.run(
            ["person", "add", "--name", "A", "--id", Family.me, "--scheme", "employee", "--region", "110000", "--me"]
                + ["--store", store, "--lang", "en", "--date", Family.date], home: scratch.path)
        #expect(again.status == 0, "\(again.stderr)")
        let check = try Store.open(path: store, create: false, options: .init(dailyBackups: false))
        let integrity = try check.database.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == ["ok"])
        #expect(try check.persons().count == 1)
    }
}
