import Foundation
import TestSupport
import Testing

/// Long box lines sent with the terminal's REP (issue 19, slow links): the real binary in a
/// pseudo-terminal played by the test, which answers the start-up probe as a terminal that repeats
/// (an xterm: the second reply three columns after the first) or as one that ignores REP (one column
/// after), and counts the bytes of the first Home and of an Esc back to Home.
@Suite("Box lines with REP over a slow link", .serialized)
struct RepeatedLinesEndToEndTests {
    typealias Fixture = AppEndToEndTests.Fixture

    static let request = "\u{1B}[6n"

    /// The bytes of the first Home (from start, probe included) and of Esc back to Home from Relatives.
    struct Bytes {
        var home: [UInt8]
        var backHome: [UInt8]
    }

    /// Runs Home → Relatives → Home, answering the probe with `secondColumn` for its REP question.
    static func run(_ fixture: Fixture, utf8Lines: Bool, secondColumn: Int = 5) throws -> Bytes {
        let terminal = try PseudoTerminal(
            executable: BuiltProduct.yibao.path,
            arguments: ["--store", fixture.store, "--date", Fixture.today, "--lang", "en"],
            environment: [
                "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": fixture.directory.path, "PATH": "/usr/bin:/bin",
                "NCURSES_NO_UTF8_ACS": utf8Lines ? "1" : "0",
            ])
        defer { terminal.stop() }
        let asked = terminal.readUntil { $0.occurrences(of: request) >= 2 }
        #expect(asked, "the probe asked twice: \(terminal.text())")
        terminal.send("\u{1B}[1;2R\u{1B}[1;\(secondColumn)R")
        #expect(terminal.readUntil { $0.containsText("Quit") }, "Home: \(terminal.text())")
        settle(terminal)
        let home = terminal.output
        terminal.send("2")
        let relatives = terminal.output.count
        #expect(terminal.readUntil(from: relatives) { $0.containsText("Back") })
        settle(terminal)
        let back = terminal.output.count
        terminal.send("\u{1B}")
        #expect(terminal.readUntil(from: back) { $0.containsText("Quit") })
        settle(terminal)
        return Bytes(home: home, backHome: Array(terminal.output[back...]))
    }

    /// Reads until the program has been quiet for 200 ms.
    static func settle(_ terminal: PseudoTerminal) {
        while !terminal.read(milliseconds: 200).isEmpty {}
    }

    /// `ESC [ digits b`: the REP sequences drawn (after the start-up probe's own `ESC [ 2 b … ESC [ 6 n`).
    static func repeats(_ bytes: [UInt8]) -> Int {
        let request = Array(Self.request.utf8)
        var start = 0
        for index in stride(from: bytes.count - request.count, through: 0, by: -1)
        where bytes[index..<(index + request.count)].elementsEqual(request) {
            start = index + request.count
            break
        }
        var count = 0
        var index = start
        while index + 2 < bytes.count {
            if bytes[index] == 0x1B, bytes[index + 1] == 0x5B {
                var end = index + 2
                while end < bytes.count, (0x30...0x39).contains(bytes[end]) { end += 1 }
                if end > index + 2, end < bytes.count, bytes[end] == 0x62 { count += 1 }
                index = end
            } else {
                index += 1
            }
        }
        return count
    }

    @Test("A terminal seen to repeat gets Home's box lines with REP: first Home and Esc back each at most half the bytes")
    func halfTheBytes() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let before = try Self.run(fixture, utf8Lines: true)
        let after = try Self.run(fixture, utf8Lines: false)
        #expect(Self.repeats(before.home) == 0, "UTF-8 lines never use REP")
        #expect(Self.repeats(after.home) >= 8, "Home's eight long box lines use REP")
        #expect(Self.repeats(after.backHome) >= 8, "and so does the way back to Home")
        #expect(
            after.home.count * 2 <= before.home.count, "first Home: \(after.home.count) vs \(before.home.count) bytes")
        #expect(
            after.backHome.count * 2 <= before.backHome.count,
            "back to Home: \(after.backHome.count) vs \(before.backHome.count) bytes")
    }

    @Test("A terminal that ignores REP gets every box cell, as before (no REP sent)")
    func noRepeatWhereIgnored() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let bytes = try Self.run(fixture, utf8Lines: false, secondColumn: 3)
        #expect(Self.repeats(bytes.home) == 0)
        #expect(Self.repeats(bytes.backHome) == 0)
        #expect(bytes.home.containsText(String(repeating: "q", count: 40)), "box lines cell by cell")
    }
}

extension [UInt8] {
    /// How many times `text`'s UTF-8 bytes occur (not overlapping).
    fileprivate func occurrences(of text: String) -> Int {
        let needle = Array(text.utf8)
        var count = 0
        var index = 0
        while index + needle.count <= self.count {
            if self[index..<(index + needle.count)].elementsEqual(needle) {
                count += 1
                index += needle.count
            } else {
                index += 1
            }
        }
        return count
    }
}
