import Foundation
import Testing
import TestSupport

/// `faketime` (Debian package `faketime`): runs a program with its wall clock starting at a given
/// instant and running on from there, so the real binary can be started just before midnight.
enum FakeTime {
    static let command = "/usr/bin/faketime"
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: command) }

    /// A shell command line running `arguments` with the clock starting at `start` ("2026-12-31 23:59:45").
    static func commandLine(start: String, _ arguments: [String]) -> String {
        ([command, "-f", "@" + start] + arguments).map(TmuxSession.quote).joined(separator: " ")
    }
}

/// The real app and the real kiosk started a few seconds before New Year under `faketime`: the day on
/// screen moves to the new year by itself, no key pressed, no restart.
@Suite(
    "The app and the kiosk across midnight in a real terminal", .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
    .enabled(if: FakeTime.isAvailable, "faketime is not installed (apt-get install faketime); CI installs it"))
struct MidnightEndToEndTests {
    /// Beijing time, so the test does not depend on the machine's time zone.
    static let environment = ["TZ": "Asia/Shanghai", "LANG": "C.UTF-8"]

    @Test("the app's open Balance turns to the new day and year at midnight without a key")
    func appCrossesNewYear() throws {
        let fixture = try AppEndToEndTests.Fixture()
        defer { fixture.remove() }
        let command = FakeTime.commandLine(
            start: "2026-12-31 23:59:45", [E2E.binary.path, "--store", fixture.store, "--lang", "en"])
        let tmux = try TmuxSession(command: command, environment: Self.environment, directory: fixture.directory)
        defer { tmux.kill() }
        try tmux.waitFor("Balance", timeout: 20)
        try tmux.send("1")
        let before = try tmux.waitFor("(as of 2026-12-31)", timeout: 20)
        #expect(before.contains("This year (2026)"))
        let after = try tmux.waitFor("(as of 2027-01-01)", timeout: 40)
        #expect(after.contains("This year (2027)"), "this year's figures are the new year's")
        #expect(after.contains("The date is now 2027-01-01."))
    }

    @Test("a signed-in kiosk session turns to the new day and year at midnight without a key")
    func kioskCrossesNewYear() throws {
        let fixture = try KioskEndToEndTests.Fixture()
        defer { fixture.remove() }
        let command = FakeTime.commandLine(
            start: "2026-12-31 23:59:35", [E2E.binary.path, "kiosk", "--store", fixture.store, "--lang", "en"])
        var environment = Self.environment
        environment["YIBAO_KIOSK_CONFIG"] = fixture.config
        let tmux = try TmuxSession(command: command, environment: environment, directory: fixture.directory)
        defer { tmux.kill() }
        try KioskEndToEndTests.signIn(
            tmux, id: KioskEndToEndTests.first.id, pin: KioskEndToEndTests.first.pin)
        try tmux.waitFor("Hello, \(KioskEndToEndTests.first.name)", timeout: 20)
        try tmux.send("1")
        let before = try tmux.waitFor("(as of 2026-12-31)", timeout: 20)
        #expect(before.contains("This year (2026)"))
        let after = try tmux.waitFor("(as of 2027-01-01)", timeout: 40)
        #expect(after.contains("This year (2027)"))
        #expect(after.contains(KioskEndToEndTests.first.balance), "still signed in, the same money")
    }
}
