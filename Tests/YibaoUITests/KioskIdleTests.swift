import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Kiosk idle timeout with an injected clock: countdown, any key extends, zero signs out and clears")
struct KioskIdleTests {
    typealias K = KioskFixture

    @Test("At idle_seconds the full-screen countdown appears with the seconds left, hiding the account")
    func countdownAppears() {
        let services = K.services()
        var state = K.state()
        K.signIn(&state, services: services)
        K.tick(&state, at: K.start.adding(seconds: 89.9), services: services)
        #expect(!state.isCountingDown)
        K.tick(&state, at: K.start.adding(seconds: 90), services: services)
        #expect(state.idlePhase == .countingDown(remaining: 20))
        let text = K.text(state)
        #expect(text.contains("还在吗？按任意键继续"))
        #expect(text.contains("Are you still there? Press any key to continue"))
        #expect(text.contains("20 秒后自动退出登录"))
        #expect(!text.contains("张建国"), "the countdown covers the whole screen")
        K.tick(&state, at: K.start.adding(seconds: 101.5), services: services)
        #expect(state.idlePhase == .countingDown(remaining: 9))
    }

    @Test("Any key during the countdown continues the session and is not passed to the screen")
    func keyExtends() {
        let services = K.services()
        var state = K.state()
        K.signIn(&state, services: services)
        K.tick(&state, at: K.start.adding(seconds: 95), services: services)
        #expect(state.isCountingDown)
        let effects = K.send([.key(.char("1"))], &state, at: K.start.adding(seconds: 96), services: services)
        #expect(effects.isEmpty)
        #expect(!state.isCountingDown)
        guard case .session(let session) = state.phase else {
            Issue.record("the session ended")
            return
        }
        #expect(session.app.top is HomeScreen, "the key only said 'still here'; it did not open Balance")
        // The clock started again from that key.
        K.tick(&state, at: K.start.adding(seconds: 96 + 89), services: services)
        #expect(!state.isCountingDown)
        K.tick(&state, at: K.start.adding(seconds: 96 + 90), services: services)
        #expect(state.isCountingDown)
    }

    @Test("At zero the session ends: sign-out audited as timed out, the screen cleared, welcome back")
    func zeroEndsSession() {
        let services = K.services()
        var state = K.state()
        K.signIn(&state, services: services)
        K.send([.key(.char("1"))], &state, at: K.start.adding(seconds: 10), services: services)
        K.tick(&state, at: K.start.adding(seconds: 100), services: services)
        let effects = K.tick(&state, at: K.start.adding(seconds: 120), services: services)
        #expect(effects == [.signOut(K.owner, timedOut: true), .clearScreen])
        #expect(services.signOuts.count == 1)
        #expect(services.signOuts.first?.timedOut == true)
        guard case .welcome = state.phase else {
            Issue.record("not on welcome")
            return
        }
        let text = K.text(state)
        #expect(text.contains("请按回车键开始"))
        #expect(!text.contains("张建国"))
        #expect(!text.contains("¥"))
        #expect(state.idle == nil)
    }

    @Test("A key pressed after the countdown ran out cannot bring the session back")
    func lateKey() {
        let services = K.services()
        var state = K.state()
        K.signIn(&state, services: services)
        let effects = K.send([.key(.char("1"))], &state, at: K.start.adding(seconds: 500), services: services)
        #expect(effects.contains(.signOut(K.owner, timedOut: true)))
        #expect(state.signedIn == nil)
    }

    @Test("The operator's settings are used: 30 s idle and a 20 s countdown")
    func operatorSettings() {
        let services = K.services()
        services.settings = KioskSettings(idleSeconds: 30, countdownSeconds: 20, lockoutMinutes: 15, maxFailures: 5)
        var state = K.state()
        K.signIn(&state, services: services)
        K.tick(&state, at: K.start.adding(seconds: 30), services: services)
        #expect(state.idlePhase == .countingDown(remaining: 20))
        K.tick(&state, at: K.start.adding(seconds: 50), services: services)
        #expect(state.signedIn == nil)
    }

    @Test("A half-typed sign-in left alone also counts down, then goes back to welcome without the ID")
    func idleSignIn() {
        var state = K.state()
        K.send([.key(.enter)] + K.keys("1101051956"), &state, at: K.start)
        K.tick(&state, at: K.start.adding(seconds: 95))
        #expect(state.isCountingDown)
        let effects = K.tick(&state, at: K.start.adding(seconds: 110))
        #expect(effects == [.clearScreen])
        #expect(!K.text(state).contains("1101051956"))
    }

    @Test("The runtime may wait until the clock next changes, at most a second")
    func waits() {
        let services = K.services()
        var state = K.state()
        #expect(state.waitMilliseconds(now: ClockReading(K.start)) == 1000)
        K.signIn(&state, services: services)
        #expect(state.waitMilliseconds(now: ClockReading(K.start.adding(seconds: 89.5))) == 500)
    }
}
