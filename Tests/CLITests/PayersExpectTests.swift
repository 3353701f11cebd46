import Foundation
import Testing
import TestSupport

/// `payers set --expect`: a script's save decided on the order it read is refused, writing nothing,
/// when someone saved another order meanwhile. Without `--expect` the last writer wins.
@Suite("payers set --expect")
struct PayersExpectTests {
    typealias C = CLITests

    @Test("a stale --expect is refused with exit 1 and the order in use; a current one saves")
    func expectChecked() throws {
        let t = C()
        let cli = try t.family()
        defer { cli.cleanUp() }
        t.expectOK(
            try cli.run(["relatives", "add", "--payer", C.me, "--beneficiary", C.mother, "--relation", "母亲"]))
        t.expectOK(
            try cli.run(["relatives", "add", "--payer", C.son, "--beneficiary", C.mother, "--relation", "奶奶"]))
        let read = "\(C.me),\(C.son)"
        // Someone else saves first.
        t.expectOK(
            try cli.run(["payers", "set", "--beneficiary", C.mother, "--order", "\(C.son),\(C.me)"]))

        let stale = try cli.run([
            "payers", "set", "--beneficiary", C.mother, "--order", "\(C.son),\(C.me)", "--expect", read,
        ])
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("Not saved: the payer order was changed elsewhere meanwhile."))
        let audit = try cli.run(["operator", "audit", "--json"])

        let current = try cli.run([
            "payers", "set", "--beneficiary", C.mother, "--order", read, "--expect", "\(C.son),\(C.me)",
        ])
        #expect(current.status == 0)
        let show = try cli.run(["payers", "show", "--beneficiary", C.mother, "--json"])
        let order = try #require(try CLIRunner.json(show) as? [String: Any])
        #expect(order["order"] as? [String] == [C.me, C.son])
        // The refused save wrote no audit row.
        let before = try #require(try CLIRunner.json(audit) as? [Any]).count
        let after = try #require(try CLIRunner.json(try cli.run(["operator", "audit", "--json"])) as? [Any]).count
        #expect(after == before + 1)
    }
}
