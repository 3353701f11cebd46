import ScreenKit

/// A small program for the loop's tests: counts `+` presses, shows the last tick's instant, checks
/// slowly on `s`, asks for a clear on `c`, ends on `q`. Instants are milliseconds.
struct CounterProgram: Program {
    struct State {
        var count = 0
        var lastTick: Int?
        var checking = false
        var checked: [Int] = []
        var done = false
    }

    enum Event {
        case key(Key)
        case tick(Int)
        case checked(Int)
    }

    enum Effect {
        case check(Int)
        case clear
    }

    /// How often ticks are wanted; nil: none.
    var tickEvery: Int?
    var failureLimit = 1
    var lostOutcome: String?
    /// The counts `perform` was asked to check, in order.
    var performed: [Int] = []

    func event(for input: LoopInput<Int>) -> Event? {
        switch input {
        case .key(let key): return .key(key)
        case .tick(let now): return .tick(now)
        case .resize, .signal: return nil
        }
    }

    func update(_ state: inout State, _ event: Event, now: Int) -> [Effect] {
        switch event {
        case .key(.char("+")): state.count += 1
        case .key(.char("s")):
            state.checking = true
            return [.check(state.count)]
        case .key(.char("c")): return [.clear]
        case .key(.char("q")): state.done = true
        case .key: break
        case .tick(let now): state.lastTick = now
        case .checked(let count):
            state.checking = false
            state.checked.append(count)
        }
        return []
    }

    func render(_ state: State) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: Size(columns: 40, rows: 3))
        buffer.put("count \(state.count)", x: 0, y: 0)
        if state.checking { buffer.put("checking", x: 0, y: 1) }
        if !state.checked.isEmpty { buffer.put("checked \(state.checked)", x: 10, y: 1) }
        if let tick = state.lastTick { buffer.put("tick \(tick)", x: 0, y: 2) }
        return buffer
    }

    mutating func perform(_ effect: Effect, state: State, now: Int) -> [Event] {
        guard case .check(let count) = effect else { return [] }
        performed.append(count)
        return [.checked(count)]
    }

    func handling(of effect: Effect) -> EffectHandling {
        switch effect {
        case .check: return .performAfterDrawing
        case .clear: return .clearScreen
        }
    }

    func tickInterval(_ state: State, now: Int) -> Int? { tickEvery }
    func outcome(_ state: State) -> String? { state.done ? "quit" : nil }
    func outcomeWhenInputEnds(_ state: State) -> String { "input ended" }
    var terminalFailureLimit: Int { failureLimit }
    func outcomeWhenTerminalLost(_ error: any Error) -> String? { lostOutcome }
}
