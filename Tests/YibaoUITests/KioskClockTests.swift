import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("The kiosk's clock: the day follows it across midnight, idle time is monotonic")
struct KioskClockTests {
    typealias K = KioskFixture
    typealias C = ClockFixture

    static func environment() -> UIEnvironment {
        var environment = K.environment()
        environment.today = CivilDate(iso: "2026-12-31")!
        environment.followsClock = true
        return environment
    }

    @Test("A session open across New Year reloads as of the new day, no key pressed")
    func sessionCrossesNewYear() throws {
        let services = K.services()
        let environment = Self.environment()
        var state = K.state()
        let beforeMidnight = C.reading(C.moment("2026-12-31", 23, 59, 50))
        _ = updateKiosk(&state, .tick(beforeMidnight), now: beforeMidnight, environment: environment)
        for event in [KioskEvent.key(.enter)] + K.keys(K.owner.value) + [.key(.enter)] + K.keys(K.ownerPin)
            + [.key(.enter)]
        {
            run(event, &state, services: services, environment: environment, at: beforeMidnight)
        }
        guard case .session(let session) = state.phase else {
            Issue.record("not signed in")
            return
        }
        #expect(session.app.snapshot?.household.date == CivilDate(iso: "2026-12-31"))

        let afterMidnight = C.reading(C.moment("2027-01-01", 0, 0, 2))
        run(.tick(afterMidnight), &state, services: services, environment: environment, at: afterMidnight)
        guard case .session(let later) = state.phase else {
            Issue.record("the new day signed the person out")
            return
        }
        #expect(later.app.snapshot?.household.date == CivilDate(iso: "2027-01-01"), "reloaded as of the new day")
        #expect(later.app.today(environment) == CivilDate(iso: "2027-01-01"))
        #expect(state.today(environment) == CivilDate(iso: "2027-01-01"), "the sign-in form checks IDs on it too")
    }

    @Test("The welcome clock turns from 23:59 to 00:00 at midnight on the loop's ticks")
    func welcomeClock() throws {
        let services = K.services()
        let clock = ScriptedBackend.Clock()
        let start = Moment(seconds: Double(CivilDate(iso: "2027-01-01")!.dayNumber * 86_400 - 2))
        var runtime = KioskRuntime(
            backend: ScriptedBackend(steps: [.timeout, .timeout, .timeout], clock: clock),
            services: services, environment: Self.environment(), language: .en,
            clock: { ClockReading(start.adding(seconds: Double(clock.milliseconds) / 1000)) })
        // When the script runs out the terminal "fails" until the kiosk gives up on it.
        #expect(try runtime.run() == .terminalLost)
        let frames = runtime.backend.drawn.map(\.text)
        #expect(frames.first?.contains("23:59") == true)
        #expect(frames.last?.contains("00:00") == true)
        #expect(runtime.state.today(runtime.program.environment) == CivilDate(iso: "2027-01-01"))
    }

    @Test("A lockout set before midnight ends after it: the person signs in on the new day")
    func lockoutAcrossMidnight() throws {
        let services = K.services()
        services.settings.lockoutMinutes = 15
        let environment = Self.environment()
        let wrong = try KioskPin("0000")
        let late = C.moment("2026-12-31", 23, 55, 0)
        var outcome: KioskSignInOutcome = .noPin
        for attempt in 0..<services.settings.maxFailures {
            outcome = (try? services.signIn(K.owner, pin: wrong, at: late.adding(seconds: Double(attempt)))) ?? .noPin
        }
        guard case .lockedOut(let until) = outcome else {
            Issue.record("not locked: \(outcome)")
            return
        }
        #expect(C.reading(until).localDate == CivilDate(iso: "2027-01-01"), "the lock ends after midnight")
        #expect(services.clockText(until) == "16:10", "shown as the local time it ends (UTC here)")
        let early = try? services.signIn(K.owner, pin: try KioskPin(K.ownerPin), at: until.adding(seconds: -1))
        guard case .stillLocked = early else {
            Issue.record("the lock ended early: \(String(describing: early))")
            return
        }
        var state = K.state()
        let afterwards = until.adding(seconds: 1)
        for event in [KioskEvent.key(.enter)] + K.keys(K.owner.value) + [.key(.enter)] + K.keys(K.ownerPin)
            + [.key(.enter)]
        {
            run(event, &state, services: services, environment: environment, at: C.reading(afterwards))
        }
        #expect(state.signedIn == K.owner, "signed in once the lock is over, on the new day")
    }

    @Test("With the wall clock set back an hour mid-session, the countdown still comes and signs out on time")
    func wallClockSetBack() {
        let services = K.services()
        let environment = Self.environment()
        var state = K.state()
        let wall = C.moment("2026-12-31", 10, 0, 0)
        let start = ClockReading(wall: wall, utcOffsetSeconds: C.beijing, monotonic: 1_000)
        for event in [KioskEvent.key(.enter)] + K.keys(K.owner.value) + [.key(.enter)] + K.keys(K.ownerPin)
            + [.key(.enter)]
        {
            run(event, &state, services: services, environment: environment, at: start)
        }
        #expect(state.signedIn == K.owner)
        let idle = Double(state.settings.idleSeconds)
        let countdown = Double(state.settings.countdownSeconds)
        // Someone sets the wall clock back an hour ten seconds in; the monotonic clock keeps going.
        func at(_ elapsed: Double) -> ClockReading {
            ClockReading(
                wall: wall.adding(seconds: elapsed - (elapsed >= 10 ? 3600 : 0)), utcOffsetSeconds: C.beijing,
                monotonic: 1_000 + elapsed)
        }
        run(.tick(at(20)), &state, services: services, environment: environment, at: at(20))
        #expect(state.idlePhase == .active)
        run(.tick(at(idle)), &state, services: services, environment: environment, at: at(idle))
        #expect(state.isCountingDown, "the countdown comes on time although the wall clock reads an hour earlier")
        #expect(state.waitMilliseconds(now: at(idle + 0.5)) == 500, "the next tick is due by the monotonic clock")
        run(.tick(at(idle + countdown)), &state, services: services, environment: environment, at: at(idle + countdown))
        #expect(state.signedIn == nil, "signed out at the limit")
        #expect(services.signOuts.last?.timedOut == true)
    }

    /// Sends one event through `updateKiosk` at `reading` and carries out its effects with `services`.
    private func run(
        _ event: KioskEvent, _ state: inout KioskState, services: MemoryKioskServices, environment: UIEnvironment,
        at reading: ClockReading
    ) {
        var queue = [event]
        while !queue.isEmpty {
            let effects = updateKiosk(&state, queue.removeFirst(), now: reading, environment: environment)
            for effect in effects {
                queue += KioskProgram(services: services, environment: environment).perform(
                    effect, state: state, now: reading)
            }
        }
    }
}
