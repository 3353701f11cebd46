import Foundation
import Testing
import TestSupport

/// SIGTERM and SIGHUP in the middle of a form, a save question or a save, in a real terminal: the
/// terminal is given back as it was (`stty -g` the same, the shell prompt works), the store passes
/// `PRAGMA integrity_check`, and a form that was not confirmed saves nothing.
@Suite("Signals in the middle of a form or a save", .serialized, .enabled(if: TmuxSession.isAvailable))
struct SignalEndToEndTests {
    typealias Fixture = AppEndToEndTests.Fixture
    static let brother = "110105195001020018"

    static func integrity(_ fixture: Fixture) throws -> String {
        let result = try Spawn.runCombined(["sqlite3", "-readonly", fixture.store, "PRAGMA integrity_check;"])
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Starts the app on the fixture's store inside a script that records the terminal around it.
    static func start(_ fixture: Fixture) throws -> (TmuxSession, ShellScript) {
        let script = try ShellScript(
            directory: fixture.directory, runs: [ShellScript.yibao(["--store", fixture.store, "--lang", "en"])])
        let tmux = try TmuxSession(command: script.command, directory: fixture.directory)
        return (tmux, script)
    }

    static func signal(_ number: Int32, _ fixture: Fixture) throws {
        let pids = try E2E.pids(named: "yibao", storeArgument: fixture.store)
        try #require(!pids.isEmpty, "the app is not running")
        for pid in pids { kill(pid, number) }
    }

    /// After the app ended: the same terminal settings, a working prompt, a sound store.
    static func expectCleanEnd(
        _ tmux: TmuxSession, _ script: ShellScript, _ fixture: Fixture,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let screen = try tmux.waitFor("[app-exited:")
        #expect(
            !screen.contains("Add a relative") && !screen.contains("Please confirm"),
            "the app's screen is left behind:\n\(screen)", sourceLocation: sourceLocation)
        #expect(
            script.status() == 0, "exit status \(String(describing: script.status()))", sourceLocation: sourceLocation)
        let (restored, detail) = script.terminalRestored()
        #expect(restored, "stty settings changed: \(detail)", sourceLocation: sourceLocation)
        let mode = try tmux.tmux(["display-message", "-p", "-t", tmux.name, "#{alternate_on}"])
        #expect(mode.trimmingCharacters(in: .whitespacesAndNewlines) == "0", sourceLocation: sourceLocation)
        try script.expectPromptWorks(tmux)
        #expect(try integrity(fixture) == "ok", sourceLocation: sourceLocation)
    }

    /// Opens the add-a-relative form and fills every field, ready for the save button.
    static func fillForm(_ tmux: TmuxSession) throws {
        try JourneyEndToEndTests.openAddRelativeForm(tmux)
        try tmux.send("张建民", literal: true)
        try tmux.send("Tab")
        try tmux.send(brother, literal: true)
        try tmux.send("Tab")
        for _ in 0..<6 { try tmux.send("Right") }
        try tmux.waitFor("elder brother")
    }

    @Test(
        "SIGTERM in the middle of the add-a-relative form: nothing saved, the terminal as it was",
        arguments: [SIGTERM, SIGHUP])
    func midForm(signal: Int32) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let before = try fixture.cli(["relatives", "list"])
        let people = try fixture.cli(["person", "list"])
        let (tmux, script) = try Self.start(fixture)
        defer { tmux.kill() }
        try JourneyEndToEndTests.openAddRelativeForm(tmux)
        try tmux.send("张建民", literal: true)
        try tmux.send("Tab")
        try tmux.send("1101051950", literal: true)
        try tmux.waitFor("1101051950")
        try Self.signal(signal, fixture)
        try Self.expectCleanEnd(tmux, script, fixture)
        #expect(try fixture.cli(["relatives", "list"]) == before)
        #expect(try fixture.cli(["person", "list"]) == people)
    }

    @Test(
        "SIGTERM or SIGHUP with the save question open: no person and no binding added", arguments: [SIGTERM, SIGHUP])
    func saveQuestionOpen(signal: Int32) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let before = try fixture.cli(["relatives", "list"])
        let (tmux, script) = try Self.start(fixture)
        defer { tmux.kill() }
        try Self.fillForm(tmux)
        for _ in 0..<3 { try tmux.send("Tab") }
        try tmux.send("Enter")
        try tmux.waitFor("Please confirm")
        try Self.signal(signal, fixture)
        try Self.expectCleanEnd(tmux, script, fixture)
        #expect(try fixture.cli(["relatives", "list"]) == before)
        #expect(!(try fixture.cli(["person", "list"])).contains("张建民"))
    }

    @Test("SIGTERM just as the save is confirmed: the relative is saved whole or not at all, and the store is sound")
    func duringSave() throws {
        var outcomes: [Bool] = []
        for delay: useconds_t in [0, 2_000, 10_000, 40_000] {
            let fixture = try Fixture()
            defer { fixture.remove() }
            let (tmux, script) = try Self.start(fixture)
            defer { tmux.kill() }
            try Self.fillForm(tmux)
            for _ in 0..<3 { try tmux.send("Tab") }
            try tmux.send("Enter")
            try tmux.waitFor("Please confirm")
            let pids = try E2E.pids(named: "yibao", storeArgument: fixture.store)
            try tmux.send("y")
            usleep(delay)  // the signal lands before, during or after the write transaction
            for pid in pids { kill(pid, SIGTERM) }
            try Self.expectCleanEnd(tmux, script, fixture)
            let relatives = try fixture.cli(["relatives", "list"])
            let people = try fixture.cli(["person", "list"])
            let bound = relatives.contains("张建民")
            #expect(bound == people.contains("张建民"), "half a save: person \(people.contains("张建民")), binding \(bound)")
            outcomes.append(bound)
        }
        #expect(outcomes.count == 4)
    }
}
