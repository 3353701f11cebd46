import Foundation
import TestSupport
import Testing

/// The command line's plain output goes to a terminal too: names, notes, typed arguments and an
/// operator's rule pages that hold escape sequences are printed inert, on stdout and stderr alike;
/// JSON escapes them and keeps the exact text.
@Suite("The command line never prints an injected control sequence")
struct CLIInjectionTests {
    static let me = CLITests.me
    static let mother = CLITests.mother
    /// 33 characters (the model allows 40): OSC title, OSC 52 clipboard, C1 CSI, RLO.
    static let hostileName = "\u{1B}]0;PWNED\u{07}\u{1B}]52;c;cHduZWQ=\u{07}王\u{9B}2J\u{202E}五"
    static let hostileNote = "\u{1B}]0;NOTE\u{07}\u{9D}52;c;eA==\u{9C}\u{1B}[2J\u{200B}药\u{202E}"
    /// What must never reach a terminal as it is.
    static let forbidden = ["\u{1B}", "\u{9B}", "\u{9D}", "\u{9C}", "\u{07}", "\u{202E}", "\u{200B}"]

    static func expectInert(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for piece in forbidden where text.contains(piece) {
            Issue.record(
                "\(what) printed U+\(String(piece.unicodeScalars.first!.value, radix: 16)): \(text.debugDescription)",
                sourceLocation: sourceLocation)
        }
        #expect(
            !Fuzz.containsTerminalControl(text), "\(what): \(text.debugDescription)", sourceLocation: sourceLocation)
    }

    func family() throws -> CLIRunner {
        let cli = try CLIRunner()
        let add = try cli.run([
            "person", "add", "--name", Self.hostileName, "--id", Self.me, "--scheme", "employee", "--region", "110000",
            "--balance", "1000", "--me",
        ])
        #expect(add.status == 0, "\(add.stderr)")
        Self.expectInert(add.stdout, "person add")
        #expect(add.stdout.contains("^[]0;PWNED^G"))
        try #require(
            cli.run([
                "person", "add", "--name", Self.hostileName, "--id", Self.mother, "--scheme", "resident", "--region",
                "110000",
            ]).status == 0)
        try #require(
            cli.run(["relatives", "add", "--payer", Self.me, "--beneficiary", Self.mother, "--relation", "母亲"]).status
                == 0)
        try #require(
            cli.run(["credit", "--person", Self.me, "--amount", "10", "--note", Self.hostileNote]).status == 0)
        try #require(cli.run(["pay", "--beneficiary", Self.mother, "--amount", "5"]).status == 0)
        return cli
    }

    @Test("every plain listing shows a hostile name and note as visible text, in both languages")
    func plainListings() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        var checked = 0
        for language in ["en", "zh-Hans"] {
            var runner = cli
            runner.language = language
            for arguments in [
                ["person", "list"], ["relatives", "list"], ["balance"], ["balance", "--person", Self.mother],
                ["ledger"], ["ledger", "--person", Self.mother], ["payers", "show", "--beneficiary", Self.mother],
                ["pay", "--beneficiary", Self.mother, "--amount", "1", "--dry-run"], ["operator", "audit"],
            ] {
                let result = try runner.run(arguments)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                Self.expectInert(result.stdout, arguments.joined(separator: " "))
                Self.expectInert(result.stderr, arguments.joined(separator: " ") + " (stderr)")
                checked += 1
            }
        }
        let list = try cli.run(["person", "list"])
        #expect(list.stdout.contains("^[]0;PWNED^G^[]52;c;cHduZWQ=^G王<U+009B>2J<U+202E>五"))
        let ledger = try cli.run(["ledger"])
        #expect(ledger.stdout.contains("^[]0;NOTE^G"), "\(ledger.stdout)")
        #expect(checked == 18)
    }

    @Test("JSON output escapes every control, C1 and bidi character and keeps the exact name")
    func jsonEscapes() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        for arguments in [
            ["person", "list", "--json"], ["ledger", "--json"], ["relatives", "list", "--json"], ["export"],
        ] {
            let result = try cli.run(arguments)
            #expect(result.status == 0, "\(result.stderr)")
            Self.expectInert(result.stdout, arguments.joined(separator: " "))
        }
        let result = try cli.run(["person", "list", "--json"])
        #expect(result.stdout.contains("\\u009B") && result.stdout.contains("\\u202E"), "\(result.stdout)")
        let people = try #require(try CLIRunner.json(result) as? [[String: Any]])
        #expect(people.contains { $0["name"] as? String == Self.hostileName })
        let export = try cli.run(["export"])
        let object = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8))
        #expect(String(describing: object).contains("王"))
    }

    @Test("error messages that quote what was typed print it inert on stderr")
    func typedArguments() throws {
        let cli = try family()
        defer { cli.cleanUp() }
        let hostile = "\u{1B}]0;PWNED\u{07}\u{9B}2J\u{202E}"
        var checked = 0
        for arguments in [
            ["credit", "--person", Self.me, "--amount", hostile],
            ["relatives", "add", "--payer", Self.me, "--beneficiary", Self.mother, "--relation", hostile],
            ["balance", "--person", hostile], ["rules", hostile], ["balance", "--" + hostile], [hostile],
            [
                "person", "add", "--name", String(repeating: "\u{1B}[2J", count: 30), "--id", "110105198304120036",
                "--scheme",
                "none", "--region", "110000",
            ],
            ["balance", "--store", cli.storePath, "--lang", hostile],
            ["balance", "--store", cli.storePath, "--date", hostile],
        ] {
            // The last two give their own --lang and --date (the runner would add its own after them).
            let result = try cli.run(arguments, plain: arguments.contains(cli.storePath))
            #expect(result.status != 0, "\(arguments.map(\.debugDescription))")
            #expect(!result.stderr.isEmpty, "\(arguments.map(\.debugDescription)) said nothing")
            Self.expectInert(result.stderr, "stderr of \(arguments.map(\.debugDescription))")
            Self.expectInert(result.stdout, "stdout of \(arguments.map(\.debugDescription))")
            checked += 1
        }
        #expect(checked == 9)
    }

    @Test("an operator's rule page with escape sequences prints inert with yibao rules")
    func hostileRulePage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let folder = cli.directory.appendingPathComponent("policy-override/rules/en")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let real = try String(
            contentsOf: RepositoryData.directory.appendingPathComponent("rules/en/uses.md"), encoding: .utf8)
        let hostile =
            real.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: \u{1B}]0;PWNED\u{07}")
            + ""  // the page must still end with its note, so the attack goes into the title and a paragraph
        let lines = hostile.components(separatedBy: "\n")
        let firstParagraph = try #require(
            lines.indices.first {
                $0 > 4 && !lines[$0].isEmpty && !lines[$0].hasPrefix("#") && !lines[$0].hasPrefix("-")
            })
        var edited = lines
        edited[firstParagraph] = "\u{1B}]52;c;cHduZWQ=\u{07}\u{9B}31m" + edited[firstParagraph] + "\u{202E}"
        try edited.joined(separator: "\n").write(
            to: folder.appendingPathComponent("uses.md"), atomically: true, encoding: .utf8)
        let override = ["--policy-dir", cli.directory.appendingPathComponent("policy-override").path]
        let page = try cli.run(["rules", "uses"] + override)
        #expect(page.status == 0, "\(page.stderr)")
        Self.expectInert(page.stdout, "rules uses")
        #expect(page.stdout.contains("^[]52;c;cHduZWQ=^G<U+009B>31m"))
        let list = try cli.run(["rules"] + override)
        #expect(list.status == 0, "\(list.stderr)")
        Self.expectInert(list.stdout.replacingOccurrences(of: "\t", with: " "), "rules")
        #expect(list.stdout.contains("^[]0;PWNED^G"))
    }
}
