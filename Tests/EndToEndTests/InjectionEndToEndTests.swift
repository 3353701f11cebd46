import Foundation
import Testing
import TestSupport

/// Names, ledger notes and an operator's rule page that hold terminal attacks, shown by the real app:
/// every byte the app sends to the terminal is recorded (`tmux pipe-pane`) and searched for the
/// injected sequences; the screen shows them as visible text; the window title is untouched.
@Suite("Injected control sequences never reach the terminal", .serialized, .enabled(if: TmuxSession.isAvailable))
struct InjectionEndToEndTests {
    typealias Fixture = AppEndToEndTests.Fixture
    static let owner = AppEndToEndTests.owner
    static let mother = "110108192811050046"
    /// 33 characters: OSC 0 title, OSC 52 clipboard write, C1 CSI, RLO.
    static let ownerName = "\u{1B}]0;PWNED\u{07}\u{1B}]52;c;cHduZWQ=\u{07}王\u{9B}2J\u{202E}五"
    static let motherName = "\u{9D}0;PWNED\u{9C}李\u{200B}\u{202D}\u{0301}\u{0301}\u{0301}\u{0301}梅\u{1B}[31m"
    static let note = "\u{1B}]0;NOTE\u{07}\u{9D}52;c;eA==\u{9C}\u{1B}[2J药\u{202E}"

    /// Byte sequences that must not appear anywhere in the app's output.
    static let forbidden: [(String, [UInt8])] = [
        ("ESC ] (any OSC, title 0/2, clipboard 52)", [0x1B, 0x5D]), ("ESC ] 0 ;", Array("\u{1B}]0;".utf8)),
        ("ESC ] 52 ;", Array("\u{1B}]52;".utf8)), ("U+009B CSI", [0xC2, 0x9B]), ("U+009D OSC", [0xC2, 0x9D]),
        ("U+009C ST", [0xC2, 0x9C]), ("U+202E RLO", [0xE2, 0x80, 0xAE]), ("U+202D LRO", [0xE2, 0x80, 0xAD]),
        ("U+200B ZWSP", [0xE2, 0x80, 0x8B]), ("BEL", [0x07]),
        ("PWNED", Array("PWNED\u{07}".utf8)), ("combining acute x3", [0xCC, 0x81, 0xCC, 0x81, 0xCC, 0x81]),
    ]

    /// A store with the hostile names and note, and a policy folder whose `uses` page has a hostile
    /// title and first paragraph.
    static func hostileFixture() throws -> (Fixture, policyDir: String) {
        let fixture = try Fixture(demo: false)
        try fixture.cli([
            "person", "add", "--name", ownerName, "--id", owner, "--scheme", "employee", "--region", "110000",
            "--balance", "100", "--me",
        ])
        try fixture.cli([
            "person", "add", "--name", motherName, "--id", mother, "--scheme", "resident", "--region", "110000",
        ])
        try fixture.cli(["relatives", "add", "--payer", owner, "--beneficiary", mother, "--relation", "mother"])
        try fixture.cli(["credit", "--person", owner, "--amount", "12.34", "--note", note])
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var lines = try String(contentsOf: root.appendingPathComponent("Data/rules/en/uses.md"), encoding: .utf8)
            .components(separatedBy: "\n")
        let title = try #require(lines.firstIndex { $0.hasPrefix("title: ") })
        lines[title] = "title: \u{1B}]0;PWNED\u{07}" + lines[title].dropFirst(7)
        let body = try #require(
            lines.indices.first {
                $0 > title + 2 && !lines[$0].isEmpty && !lines[$0].hasPrefix("#") && !lines[$0].hasPrefix("---")
            })
        lines[body] = "\u{1B}]52;c;cHduZWQ=\u{07}\u{9B}31m" + lines[body] + "\u{202E}"
        let folder = fixture.directory.appendingPathComponent("policy/rules/en")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try lines.joined(separator: "\n").write(
            to: folder.appendingPathComponent("uses.md"), atomically: true, encoding: .utf8)
        return (fixture, fixture.directory.appendingPathComponent("policy").path)
    }

    @Test(
        "hostile names, a note and a rule page, on Home, Balance, Relatives and Rules: not one injected byte in the raw output",
        arguments: ["colour", "NO_COLOR"])
    func rawOutputIsClean(colour: String) throws {
        let (fixture, policyDir) = try Self.hostileFixture()
        defer { fixture.remove() }
        let script = try ShellScript(
            directory: fixture.directory,
            runs: [ShellScript.yibao(["--store", fixture.store, "--lang", "en", "--policy-dir", policyDir])],
            waitForGo: true,
            // A control: after the app, the shell itself sends a title change, which the recording must catch.
            epilogue: "printf '\\033]2;probe\\007'")
        let tmux = try TmuxSession(
            command: script.command, environment: ["NO_COLOR": colour == "NO_COLOR" ? "1" : ""],
            directory: fixture.directory)
        defer { tmux.kill() }
        try script.recordAndGo(tmux)

        // Each wait names the screen and the inert text it must show: a screen read mid-redraw
        // (the title already new, the body still the old screen's) cannot pass or fail early.
        try tmux.waitFor { $0.contains("Payer order") && $0.contains("^[]0;PWNED^G") }
        try tmux.send("1")
        try tmux.waitFor { $0.contains("¥112.34") && $0.contains("^[]0;NOTE") }
        try tmux.send("Escape")
        try tmux.waitFor("Payer order")
        try tmux.send("2")
        try tmux.waitFor { $0.contains("You pay for these relatives") && $0.contains("<U+009D>0;PW") }
        try tmux.send("Escape")
        try tmux.waitFor("Payer order")
        try tmux.send("4")
        try tmux.waitFor { $0.contains("Which rules apply to me?") && $0.contains("^[]0;PWNED^G") }
        try tmux.send("4")
        try tmux.waitFor("<U+009B>31m")
        try tmux.send("Escape")
        try tmux.send("Escape")
        try tmux.waitFor("Payer order")
        try tmux.send("q")
        try tmux.waitFor("Leave Yibao now?")
        try tmux.send("y")
        try tmux.waitFor("[app-exited:0]")
        let title = try tmux.tmux(["display-message", "-p", "-t", tmux.name, "#{pane_title}"])
        #expect(!title.contains("PWNED") && !title.contains("NOTE"), "the window title was changed to \(title)")
        try tmux.waitFor("type>")

        // pipe-pane writes asynchronously: wait until the app's farewell (leaving the alternate screen) is recorded.
        let deadline = Date().addingTimeInterval(5)
        var raw = script.rawOutput()
        while !raw.contains(bytes: Array("[app-exited:0]".utf8)), Date() < deadline {
            usleep(50_000)
            raw = script.rawOutput()
        }
        while !raw.contains(bytes: Array("\u{1B}]2;probe\u{07}".utf8)), Date() < deadline {
            usleep(50_000)
            raw = script.rawOutput()
        }
        #expect(raw.contains(bytes: Array("\u{1B}]2;probe\u{07}".utf8)), "the recording misses what the shell sent")
        // Only what came before the app's exit is the app's.
        raw = raw.range(of: Data("[app-exited:".utf8)).map { raw.prefix(upTo: $0.lowerBound) } ?? raw
        #expect(raw.count > 2_000, "only \(raw.count) bytes were recorded")
        #expect(raw.contains(bytes: Array("^[]0;PWNED^G".utf8)), "the recording does not hold the drawn name")
        for (name, bytes) in Self.forbidden {
            #expect(!raw.contains(bytes: bytes), "the app sent \(name) to the terminal")
        }
        #expect(script.terminalRestored().0)
    }
}
