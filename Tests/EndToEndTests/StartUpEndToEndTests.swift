import Foundation
import Testing
import TestSupport

/// Issue 19: the app parses its built-in rules and policy when a screen first needs them, not before
/// Home; an operator's folder (--policy-dir) is still parsed before the first screen, so a bad file
/// stops the start with its file and line and nothing from the store is shown.
@Suite("Start-up work in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable))
struct StartUpEndToEndTests {
    typealias Fixture = AppEndToEndTests.Fixture

    @Test("a bad file in the operator's folder stops the app before any screen, naming the file and line")
    func badOperatorFileRefusedBeforeHome() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let policy = fixture.directory.appendingPathComponent("operator/policy")
        try FileManager.default.createDirectory(at: policy, withIntermediateDirectories: true)
        try "rules:\n  - effective_from: not-a-date\n".write(
            to: policy.appendingPathComponent("national.yaml"), atomically: true, encoding: .utf8)
        let tmux = try fixture.app(
            arguments: ["--lang", "en", "--policy-dir", fixture.directory.appendingPathComponent("operator").path])
        defer { tmux.kill() }
        let screen = try tmux.waitFor { $0.contains("[exited:") }
        #expect(screen.contains("[exited:1]"))
        #expect(screen.contains("policy/national.yaml:"))
        #expect(!screen.contains("Relatives"), "Home was drawn before the bad file was refused:\n\(screen)")
    }

    @Test("with the built-in data only, Home opens and the rules, questionnaire and payer order read it later")
    func builtInDataReadWhenNeeded() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let tmux = try fixture.app(arguments: ["--lang", "en"])
        defer { tmux.kill() }
        try tmux.waitFor("Quit")
        try tmux.send("4")
        let rules = try tmux.waitFor("Back")
        #expect(rules.contains("Withdraw") || rules.contains("withdraw"), "no rule topics:\n\(rules)")
        try tmux.send("Escape")
        try tmux.waitFor("Quit")
        try tmux.send("3")
        let order = try tmux.waitFor("Back")
        #expect(order.contains("Payer order") || order.contains("payer"), "no payer order:\n\(order)")
    }
}
