import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Kiosk help: ? and F1 on the welcome and sign-in screens say how to use the terminal")
struct KioskHelpTests {
    typealias K = KioskFixture

    @Test("The welcome screen names help; ? shows how to sign in, where to get a PIN, the lock and F10; any key goes back")
    func welcomeHelp() {
        var state = K.state(language: .en)
        #expect(K.text(state).contains("[?/F1] Help"))
        K.send([.key(.char("?"))], &state, at: K.start)
        let help = K.text(state)
        #expect(help.contains("How to use this terminal"))
        #expect(help.contains("ask staff at the counter"))
        #expect(help.contains("\(state.settings.maxFailures) wrong PINs in a row"), "the operator's own count")
        #expect(help.contains("F10"))
        K.send([.key(.char("x"))], &state, at: K.start)
        #expect(!state.showingHelp)
        guard case .welcome = state.phase else {
            Issue.record("a key that closes help did something else")
            return
        }
        #expect(K.text(state).contains("Press Enter to start"))
    }

    @Test("F1 on the sign-in form shows help over it, and closing help keeps what was typed")
    func signInHelp() {
        var state = K.state(language: .zhHans)
        K.send([.key(.enter)] + K.keys("110105"), &state, at: K.start)
        #expect(K.text(state).contains("[?/F1] 帮助"))
        K.send([.key(.function(1))], &state, at: K.start)
        let help = K.text(state)
        #expect(help.contains("怎么使用自助机"))
        #expect(!help.contains("110105"), "the typed ID shows behind help")
        K.send([.key(.enter)], &state, at: K.start)
        guard case .signIn = state.phase else {
            Issue.record("closing help left the sign-in form")
            return
        }
        #expect(K.text(state).contains("110105"))
        K.send([.key(.char("?"))], &state, at: K.start)
        #expect(state.showingHelp, "? is help, never typed into the ID")
    }

    @Test("Help gives way to the full-screen idle countdown, like any screen with someone at it")
    func helpAndIdle() {
        var state = K.state(language: .en)
        K.send([.key(.enter), .key(.char("?"))], &state, at: K.start)
        K.tick(&state, at: K.start.adding(seconds: Double(state.settings.idleSeconds) + 1))
        #expect(state.isCountingDown)
        #expect(K.text(state).contains("Are you still there?"))
    }

    @Test("Every character of a full-screen notice is drawn inside its box, in both languages and sizes")
    func noticeDrawnWhole() {
        func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace } }
        for language in Language.allCases {
            for size in [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)] {
                var state = K.state(language: language, size: size)
                K.send([.key(.char("?"))], &state, at: K.start)
                let message = KioskWords.help(maxFailures: state.settings.maxFailures).message.text(language)
                // What stands between the box's two borders, row after row.
                let inside = K.text(state).split(separator: "\n").map { row in
                    row.split(separator: "│", omittingEmptySubsequences: false).dropFirst().first.map(String.init) ?? ""
                }.joined()
                #expect(squeezed(inside).contains(squeezed(message)), "\(language) \(size): cut:\n\(K.text(state))")
            }
        }
    }
}
