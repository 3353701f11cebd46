import ScreenKit
import TestSupport
import Testing

@Suite("Scripted backend")
struct ScriptedBackendTests {
    @Test("It hands out events in order, resizes itself, records draws, then runs out")
    func script() throws {
        var backend = ScriptedBackend(events: [.key(.down), .resize(Size(columns: 40, rows: 10)), .signal(15)])
        try backend.draw(ScreenBuffer(size: backend.size))
        #expect(try backend.nextEvent(timeoutMilliseconds: 100) == .key(.down))
        #expect(try backend.nextEvent(timeoutMilliseconds: nil) == .resize(Size(columns: 40, rows: 10)))
        #expect(backend.size == Size(columns: 40, rows: 10))
        #expect(try backend.nextEvent(timeoutMilliseconds: nil) == .signal(15))
        #expect(throws: ScriptedBackend.ScriptExhausted.self) { try backend.nextEvent(timeoutMilliseconds: nil) }
        #expect(backend.drawn.count == 1)
        #expect(backend.requestedTimeouts == [100, nil, nil, nil])
        backend.shutdown()
        #expect(backend.isShutDown)
    }

    @Test("Without throwing it reports timeouts when the script is over")
    func timeouts() throws {
        var backend = ScriptedBackend(keys: [.enter])
        backend.throwsWhenExhausted = false
        #expect(try backend.nextEvent(timeoutMilliseconds: 10) == .key(.enter))
        #expect(try backend.nextEvent(timeoutMilliseconds: 10) == nil)
    }

    @Test("Timeouts move the shared clock on by the wait asked for; a failure step throws")
    func timeoutsAndFailures() throws {
        let clock = ScriptedBackend.Clock(milliseconds: 10)
        var backend = ScriptedBackend(steps: [.timeout, .event(.key(.enter)), .timeout, .failure], clock: clock)
        #expect(try backend.nextEvent(timeoutMilliseconds: 300) == nil)
        #expect(clock.milliseconds == 310)
        #expect(try backend.nextEvent(timeoutMilliseconds: 300) == .key(.enter))
        #expect(clock.milliseconds == 310)
        #expect(try backend.nextEvent(timeoutMilliseconds: nil) == nil)
        #expect(clock.milliseconds == 1310)
        #expect(throws: ScriptedBackend.ScriptedFailure.self) { try backend.nextEvent(timeoutMilliseconds: 5) }
    }
}
