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
