import Foundation
import Testing

/// Issue 12, item 2 on the command line: `--date` after the real today is refused (exit 1), and a
/// payment dated yesterday is decided against today's lines too.
@Suite("Dated changes on the command line")
struct DatedChangeCLITests {
    static let me = "110105195603100015"  // male, born 1956, Beijing

    /// A day on the local calendar, `days` from the real today, as YYYY-MM-DD.
    static func day(_ days: Int) -> String {
        let date = Calendar.current.date(byAdding: .day, value: days, to: Date())!
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    func balance(_ cli: CLIRunner) throws -> Int? {
        var today = cli
        today.date = Self.day(0)
        return (try CLIRunner.json(today.run(["balance", "--json"])) as? [String: Any])?["balance_fen"] as? Int
    }

    @Test("a payment dated yesterday after today's spent the money exits 1 naming the day; tomorrow is refused too")
    func datedPayments() throws {
        var cli = try CLIRunner()
        defer { cli.cleanUp() }
        cli.date = Self.day(-10)
        let add = try cli.run([
            "person", "add", "--name", "张建国", "--id", Self.me, "--scheme", "employee", "--region", "110000",
            "--balance", "1000", "--me",
        ])
        #expect(add.status == 0, "\(add.stderr)")
        cli.date = Self.day(0)
        #expect(try cli.run(["pay", "--beneficiary", Self.me, "--amount", "600"]).status == 0)

        cli.date = Self.day(-1)
        let short = try cli.run(["pay", "--beneficiary", Self.me, "--amount", "400.01"])
        #expect(short.status == 1)
        #expect(short.stderr.contains("would fall short"), "\(short.stderr)")
        #expect(short.stderr.contains("-¥0.01") || short.stderr.contains("−¥0.01"), "\(short.stderr)")
        #expect(try balance(cli) == 40_000)

        cli.date = Self.day(1)
        let future = try cli.run(["pay", "--beneficiary", Self.me, "--amount", "1"])
        #expect(future.status == 1)
        #expect(future.stderr.contains("has not come yet"), "\(future.stderr)")
        cli.date = "2062-03-15"
        #expect(try cli.run(["credit", "--person", Self.me, "--amount", "5"]).status == 1)
        #expect(try balance(cli) == 40_000)

        cli.date = Self.day(-1)
        #expect(try cli.run(["pay", "--beneficiary", Self.me, "--amount", "400"]).status == 0)
        #expect(try balance(cli) == 0)
    }
}
