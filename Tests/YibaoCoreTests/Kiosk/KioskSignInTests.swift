import Testing
import YibaoCore

@Suite("Kiosk sign-in: wrong PINs, lockout and its end")
struct KioskSignInTests {
    let settings = KioskSettings.standard  // 5 wrong PINs, 15 minutes
    let start = Moment(seconds: 1_750_000_000)

    func attempt(_ state: KioskLockState, at now: Moment, right: Bool) -> KioskSignIn.Attempt {
        KioskSignIn.attempt(state, now: now, settings: settings) { right }
    }

    @Test("four wrong PINs count down the tries left; the fifth locks until now plus the lockout period")
    func fiveWrongLock() {
        var state = KioskLockState.clear
        var now = start
        for expectedLeft in [4, 3, 2, 1] {
            let result = attempt(state, at: now, right: false)
            #expect(result.outcome == .wrongPin(attemptsLeft: expectedLeft))
            state = result.state
            now = now.adding(seconds: 10)
        }
        let fifth = attempt(state, at: now, right: false)
        let until = now.adding(seconds: 15 * 60)
        #expect(fifth.outcome == .lockedOut(until: until))
        #expect(fifth.state == KioskLockState(failedCount: 5, lockedUntil: until))
        #expect(fifth.state.isLocked(at: now.adding(seconds: 60)))
    }

    @Test("while locked even the right PIN is refused and is never checked")
    func lockedRefusesRightPin() {
        let until = start.adding(seconds: 900)
        let locked = KioskLockState(failedCount: 5, lockedUntil: until)
        var checked = false
        let result = KioskSignIn.attempt(locked, now: start.adding(seconds: 899), settings: settings) {
            checked = true
            return true
        }
        #expect(result.outcome == .stillLocked(until: until))
        #expect(result.state == locked)
        #expect(!checked)
    }

    @Test("when the lock has ended the right PIN signs in and the count starts afresh")
    func lockExpires() {
        let until = start.adding(seconds: 900)
        let locked = KioskLockState(failedCount: 5, lockedUntil: until)
        let right = attempt(locked, at: until, right: true)
        #expect(right.outcome == .signedIn)
        #expect(right.state == .clear)
        #expect(right.lockExpired)
        let wrong = attempt(locked, at: until.adding(seconds: 1), right: false)
        #expect(wrong.outcome == .wrongPin(attemptsLeft: 4))
        #expect(wrong.state == KioskLockState(failedCount: 1, lockedUntil: nil))
        #expect(KioskSignIn.current(locked, now: until) == .clear)
        #expect(KioskSignIn.current(locked, now: until.adding(seconds: -1)) == locked)
    }

    @Test("a right PIN clears earlier wrong ones")
    func rightClears() {
        let result = attempt(KioskLockState(failedCount: 3), at: start, right: true)
        #expect(result.outcome == .signedIn)
        #expect(result.state.failedCount == 0)
    }

    @Test("the lock message says when to try again, or to ask staff, in both languages")
    func lockMessage() {
        let until = start.adding(seconds: 15 * 60)
        let plain = KioskSignInOutcome.lockedOut(until: until).message(now: start)
        #expect(plain.zh.contains("15 分钟后再试"))
        #expect(plain.zh.contains("工作人员"))
        #expect(plain.en.contains("in about 15 minutes"))
        #expect(plain.en.contains("ask a member of staff"))
        let withClock = KioskSignInOutcome.stillLocked(until: until).message(now: start.adding(seconds: 14 * 60 + 1), clockText: "14:35")
        #expect(withClock.zh.contains("14:35"))
        #expect(withClock.en.contains("at 14:35 (in about 1 min)"))
        let wrong = KioskSignInOutcome.wrongPin(attemptsLeft: 2).message(now: start)
        #expect(wrong.zh.contains("2 次"))
        #expect(wrong.en.contains("2 more wrong tries"))
    }
}
