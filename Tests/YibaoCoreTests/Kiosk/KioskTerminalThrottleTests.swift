import Testing

@testable import YibaoCore

@Suite("Throttling wrong PINs across IDs at one terminal")
struct KioskTerminalThrottleTests {
    let t0 = Moment(seconds: 1_750_000_000)
    typealias T = KioskTerminalThrottle

    @Test("the first wrong PINs cost nothing, then each wait grows, then the terminal locks for the lockout")
    func growsThenLocks() {
        var state = KioskTerminalState.clear
        var now = t0
        var waits: [Double] = []
        for _ in 0..<T.lockAfter {
            if let next = T.nextAllowed(state), now < next {
                #expect(T.refusal(state, now: now) == .terminalWait(until: next))
                waits.append(next.seconds - now.seconds)
                now = next
            }
            #expect(T.refusal(state, now: now) == nil)
            state = T.failed(state, now: now, settings: .standard)
        }
        #expect(waits == [1, 2, 3, 4, 5], "\(waits)")
        let until = now.adding(seconds: Double(KioskSettings.standard.lockoutMinutes) * 60)
        #expect(state.lockedUntil == until)
        #expect(T.refusal(state, now: now.adding(seconds: 60)) == .terminalLocked(until: until))
        #expect(T.refusal(state, now: until) == nil, "the lock ends on time and the count starts afresh")
        #expect(T.current(state, now: until) == .clear)
    }

    @Test("fifteen quiet minutes start the count again")
    func quietClears() {
        var state = KioskTerminalState.clear
        for i in 0..<6 { state = T.failed(state, now: t0.adding(seconds: Double(i * 10)), settings: .standard) }
        #expect(T.nextAllowed(state) != nil)
        let later = t0.adding(seconds: 50 + Double(T.quietMinutes * 60))
        #expect(T.current(state, now: later) == .clear)
        #expect(T.refusal(state, now: later) == nil)
    }

    @Test("the waits and the lock are said in both languages, with the time to come back")
    func words() {
        let wait = KioskSignInOutcome.terminalWait(until: t0.adding(seconds: 3)).message(now: t0)
        #expect(wait.en.hasPrefix("Please wait 3 seconds") && wait.zh.hasPrefix("请等 3 秒"))
        let lock = KioskSignInOutcome.terminalLocked(until: t0.adding(seconds: 900)).message(now: t0, clockText: "09:45")
        #expect(lock.en.contains("09:45") && lock.en.contains("this terminal") && lock.zh.contains("09:45"))
    }
}
