import Foundation
import ScreenKit
import TestSupport
import Testing

/// The drawing set in a real terminal: `YIBAO_CHARSET=ascii` in Chinese, `--charset unicode`, `auto`
/// asking tmux (a terminal that draws ambiguous characters narrow), and Ctrl-L clearing debris.
@Suite(
    "Drawing sets and Ctrl-L in a real terminal", .serialized,
    .enabled(if: TmuxSession.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil))
struct CharsetEndToEndTests {
    typealias Fixture = AppEndToEndTests.Fixture

    static func ambiguous(in screen: String) -> [Character] {
        screen.filter { AmbiguousWidth.contains($0) }.map { $0 }
    }

    @Test(
        "YIBAO_CHARSET=ascii in Chinese: +-| boxes, Chinese words and names, no ambiguous character, reverse-video digits"
    )
    func asciiInChinese() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(environment: ["LANG": "zh_CN.UTF-8", "YIBAO_CHARSET": "ascii"])
        defer { tmux.kill() }
        let home = try tmux.waitFor("亲属共济")
        #expect(home.contains("张建国"), "names stay Chinese")
        #expect(home.contains("+--------"), "boxes are drawn with + and -:\n\(home)")
        #expect(home.contains("|"))
        #expect(Self.ambiguous(in: home).isEmpty, "ambiguous characters on Home: \(Self.ambiguous(in: home))")
        try tmux.send("1")
        let balance = try tmux.waitFor("您的个人账户")
        #expect(Self.ambiguous(in: balance).isEmpty, "ambiguous characters on Balance: \(Self.ambiguous(in: balance))")
        #expect(!balance.contains("█") && !balance.contains("#####"))
        let styled = try tmux.tmux(["capture-pane", "-p", "-e", "-t", tmux.name])
        #expect(styled.contains("\u{1B}[7m"), "the big digits are reverse video")
        for key in ["Escape", "3"] { try tmux.send(key) }
        let payers = try tmux.waitFor("扣款顺序")
        #expect(
            Self.ambiguous(in: payers).isEmpty, "ambiguous characters on Payer order: \(Self.ambiguous(in: payers))")
    }

    @Test("--charset unicode keeps the box lines; auto asks tmux, which draws them narrow, and keeps them too")
    func unicodeAndAuto() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        for arguments in [["--charset", "unicode", "--lang", "zh-Hans"], ["--lang", "zh-Hans"]] {
            let tmux = try fixture.app(arguments: arguments)
            defer { tmux.kill() }
            let home = try tmux.waitFor("亲属共济")
            #expect(home.contains("┌──"), "\(arguments): box lines\n\(home)")
            // The probe's reply never became keys: Home is still shown, with nothing opened or asked.
            #expect(!home.contains("要退出医保吗"))
            try tmux.send("q")
            try tmux.waitFor("要退出医保吗")
            try tmux.send("y")
            try tmux.waitFor("[exited:0]")
        }
    }

    @Test("A wrong --charset or YIBAO_CHARSET is refused with the names that work, exit 2")
    func wrongName() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        for (arguments, environment) in [(["--charset", "boxes"], [:]), ([], ["YIBAO_CHARSET": "wide"])] {
            let tmux = try fixture.app(environment: environment, arguments: arguments)
            defer { tmux.kill() }
            let screen = try tmux.waitFor("[exited:2]")
            #expect(screen.contains("auto, unicode or ascii"), "\(arguments) \(environment):\n\(screen)")
        }
    }

    @Test("Ctrl-L clears debris written straight to the terminal, on Home and on Balance")
    func ctrlLRepaints() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(arguments: ["--lang", "en"])
        defer { tmux.kill() }
        try tmux.waitFor("Payer order")
        let tty = try tmux.tmux(["display-message", "-p", "-t", tmux.name, "#{pane_tty}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        for (open, shown) in [("", "Payer order"), ("1", "Balance")] {
            if !open.isEmpty { try tmux.send(open) }
            try tmux.waitFor(shown)
            let handle = try #require(FileHandle(forWritingAtPath: tty))
            // Debris such as a terminal that measured a character differently leaves behind.
            handle.write(Data("\u{1B}[5;5HDEBRIS-XYZ\u{1B}[12;30HDEBRIS-XYZ".utf8))
            try handle.close()
            try tmux.waitFor("DEBRIS-XYZ")
            try tmux.send("C-l")
            let clean = try tmux.waitFor { !$0.contains("DEBRIS") }
            #expect(clean.contains(shown), "the screen is drawn again:\n\(clean)")
        }
    }
}

