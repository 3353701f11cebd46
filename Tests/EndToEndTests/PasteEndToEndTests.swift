import Foundation
import Testing
import TestSupport

/// A very long paste into a form field (issue 15): the field takes what fits at once.
@Suite("A long paste in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable))
struct PasteEndToEndTests {
    typealias Fixture = AppEndToEndTests.Fixture

    @Test("a 50,000-character paste into the name field is cut to the field's 40 characters within seconds")
    func longPaste() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(arguments: ["--lang", "en"])
        defer { tmux.kill() }
        try JourneyEndToEndTests.openAddRelativeForm(tmux)
        let paste = String(repeating: "张", count: 50_000)
        let file = fixture.directory.appendingPathComponent("paste.txt")
        try Data(paste.utf8).write(to: file)
        _ = try tmux.tmux(["load-buffer", "-b", "long", file.path])
        let started = Date()
        _ = try tmux.tmux(["paste-buffer", "-b", "long", "-t", tmux.name])
        // Keys sent after the paste are answered only once every pasted character has been taken.
        try tmux.send("Tab")
        try tmux.send("119988", literal: true)
        let screen = try tmux.waitFor(timeout: 60) { $0.contains("119988") }
        let elapsed = Date().timeIntervalSince(started)
        #expect(screen.contains(String(repeating: "张", count: 8)), "\(screen)")
        // Before: 13.7 s (one full draw per pasted character). The bound leaves room for a busy machine.
        #expect(elapsed < 5, "the paste took \(elapsed) s")
    }
}
