import Foundation
import Testing
import TestSupport

/// Box lines go through the terminal's line-drawing set where its terminfo has one (issue 19: one byte a
/// cell over a slow link instead of three). tmux keeps such cells as the set's letters, so its capture
/// shows `lqqq…k` where the terminal draws `┌───┐`; every other end-to-end test asks ncurses for UTF-8
/// lines (`NCURSES_NO_UTF8_ACS=1`, TmuxSession's default) so it can read the borders as characters.
@Suite("Line drawing in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable))
struct LineDrawingEndToEndTests {
    typealias Fixture = AppEndToEndTests.Fixture

    /// Home's first menu box: its top border, as tmux captured it.
    static func topBorder(_ screen: String) -> Substring? {
        screen.split(separator: "\n").first { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.count > 20 && (trimmed.hasPrefix("lqqq") || trimmed.hasPrefix("┌──"))
        }
    }

    @Test("an xterm's Home draws its boxes through the line-drawing set, not as UTF-8 box characters")
    func homeUsesLineDrawingSet() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(
            environment: ["LANG": "C.UTF-8", "NCURSES_NO_UTF8_ACS": "0"], arguments: ["--lang", "en"])
        defer { tmux.kill() }
        let screen = try tmux.waitFor("Quit")
        let border = try #require(Self.topBorder(screen), "no box border on Home:\n\(screen)")
        #expect(border.trimmingCharacters(in: .whitespaces).hasPrefix("lqqq"))
        #expect(border.trimmingCharacters(in: .whitespaces).hasSuffix("qqqk"))
        #expect(!screen.contains("┌") && !screen.contains("─"))
        #expect(screen.contains("Balance"))
    }

    /// Every box border line of a screen (trimmed), the line-drawing letters turned into the characters
    /// they stand for, so a capture through the set compares with one of UTF-8 lines.
    static func borders(_ screen: String) -> [String] {
        let letters: [Character: Character] = ["l": "┌", "k": "┐", "m": "└", "j": "┘", "q": "─"]
        return screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.count > 20 && ($0.hasPrefix("lqqq") || $0.hasPrefix("mqqq") || $0.hasPrefix("┌──") || $0.hasPrefix("└──")) }
            .map { String($0.map { letters[$0] ?? $0 }) }
    }

    @Test("tmux repeats Home's long lines (REP): every border the same length as in UTF-8, at first and after Esc back")
    func repeatedLinesDrawWhole() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        func screens(utf8: Bool) throws -> (home: [String], back: [String]) {
            let tmux = try fixture.app(
                environment: ["LANG": "C.UTF-8", "NCURSES_NO_UTF8_ACS": utf8 ? "1" : "0"], arguments: ["--lang", "en"])
            defer { tmux.kill() }
            let home = try tmux.waitFor("Quit")
            try tmux.send("2")
            try tmux.waitFor("Back")
            try tmux.send("Escape")
            let back = try tmux.waitFor("Quit")
            return (Self.borders(home), Self.borders(back))
        }
        let repeated = try screens(utf8: false)
        let plain = try screens(utf8: true)
        #expect(plain.home.count == 8, "Home's four boxes:\n\(plain.home.joined(separator: "\n"))")
        #expect(repeated.home == plain.home)
        #expect(repeated.back == plain.home)
    }

    @Test("In Chinese, every screen drawn with REP is the same, cell for cell, as without it (a fixed --charset asks nothing)")
    func repeatedLinesChangeNothingShown() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        func screens(_ arguments: [String]) throws -> [String] {
            let tmux = try fixture.app(
                environment: ["LANG": "zh_CN.UTF-8", "NCURSES_NO_UTF8_ACS": "0"], arguments: ["--lang", "zh-Hans"] + arguments)
            defer { tmux.kill() }
            let home = try tmux.waitFor("亲属共济")
            try tmux.send("1")
            let balance = try tmux.waitFor("截至")
            try tmux.send("Escape")
            let back = try tmux.waitFor { !$0.contains("截至") && $0.contains("亲属共济") }
            try tmux.send("2")
            let relatives = try tmux.waitFor { !$0.contains("您好") }
            try tmux.send("Escape")
            let again = try tmux.waitFor { $0 != relatives && $0.contains("您好") }
            return [home, balance, back, relatives, again]
        }
        // `--charset unicode`: the same drawing set and line-drawing letters, but no probe, so no REP.
        let repeated = try screens([])
        let cellByCell = try screens(["--charset", "unicode"])
        #expect(repeated == cellByCell)
        #expect(repeated[0].contains("lqqq"), "Home's boxes through the line-drawing set:\n\(repeated[0])")
    }

    @Test("with UTF-8 lines asked for, the same Home draws the box characters themselves")
    func utf8LinesWhenAsked() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(
            environment: ["LANG": "C.UTF-8", "NCURSES_NO_UTF8_ACS": "1"], arguments: ["--lang", "en"])
        defer { tmux.kill() }
        let screen = try tmux.waitFor("Quit")
        let border = try #require(Self.topBorder(screen), "no box border on Home:\n\(screen)")
        #expect(border.trimmingCharacters(in: .whitespaces).hasPrefix("┌──"))
        #expect(!screen.contains("lqqq"))
    }
}