/// The ambiguous-width probe against a terminal played by the test: it answers the cursor-position
/// request as an ambiguous-wide terminal (PuTTY with CJK settings), as a narrow one, late, or never.
@Suite("The ambiguous-width probe in a pseudo-terminal", .serialized)
struct AmbiguousProbeEndToEndTests {
    typealias Fixture = AppEndToEndTests.Fixture

    static let request = "\u{1B}[6n"

    static func start(_ fixture: Fixture, environment: [String: String] = [:]) throws -> PseudoTerminal {
        // NCURSES_NO_UTF8_ACS=1: box lines sent as UTF-8 `─`, not through the line-drawing set (as TmuxSession).
        var env = [
            "TERM": "vt100", "LANG": "C.UTF-8", "HOME": fixture.directory.path, "PATH": "/usr/bin:/bin",
            "NCURSES_NO_UTF8_ACS": "1",
        ]
        for (key, value) in environment { env[key] = value }
        return try PseudoTerminal(
            executable: BuiltProduct.yibao.path,
            arguments: ["--store", fixture.store, "--date", Fixture.today, "--lang", "zh-Hans"], environment: env)
    }

    static func ambiguous(_ text: String) -> [Character] { text.filter { AmbiguousWidth.contains($0) }.map { $0 } }

    @Test(
        "Answered as an ambiguous-wide terminal: every screen drawn is narrow-safe, and a key typed before the answer is kept"
    )
    func wideTerminal() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let terminal = try Self.start(fixture)
        #expect(terminal.readUntil { $0.containsText(Self.request) }, "no cursor-position request: \(terminal.text())")
        // The probe drew one box line before asking.
        let asked = terminal.text()
        #expect(asked.contains("─\u{1B}[6n"))
        // "1" typed just before the answer (the cursor went two columns: a wide terminal).
        let after = terminal.output.count
        terminal.send("1\u{1B}[7;3R")
        // Balance's first line (ncurses sends only what differs from Home, so a part of it).
        let shown = terminal.readUntil(from: after) { $0.containsText("个人账户（截至") }
        #expect(shown, "Balance not shown: \(terminal.text(from: after))")
        _ = terminal.read(milliseconds: 300)
        let screens = terminal.text(from: after)
        #expect(Self.ambiguous(screens).isEmpty, "ambiguous characters drawn: \(Self.ambiguous(screens))")
        #expect(screens.contains("+-"), "boxes in + and -")
        #expect(!screens.contains("要退出医保吗"), "no part of the answer became a key")
    }

    @Test(
        "Answered as a narrow terminal, the box lines stay; never answered, they stay too, and a late answer is no key")
    func narrowAndSilentTerminals() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        do {
            let terminal = try Self.start(fixture)
            #expect(terminal.readUntil { $0.containsText(Self.request) })
            let after = terminal.output.count
            terminal.send("\u{1B}[7;2R")
            #expect(terminal.readUntil(from: after) { $0.containsText("亲属共济") })
            _ = terminal.read(milliseconds: 200)
            #expect(terminal.text(from: after).contains("─"), "box lines kept on a narrow terminal")
        }
        do {
            let terminal = try Self.start(fixture)
            #expect(terminal.readUntil { $0.containsText(Self.request) })
            let after = terminal.output.count
            // No answer: Home comes after the probe's short wait, in box lines.
            #expect(terminal.readUntil(from: after, seconds: 5) { $0.containsText("亲属共济") })
            _ = terminal.read(milliseconds: 200)
            #expect(terminal.text(from: after).contains("─"))
            // The answer comes late, after Home is up: "1" inside it must not open Balance.
            let late = terminal.output.count
            terminal.send("\u{1B}[12;3R")
            _ = terminal.read(milliseconds: 600)
            let afterLate = terminal.text(from: late)
            #expect(!afterLate.contains("截至"), "the late answer became keys: \(afterLate)")
            // A real key still works.
            let typed = terminal.output.count
            terminal.send("q")
            #expect(terminal.readUntil(from: typed) { $0.containsText("要退出医保吗") })
        }
        do {
            // A fixed set asks nothing.
            let terminal = try Self.start(fixture, environment: ["YIBAO_CHARSET": "ascii"])
            #expect(terminal.readUntil { $0.containsText("亲属共济") })
            #expect(!terminal.text().contains(Self.request))
        }
    }
}
