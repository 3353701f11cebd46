import Foundation
import Testing
import TestSupport

/// Issue 16: the fleet's server stops in the middle of a session. The app says so calmly, a change
/// confirmed meanwhile is refused with the reason, nothing saved before is lost, and the app carries
/// on by itself when the server is back.
@Suite("The app while the fleet's server stops and returns", .serialized, .enabled(if: TmuxSession.isAvailable && PostgresServer.isAvailable))
struct FleetFaultEndToEndTests {
    static let today = "2026-06-30"
    static let owner = "110105195603100015"
    static let wife = "110105195808220029"
    static let son = "110105198304120036"

    func cli(_ url: String, _ arguments: [String], directory: URL) throws -> String {
        let output = try Spawn.run(
            [E2E.binary.path] + arguments + ["--store", url, "--lang", "en", "--date", Self.today],
            directory: directory.path)
        guard output.status == 0 else { throw E2E.Failed(message: output.stdout + output.stderr) }
        return output.stdout
    }

    @Test("server stopped: every screen says so calmly, a save is refused with the reason, and all goes on when it is back")
    func serverStopsAndReturns() throws {
        _ = try PostgresServer.requireURL()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yibao-fault-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try PostgresServer.Private()
        defer { server.stop() }
        try PostgresServer.psql(server.url, "CREATE DATABASE fault")
        let url = PostgresServer.url(server.url, database: "fault")
        _ = try cli(url, ["store", "migrate"], directory: directory)
        _ = try cli(url, ["init", "--demo"], directory: directory)
        _ = try cli(url, ["relatives", "add", "--payer", Self.wife, "--beneficiary", Self.owner, "--relation", "配偶"], directory: directory)
        _ = try cli(url, ["relatives", "add", "--payer", Self.son, "--beneficiary", Self.owner, "--relation", "父亲"], directory: directory)
        let before = try cli(url, ["payers", "show", "--beneficiary", Self.owner], directory: directory)

        let command = [E2E.binary.path, "--store", url, "--date", Self.today, "--lang", "en"]
            .map(TmuxSession.quote).joined(separator: " ")
        let app = try TmuxSession(command: command, columns: 120, rows: 40, directory: directory)
        defer { app.kill() }
        try app.waitFor("Payer order")
        try app.send("3")
        try app.waitFor("李秀英")

        try server.halt()
        // No key: the once-a-second watch notices, and the screen says so calmly.
        let away = try app.waitFor(timeout: 10) { $0.joined().contains("The shared server cannot be reached just now") }
        #expect(!away.contains("[exited") && away.contains("李秀英"), "the screen was not kept")
        // A change confirmed while it is away is refused with the reason; nothing is half-saved.
        try app.send("D")
        try app.waitFor("Moved")
        try app.send("S")
        try app.waitFor("Save this order?")
        try app.send("y")
        // The refusal gives the reason: the server's words (not the short status line's).
        let refused = try app.waitFor(timeout: 15) { $0.joined().contains("nothing was saved this time") }
        #expect(refused.joined().contains("cannot be reached just now"), "\(refused)")
        #expect(!refused.contains("Saved."))
        try app.send("Enter")

        try server.resume()
        try app.waitFor(timeout: 15) { $0.joined().contains("server is back") }
        // Nothing confirmed before was lost; the order on screen saves now with one key.
        #expect(try cli(url, ["payers", "show", "--beneficiary", Self.owner], directory: directory) == before)
        try app.send("S")
        let asked = try app.waitFor(timeout: 15) { $0.contains("Save this order?") || $0.contains("Saved.") }
        if asked.contains("Save this order?") { try app.send("y") }
        try app.waitFor(timeout: 15) { $0.contains("Saved.") }
        #expect(try cli(url, ["payers", "show", "--beneficiary", Self.owner], directory: directory) != before)
    }
}

extension String {
    /// The screen's lines joined with spaces, for sentences that wrap.
    fileprivate func joined() -> String {
        split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
