import Foundation
import Testing
import TestSupport

/// Security round two at the kiosk itself: wrong PINs sprayed over many IDs, and the answer for an ID
/// without a PIN. The real binary in tmux, on a store made with the command line.
@Suite("The kiosk against guessing", .serialized, .enabled(if: TmuxSession.isAvailable))
struct KioskSprayEndToEndTests {
    typealias K = KioskEndToEndTests

    /// Ten valid ID numbers (Beijing Dongcheng, born 1980-01-01), none of them in the store.
    static let strangers: [String] = (1...10).map { serial in
        let body = "11010119800101" + String(format: "%03d", serial)
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body, weights).reduce(0) { $0 + Int(String($1.0))! * $1.1 }
        return body + String(Array("10X98765432")[sum % 11])
    }

    @Test("a wrong PIN on each of ten IDs slows the terminal, then pauses it; the pause holds after a restart")
    func sprayTenIDs() throws {
        let fixture = try K.Fixture()
        defer { fixture.remove() }
        do {
            let tmux = try fixture.kiosk()
            defer { tmux.kill() }
            try K.signIn(tmux, id: Self.strangers[0], pin: "402917")
            try tmux.waitFor("do not match", timeout: 30)
            var waited = 0
            for id in Self.strangers.dropFirst() {
                try tmux.send("Up")  // back to the ID field (Tab on the PIN does nothing)
                try tmux.send("C-u")
                try tmux.send(id, literal: true)
                try tmux.send("Enter")
                try tmux.waitFor { !$0.contains("do not match") }
                while true {
                    let screen = try Self.attempt(tmux, pin: "402917")
                    guard let range = screen.range(of: #"Please wait (\d+) second"#, options: .regularExpression) else {
                        break
                    }
                    // The terminal asks to wait: the growing delay under test. Wait it out, then try again.
                    let seconds = Int(screen[range].split(separator: " ")[2]) ?? 1
                    waited += 1
                    Thread.sleep(forTimeInterval: Double(seconds) + 0.2)
                }
            }
            let paused = try tmux.waitFor("Too many wrong PINs at this terminal", timeout: 30)
            #expect(paused.contains("it is paused"), "\(paused)")
            #expect(paused.range(of: #"\d\d:\d\d"#, options: .regularExpression) != nil, "\(paused)")
            #expect(waited >= 3, "the terminal never asked to wait (\(waited))")
        }
        // A restart does not lift it: even the right PIN of someone in the store is not checked.
        let again = try fixture.kiosk()
        defer { again.kill() }
        try K.signIn(again, id: K.first.id, pin: K.first.pin)
        let still = try again.waitFor("at this terminal", timeout: 30)
        #expect(!still.contains("Hello,"))
        let actions = try fixture.kioskAudit().compactMap { $0["action"] as? String }
        #expect(actions.contains("kiosk.terminal_lockout"))
        #expect(!actions.contains("kiosk.sign_in"))
    }

    /// Types a PIN (which clears the last answer from the form), presses Enter and returns the screen
    /// with the new answer.
    static func attempt(_ tmux: TmuxSession, pin: String) throws -> String {
        try tmux.send(pin, literal: true)
        try tmux.waitFor { !$0.contains("do not match") && !$0.contains("Please wait") }
        try tmux.send("Enter")
        return try tmux.waitFor(timeout: 30) {
            $0.contains("do not match") || $0.contains("Please wait") || $0.contains("at this terminal")
        }
    }

    @Test("an ID without a PIN and an unknown ID get the same words as a wrong PIN")
    func sameWords() throws {
        let fixture = try K.Fixture()
        defer { fixture.remove() }
        try fixture.cli(["operator", "pin", "reset", "--person", K.second.id])
        let tmux = try fixture.kiosk()
        defer { tmux.kill() }
        var answers: [String] = []
        for (index, id) in [K.first.id, K.second.id, Self.strangers[0]].enumerated() {
            if index == 0 {
                try K.signIn(tmux, id: id, pin: "402917")
            } else {
                try tmux.send("Up")  // back to the ID field (Tab on the PIN does nothing)
                try tmux.send("C-u")
                try tmux.send(id, literal: true)
                try tmux.send("Enter")
                _ = try Self.attempt(tmux, pin: "402917")
            }
            let screen = try tmux.waitFor(timeout: 30) { $0.contains("do not match") && !$0.contains("Checking") }
            answers.append(
                screen.components(separatedBy: "\n").filter { $0.contains("match") || $0.contains("counter") }
                    .joined(separator: "\n"))
        }
        #expect(answers[0] == answers[1], "\(answers)")
        #expect(answers[1] == answers[2], "\(answers)")
        #expect(answers[0].contains("the counter"), "\(answers[0])")
    }
}
