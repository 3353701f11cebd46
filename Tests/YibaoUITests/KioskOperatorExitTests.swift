import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Kiosk operator exit: F12 then Ctrl-O, then the operator PIN; a wrong PIN goes back to welcome")
struct KioskOperatorExitTests {
    typealias K = KioskFixture

    @Test("The right operator PIN ends the kiosk as an operator exit")
    func rightPin() {
        let services = K.services()
        var state = K.state()
        K.send([.key(.function(12)), .key(.ctrl("o"))], &state, at: K.start, services: services)
        guard case .operatorPin = state.phase else {
            Issue.record("no PIN prompt")
            return
        }
        K.send(K.keys(K.operatorPin), &state, at: K.start, services: services)
        #expect(K.text(state).contains("****"))
        #expect(!K.text(state).contains(K.operatorPin))
        let effects = K.send([.key(.enter)], &state, at: K.start, services: services)
        #expect(effects.first == .checkOperatorPin(try! KioskPin(K.operatorPin)))
        #expect(state.exit == .operatorExit)
        #expect(services.operatorAttempts == [true])
    }

    @Test("A wrong (or malformed) operator PIN: back to welcome, recorded, and the kiosk goes on")
    func wrongPin() {
        let services = K.services()
        var state = K.state()
        for typed in ["1111", "12"] {
            K.send([.key(.function(12)), .key(.ctrl("o"))] + K.keys(typed) + [.key(.enter)], &state, at: K.start, services: services)
            #expect(state.exit == nil)
            guard case .welcome = state.phase else {
                Issue.record("not back on welcome")
                return
            }
        }
        #expect(services.operatorAttempts == [false, false])
    }

    @Test("Either key alone, the keys the other way round, or another key between them do nothing")
    func sequenceOnly() {
        let services = K.services()
        var state = K.state()
        let tries: [[Key]] = [[.function(12)], [.ctrl("o")], [.ctrl("o"), .function(12), .char("x")], [.function(12), .char("5"), .ctrl("o")]]
        for keys in tries {
            state = K.state()
            K.send(keys.map { .key($0) }, &state, at: K.start, services: services)
            if case .operatorPin = state.phase { Issue.record("\(keys) opened the operator prompt") }
        }
        // From the sign-in form it works too (the ID typed so far is dropped).
        state = K.state()
        K.send([.key(.enter)] + K.keys("110") + [.key(.function(12)), .key(.ctrl("o"))], &state, at: K.start)
        guard case .operatorPin = state.phase else {
            Issue.record("no PIN prompt from the sign-in form")
            return
        }
        #expect(!K.text(state).contains("110"))
    }

    @Test("The operator key sequence is never named on any kiosk screen")
    func notOnScreen() {
        let services = K.services()
        var state = K.state()
        var screens = [K.text(state)]
        K.send([.key(.enter)], &state, at: K.start)
        screens.append(K.text(state))
        state = K.state()
        K.signIn(&state, services: services)
        screens.append(K.text(state))
        K.send([.key(.char("?"))], &state, at: K.start, services: services)
        screens.append(K.text(state))
        for text in screens {
            #expect(!text.contains("F12"))
            #expect(!text.contains("Ctrl-O"))
        }
    }

    @Test("After five wrong operator PINs the sequence is silent for the lockout period, then works again")
    func operatorLockout() {
        let services = K.services()
        var state = K.state()
        let attempt: [KioskEvent] = [.key(.function(12)), .key(.ctrl("o"))] + K.keys("1111") + [.key(.enter)]
        for _ in 0..<5 { K.send(attempt, &state, at: K.start, services: services) }
        #expect(services.operatorAttempts == [false, false, false, false, false])
        K.send([.key(.function(12)), .key(.ctrl("o"))], &state, at: K.start.adding(seconds: 60), services: services)
        if case .operatorPin = state.phase { Issue.record("the sequence still answers during the lockout") }
        let later = K.start.adding(seconds: 15 * 60)
        K.send([.key(.function(12)), .key(.ctrl("o"))] + K.keys(K.operatorPin) + [.key(.enter)], &state, at: later, services: services)
        #expect(state.exit == .operatorExit)
    }
}
