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

    @Test("a 50,000-character paste into the name field takes under 8 s of the app's CPU, and keys after it still work")
    func longPaste() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(arguments: ["--lang", "en"])
        defer { tmux.kill() }
        try JourneyEndToEndTests.openAddRelativeForm(tmux)
        let pid = try #require(try E2E.pids(named: "yibao", storeArgument: fixture.store).first)
        let before = try #require(Self.cpuSeconds(pid))
        let file = fixture.directory.appendingPathComponent("paste.txt")
        try Data(String(repeating: "张", count: 50_000).utf8).write(to: file)
        _ = try tmux.tmux(["load-buffer", "-b", "long", file.path])
        _ = try tmux.tmux(["paste-buffer", "-b", "long", "-t", tmux.name])
        // Keys sent after the paste are answered only once every pasted character has been taken.
        try tmux.send("Tab")
        try tmux.send("119988", literal: true)
        // Wall time depends on tmux and a busy machine; the app's own CPU time does not.
        let screen = try tmux.waitFor(timeout: 180) { $0.contains("119988") }
        let used = try #require(Self.cpuSeconds(pid)) - before
        #expect(screen.contains(String(repeating: "张", count: 8)), "\(screen)")
        // Before: one full draw per character: 53 s of CPU for this paste in a debug build (13.7 s of wall
        // time in the issue). Now the waiting input is taken in one turn of the loop and drawn once
        // (PasteLoopTests counts the draws): 1–3.5 s of CPU in a debug build on a loaded machine.
        #expect(used < 8, "the paste took \(used) s of CPU")
    }
}
