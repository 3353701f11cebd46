import ArgumentParser
import Foundation
import YibaoCore
import YibaoData
import YibaoPostgres
import YibaoStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `yibao-stress` (tests only, never part of the `yibao` product; for the reliability tests and
/// `docs/reliability.md`): one process making changes in a loop through the same model and store calls
/// as `pay`, `relatives add|remove` and `payers set`, appending one line to `--log` after each commit
/// returns. It calls the store directly (not the service) so each change can carry its tag. The tests kill it with
/// SIGKILL at random moments, or run eight at once, and compare the store with the logs.
///
/// Each change is tagged `stress TAG#N` in the audit summary, and each ledger line it writes carries
/// the note `stress TAG#N`, so the tests can tell a whole change from a half one. Log lines:
/// `TAG#N pay COUNT TOTAL_FEN ACCOUNT=FEN,…`, `TAG#N bind`, `TAG#N unbind`, `TAG#N order ID,ID,…`,
/// `TAG#N noop` (nothing to change; no audit row).
@main
struct StressWriter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yibao-stress", abstract: "Tests only: make changes in a loop and log each commit.")
    @Option(help: "The store file (it must exist), or a fleet's postgresql:// URL.") var store: String
    @Option(help: "Today, YYYY-MM-DD.") var date: String
    @Option(help: "Ignored (the writer prints no sentences); accepted like yibao's.") var lang: String?
    @Option(help: "Append a line here after each commit.") var log: String
    @Option(help: "This writer's name in the audit trail and ledger notes.") var tag: String
    @Option(help: "Seed of the choice of changes.") var seed: UInt64 = 1
    @Option(help: "Stop after this many changes.") var count: Int = 1_000_000
    @Option(help: "Stop after this many seconds (0: no limit).") var seconds: Double = 0
    @Option(help: "Whose care is paid for and whose payer order is reversed (ID number).")
    var beneficiary: String
    @Option(help: "The payer whose binding to the beneficiary is made and ended in turn (ID number).")
    var toggle: String
    @Option(help: "What the beneficiary is to the toggled payer.") var relation: String
    @Option(help: "Largest payment, in fen.") var maxFen: Int64 = 500
    @Flag(help: "Print 'ready' once the store is open.") var ready = false

    func run() throws {
        guard let today = CivilDate(iso: date) else { throw ValidationError("--date: not a date") }
        let id = try ResidentID(beneficiary, today: today)
        let payer = try ResidentID(toggle, today: today)
        guard let relationship = Relationship(word: relation) else {
            throw ValidationError("--relation: unknown")
        }
        let policy = try PolicyBook.load(files: EmbeddedFiles.all)
        let store: any RecordStore
        switch try StoreLocation.parse(self.store) {
        case .file(let path): store = try Store.open(path: path, create: false)
        case .postgres(let server): store = try PostgresStore.open(server)
        }
        let fd = open(log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw ValidationError("--log: cannot open \(log)") }
        defer { close(fd) }
        if ready {
            FileHandle.standardOutput.write(Data("ready\n".utf8))
        }
        var random = SplitMix(state: seed)
        let start = Date()
        var done = 0
        for n in 0..<count {
            if seconds > 0 && Date().timeIntervalSince(start) >= seconds { break }
            let key = "\(tag)#\(n)"
            let note = "stress \(key)"
            var line = ""
            switch random.next() % 4 {
            case 0, 1:
                let amount = Money(fen: Int64(random.next() % UInt64(max(1, maxFen))) + 1)
                let saved = try store.change(asOf: today, action: .pay, summary: "\(note) pay") {
                    household in
                    try household.pay(beneficiary: id, amount: amount, rules: policy).changes.map {
                        change in
                        guard case .addLedgerEntry(var entry) = change else { return change }
                        entry.note = note
                        return .addLedgerEntry(entry)
                    }
                }
                var parts: [String] = []
                var total: Int64 = 0
                for case .addLedgerEntry(let entry) in saved {
                    parts.append("\(entry.account.value)=\(entry.amount.fen)")
                    total += entry.amount.fen
                }
                line =
                    saved.isEmpty
                    ? "\(key) noop" : "\(key) pay \(parts.count) \(total) " + parts.joined(separator: ",")
            case 2:
                var what = "noop"
                try store.change(asOf: today, action: .bind, summary: "\(note) toggle") {
                    household in
                    if household.bindings.contains(where: { $0.payer == payer && $0.beneficiary == id }) {
                        what = "unbind"
                        return try household.unbind(payer: payer, beneficiary: id).changes
                    }
                    what = "bind"
                    return try household.bind(
                        payer: payer, beneficiary: id, relation: relationship, quota: nil, policy: policy)
                }
                line = "\(key) \(what)"
            default:
                var order: [ResidentID] = []
                try store.change(asOf: today, action: .order, summary: "\(note) order") {
                    household in
                    order = household.payerOrder(for: id).reversed()
                    guard order.count > 1 else {
                        order = []
                        return []
                    }
                    return try household.setPayerOrder(beneficiary: id, order: order)
                }
                line =
                    order.isEmpty
                    ? "\(key) noop" : "\(key) order " + order.map(\.value).joined(separator: ",")
            }
            let bytes = Array((line + "\n").utf8)
            guard write(fd, bytes, bytes.count) == bytes.count else {
                throw ValidationError("--log: write failed")
            }
            done += 1
        }
        let elapsed = Date().timeIntervalSince(start)
        FileHandle.standardOutput.write(
            Data("changes \(done) seconds \(String(format: "%.2f", elapsed))\n".utf8))
    }
}

/// SplitMix64: a tiny seeded generator, so a writer's run can be repeated.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
