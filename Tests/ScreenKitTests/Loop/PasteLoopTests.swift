import Foundation
import ScreenKit
import Testing

/// Input already waiting (a paste) is taken in one turn of the loop and drawn once.
@Suite("The loop takes a paste at once")
struct PasteLoopTests {
    /// A terminal where every key after the first is already waiting, as after a paste.
    struct PastingBackend: TerminalBackend {
        var size = Size(columns: 40, rows: 3)
        var waiting: [Key]
        var draws = 0

        mutating func draw(_ buffer: ScreenBuffer) throws { draws += 1 }
        mutating func nextEvent(timeoutMilliseconds: Int?) throws -> BackendEvent? {
            waiting.isEmpty ? nil : .key(waiting.removeFirst())
        }
        mutating func pendingEvent() throws -> BackendEvent? {
            waiting.isEmpty ? nil : .key(waiting.removeFirst())
        }
        mutating func shutdown() {}
    }

    @Test("50,000 pasted keys are all taken, in order, with one draw for the whole paste instead of one each")
    func oneDrawPerPaste() throws {
        let keys = Array(repeating: Key.char("+"), count: 50_000) + [.char("q")]
        var loop = Loop(
            program: CounterProgram(), state: CounterProgram.State(), backend: PastingBackend(waiting: keys),
            clock: { 0 })
        let started = Date()
        #expect(try loop.run() == "quit")
        #expect(loop.state.count == 50_000)
        #expect(loop.backend.draws == 1, "drawn \(loop.backend.draws) times")
        #expect(Date().timeIntervalSince(started) < 10)
    }
}
