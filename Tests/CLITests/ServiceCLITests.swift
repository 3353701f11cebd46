import Foundation
import TestSupport
import Testing
import YibaoCore
import YibaoData
import YibaoService
import YibaoStore

@testable import yibao

/// The command line is a thin face over the same service as the app: the same change leaves the same
/// audit rows whichever asked; payers are numbered as on screen; no test tool ships in `yibao`.
@Suite("The command line over the service")
struct ServiceCLITests {
    typealias C = CLITests

    /// The audit trail as (action, summary, detail), oldest first.
    static func trail(_ path: String) throws -> [[String]] {
        let store = try Store.open(path: path, create: false)
        defer { try? store.close() }
        return try store.audit(limit: 1_000).reversed().map { [$0.action, $0.summary, $0.detail] }
    }

    @Test("the command line and the app's data source write the same audit rows for the same changes")
    func sameAuditRows() throws {
        // The command line: three people, a binding, a payer order, an unbinding.
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let people: [[String]] = [
            ["--name", "张建国", "--id", C.me, "--scheme", "employee", "--region", "110000", "--balance", "1000", "--me"],
            ["--name", "王桂兰", "--id", C.mother, "--scheme", "resident", "--region", "110000"],
            ["--name", "张伟", "--id", C.son, "--scheme", "employee", "--region", "110000", "--balance", "2000"],
        ]
        for person in people {
            #expect(try cli.run(["person", "add"] + person).status == 0)
        }
        for step in [
            ["relatives", "add", "--payer", C.me, "--beneficiary", C.mother, "--relation", "母亲"],
            ["relatives", "add", "--payer", C.son, "--beneficiary", C.mother, "--relation", "奶奶"],
            ["payers", "set", "--beneficiary", C.mother, "--order", "\(C.son),\(C.me)"],
            ["relatives", "remove", "--payer", C.son, "--beneficiary", C.mother],
        ] {
            let result = try cli.run(step)
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }

        // The app: the same changes as requests through its data source, on another store.
        let other = try CLIRunner()
        defer { other.cleanUp() }
        let date = try #require(CivilDate(iso: cli.date))
        let id = { (text: String) in try ResidentID(text, today: date) }
        let (me, mother, son) = (try id(C.me), try id(C.mother), try id(C.son))
        let beijing = try #require(RegionCode("110000"))
        let store = try Store.open(path: other.storePath)
        let app = StoreDataSource(store: store, policy: try PolicyBook.load(files: EmbeddedFiles.all))
        let requests: [ChangeRequest] = [
            .addPerson(
                Person(id: me, name: "张建国", scheme: .employee, region: beijing, isOwner: true),
                openingBalance: Money(fen: 100_000)),
            .addPerson(Person(id: mother, name: "王桂兰", scheme: .resident, region: beijing), openingBalance: nil),
            .addPerson(
                Person(id: son, name: "张伟", scheme: .employee, region: beijing), openingBalance: Money(fen: 200_000)),
            .bind(payer: me, beneficiary: mother, relation: .mother, quota: nil),
            .bind(payer: son, beneficiary: mother, relation: .paternalGrandmother, quota: nil),
            .setPayerOrder(beneficiary: mother, order: [son, me]),
            .unbind(payer: son, beneficiary: mother),
        ]
        for request in requests { _ = try app.apply(request, asOf: date) }
        try store.close()

        let fromCLI = try Self.trail(cli.storePath)
        let fromApp = try Self.trail(other.storePath)
        #expect(fromCLI.count == requests.count)
        #expect(fromCLI.map { $0[0] } == ["person.add", "person.add", "person.add", "bind", "bind", "order", "unbind"])
        #expect(fromCLI == fromApp)
    }

    @Test("payers show numbers the own account 1 and the payers from 2, as the payer-order screen does")
    func payersNumberedAsOnScreen() throws {
        let cli = try CLITests().family()
        defer { cli.cleanUp() }
        #expect(
            try cli.run(["relatives", "add", "--payer", C.me, "--beneficiary", C.mother, "--relation", "母亲"]).status
                == 0)
        #expect(
            try cli.run(["relatives", "add", "--payer", C.son, "--beneficiary", C.mother, "--relation", "奶奶"]).status
                == 0)
        let show = try cli.run(["payers", "show", "--beneficiary", C.mother])
        #expect(show.status == 0, "\(show.stderr)")
        let lines = show.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.count == 4, "\(show.stdout)")
        #expect(lines[1].hasPrefix("1. own account"))
        #expect(lines[2].hasPrefix("2. 张建国"))
        #expect(lines[3].hasPrefix("3. 张伟"))
        #expect(!lines.contains { $0.hasPrefix("0.") })
    }

    @Test("no test tool ships: yibao --help does not mention the stress writer, and yibao stress-writer is unknown")
    func noStressWriterInYibao() throws {
        let help = try CLIRunner.runRaw(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("relatives"), "the help is not the subcommand list: \(help.stdout)")
        #expect(!help.stdout.lowercased().contains("stress"))
        // The writer is its own program, built beside yibao for the reliability tests.
        #expect(FileManager.default.isExecutableFile(atPath: BuiltProduct.executable("yibao-stress").path))
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let run = try cli.run(["stress-writer"])
        #expect(run.status == 2, "exit \(run.status): \(run.stdout) \(run.stderr)")
        #expect(run.stderr.contains("Unexpected argument 'stress-writer'"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.storePath), "an unknown subcommand opened the store")
    }

    @Test("init --demo loads the demo household in one transaction: one audit row")
    func demoOneRow() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["init", "--demo"])
        #expect(result.status == 0, "\(result.stderr)")
        let trail = try Self.trail(cli.storePath)
        #expect(trail.map { $0[0] } == ["demo"])
        let again = try cli.run(["init", "--demo"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("goes only into an empty store"))
    }
}
