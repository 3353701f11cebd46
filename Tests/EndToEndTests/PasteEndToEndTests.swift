import Foundation
import Testing
import TestSupport

/// A very long paste into a form field (issue 15): the field takes what fits, and the app does not
/// spend a full draw on every pasted character.
@Suite("A long paste in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable))
struct PasteEndToEndTests {
    typealias Fixture = AppEndToEndTests.Fixture

    /// The CPU seconds (user + system) a process has used, from /proc.
    static func cpuSeconds(_ pid: Int32) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { return nil }
        let fields = text[text.index(close, offsetBy: 2)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// The bytes a process has read so far (all its reads, the terminal's among them), from /proc.
    static func bytesRead(_ pid: Int32) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8) else { return nil }
        let line = text.split(separator: "\n").first { $0.hasPrefix("rchar:") }
        return line.flatMap { Int($0.dropFirst("rchar:".count).trimmingCharacters(in: .whitespaces)) }
    }

    /// Polls until `condition` holds (true), or `timeout` seconds pass (false).
    static func wait(timeout: Double, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            guard Date() < deadline else { return false }
            usleep(5_000)
        }
        return true
    }

    /// Records that the terminal held back input the app never got to read (see the test).
    static func heldBack(sent: Int) {
        withKnownIssue("the pseudo-terminal held input back: the app had not read \(sent) bytes after 60 s") {
            Issue.record("input held back by the pseudo-terminal, not by the app")
        }
    }

    @Test("a paste of 50,400 characters in 42 pieces into the name field takes under 8 s of the app's CPU, and keys after it still work")
    func longPaste() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(arguments: ["--lang", "en"])
        defer { tmux.kill() }
        try JourneyEndToEndTests.openAddRelativeForm(tmux)
        let pid = try #require(try E2E.pids(named: "yibao", storeArgument: fixture.store).first)
        let before = try #require(Self.cpuSeconds(pid))
        // The paste goes in pieces of 1,200 characters (3,600 bytes), each sent once the app has read the
        // one before (from /proc/PID/io). Under heavy load the pseudo-terminal itself sometimes holds input
        // back: the app sits in poll() with nothing to read while tmux has nothing left to write, and the
        // rest trickles in over minutes (seen with one 150,000-byte paste about one run in six, and once
        // with these pieces while the whole suite ran). That stall is the kernel's, not the app's: when
        // the app has not read what was sent, the test records it as a known issue instead of timing out;
        // whatever the app HAS read, it must show, and within its CPU bound.
        let piece = String(repeating: "张", count: 1_200)
        let file = fixture.directory.appendingPathComponent("paste.txt")
        try Data(piece.utf8).write(to: file)
        _ = try tmux.tmux(["load-buffer", "-b", "long", file.path])
        var sent = 0
        let readBefore = try #require(Self.bytesRead(pid))
        let appHasRead = { (Self.bytesRead(pid) ?? 0) - readBefore >= sent }
        for _ in 0..<(50_000 / 1_200 + 1) {
            _ = try tmux.tmux(["paste-buffer", "-b", "long", "-t", tmux.name])
            sent += piece.utf8.count
            guard Self.wait(timeout: 60, until: appHasRead) else { return Self.heldBack(sent: sent) }
        }
        // Keys sent after the paste are answered only once every pasted character has been taken.
        try tmux.send("Tab")
        try tmux.send("119988", literal: true)
        sent += 7
        guard Self.wait(timeout: 60, until: appHasRead) else { return Self.heldBack(sent: sent) }
        // Wall time depends on tmux and a busy machine; the app's own CPU time does not.
        let screen = try tmux.waitFor(timeout: 60) { $0.contains("119988") }
        let used = try #require(Self.cpuSeconds(pid)) - before
        #expect(screen.contains(String(repeating: "张", count: 8)), "\(screen)")
        // Before: one full draw per character: 53 s of CPU for this paste in a debug build (13.7 s of wall
        // time in the issue). Now the waiting input is taken in one turn of the loop and drawn once
        // (PasteLoopTests counts the draws): 1–3.5 s of CPU in a debug build on a loaded machine.
        #expect(used < 8, "the paste took \(used) s of CPU")
    }
}
