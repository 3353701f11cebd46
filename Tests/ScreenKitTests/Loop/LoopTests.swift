import Foundation
import ScreenKit
import TestSupport
import Testing

@Suite("The one loop: events in, effects performed, state drawn, ticks from an injected clock")
struct LoopTests {
    private func make(_ program: CounterProgram, _ backend: ScriptedBackend) -> Loop<CounterProgram, ScriptedBackend> {
        let clock = backend.clock ?? ScriptedBackend.Clock()
        return Loop(program: program, state: CounterProgram.State(), backend: backend, clock: { clock.milliseconds })
    }

    private func make(_ backend: ScriptedBackend) -> Loop<CounterProgram, ScriptedBackend> {
        make(CounterProgram(), backend)
    }

    private func row(_ buffer: ScreenBuffer, _ y: Int) -> String {
        buffer.lines[y].trimmingCharacters(in: .whitespaces)
    }

    @Test("Keys reach update, every state is drawn, and the program's outcome ends the run")
    func keysAndOutcome() throws {
        var loop = make(ScriptedBackend(keys: [.char("+"), .char("+"), .char("q")]))
        #expect(try loop.run() == "quit")
        #expect(loop.state.count == 2)
        #expect(loop.backend.drawn.map { row($0, 0) } == ["count 0", "count 1", "count 2"])
    }

    @Test("When the wait the program asked for runs out, a tick carries the clock's instant")
    func ticksCarryTheInstant() throws {
        let clock = ScriptedBackend.Clock(milliseconds: 5000)
        let backend = ScriptedBackend(steps: [.timeout, .timeout, .event(.key(.char("q")))], clock: clock)
        var loop = make(CounterProgram(tickEvery: 250), backend)
        try loop.run()
        #expect(loop.backend.requestedTimeouts == [250, 250, 250])
        // The first tick is the start's, before the first frame; then one per wait that ran out.
        #expect(loop.backend.drawn.map { row($0, 2) } == ["tick 5000", "tick 5250", "tick 5500"])
        #expect(loop.state.lastTick == 5500)
    }

    @Test("A program that wants no ticks waits without a limit, and the run ends when input ends")
    func noTicks() throws {
        var backend = ScriptedBackend(keys: [.char("+")])
        backend.throwsWhenExhausted = false
        var loop = make(backend)
        #expect(try loop.run() == "input ended")
        #expect(loop.backend.requestedTimeouts == [nil, nil])
    }

    @Test("A slow effect is performed only after the state asking for it is drawn")
    func drawsBeforeSlowEffects() throws {
        var loop = make(ScriptedBackend(keys: [.char("+"), .char("s"), .char("q")]))
        try loop.run()
        let frames = loop.backend.drawn.map { $0.text }
        let checking = try #require(frames.firstIndex { $0.contains("checking") })
        let checked = try #require(frames.firstIndex { $0.contains("checked [1]") })
        #expect(checking < checked)
        #expect(!frames[checked].contains("checking"))
        #expect(loop.program.performed == [1])
    }

    @Test("The first frame and the frame after a clear request repaint every cell")
    func clearRequests() throws {
        var loop = make(ScriptedBackend(keys: [.char("+"), .char("c"), .char("+"), .char("q")]))
        try loop.run()
        // Frames: count 0 (cleared), count 1, count 1 again after "c" (cleared), count 2.
        #expect(loop.backend.clearedBeforeDraw == [0, 2])
        #expect(loop.backend.drawn.count == 4)
    }

    @Test("Terminal failures are ridden out up to the program's limit, each followed by a clear and a tick")
    func ridesOutFailures() throws {
        let clock = ScriptedBackend.Clock(milliseconds: 100)
        let backend = ScriptedBackend(steps: [.failure, .failure, .event(.key(.char("q")))], clock: clock)
        var loop = make(CounterProgram(tickEvery: 1000, failureLimit: 3), backend)
        #expect(try loop.run() == "quit")
        #expect(loop.backend.clearedBeforeDraw == [0, 1, 2])

        let failing = ScriptedBackend(steps: [.failure, .failure, .failure, .event(.key(.char("q")))])
        var lost = make(CounterProgram(failureLimit: 3, lostOutcome: "lost"), failing)
        #expect(try lost.run() == "lost")
    }

    @Test("Without an outcome for a lost terminal, the error ends the run")
    func throwsWhenLost() {
        var loop = make(ScriptedBackend(steps: [.failure]))
        #expect(throws: ScriptedBackend.ScriptedFailure.self) { try loop.run() }
    }
}
