import Testing
import YibaoCore

@Suite("The kiosk's idle timer, driven by an injected clock")
struct IdleTimerTests {
    let t0 = Moment(seconds: 1_000)

    func at(_ seconds: Double) -> Moment { t0.adding(seconds: seconds) }

    @Test("active until the idle time, then a countdown of whole seconds, then expired")
    func phases() {
        var timer = IdleTimer(idleSeconds: 90, countdownSeconds: 20, now: t0)
        #expect(timer.tick(now: at(89.9)) == .active)
        #expect(timer.tick(now: at(90)) == .countingDown(remaining: 20))
        #expect(timer.tick(now: at(90.5)) == .countingDown(remaining: 20))
        #expect(timer.tick(now: at(91)) == .countingDown(remaining: 19))
        #expect(timer.tick(now: at(109.2)) == .countingDown(remaining: 1))
        #expect(timer.tick(now: at(110)) == .expired)
        #expect(timer.phase == .expired)
    }

    @Test("any key during the countdown starts the idle time over")
    func keyExtends() {
        var timer = IdleTimer(idleSeconds: 90, countdownSeconds: 20, now: t0)
        #expect(timer.tick(now: at(100)) == .countingDown(remaining: 10))
        #expect(timer.activity(now: at(100)) == .active)
        #expect(timer.tick(now: at(189)) == .active)
        #expect(timer.tick(now: at(190)) == .countingDown(remaining: 20))
    }

    @Test("once expired, a key cannot revive the session; reset starts a new one")
    func expiredIsFinal() {
        var timer = IdleTimer(idleSeconds: 30, countdownSeconds: 20, now: t0)
        // No tick happened during the countdown: the late key still finds it expired.
        #expect(timer.activity(now: at(500)) == .expired)
        #expect(timer.tick(now: at(501)) == .expired)
        timer.reset(now: at(600))
        #expect(timer.phase == .active)
        #expect(timer.tick(now: at(629)) == .active)
    }

    @Test("the countdown is never shorter than 20 seconds, whatever it is given")
    func minimumCountdown() {
        var timer = IdleTimer(idleSeconds: 60, countdownSeconds: 5, now: t0)
        #expect(timer.countdownSeconds == 20)
        #expect(timer.tick(now: at(60)) == .countingDown(remaining: 20))
        #expect(timer.tick(now: at(79)) == .countingDown(remaining: 1))
    }

    @Test("settings give the timer its times; a clock set backwards does not end the session")
    func settingsAndBackwardsClock() {
        var timer = IdleTimer(settings: .standard, now: t0)
        #expect(timer.idleSeconds == 90)
        #expect(timer.tick(now: at(-3600)) == .active)
        #expect(timer.tick(now: at(95)) == .countingDown(remaining: 15))
    }

    @Test("nextChange says when to wake: the countdown's start, then each second's turn")
    func nextChange() {
        var timer = IdleTimer(idleSeconds: 90, countdownSeconds: 20, now: t0)
        #expect(timer.nextChange == at(90))
        timer.tick(now: at(90.5))
        #expect(timer.nextChange == at(91))
        timer.tick(now: at(120))
        #expect(timer.nextChange == nil)
    }
}
