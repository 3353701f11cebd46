/// The one event loop: input and ticks become events, `update` changes the state, effects are
/// performed (slow ones after the state is drawn), `render` draws it and the backend shows only what
/// changed. Generic over the program, the terminal and the clock, so tests drive any program with a
/// scripted backend and a clock of their own.
///
/// Before the first frame, after a terminal error and whenever the program asks, the next draw clears
/// and repaints every cell. The run ends when the program gives an outcome, when input ends, or when
/// the terminal fails more often in a row than the program tolerates.
public struct Loop<P: Program, Backend: TerminalBackend> {
    public var program: P
    public var backend: Backend
    public private(set) var state: P.State
    public let clock: () -> P.Instant
    private var clearPending = true
    private var terminalFailures = 0

    public init(program: P, state: P.State, backend: Backend, clock: @escaping () -> P.Instant) {
        self.program = program
        self.state = state
        self.backend = backend
        self.clock = clock
    }

    /// The most input events already waiting that one turn takes before drawing.
    static var inputBatch: Int { 100_000 }

    /// Runs the program until it is done (see the type's summary for every way a run ends).
    @discardableResult
    public mutating func run() throws -> P.Outcome {
        let start = clock()
        var queue = [LoopInput.resize(backend.size), .tick(start)].compactMap { program.event(for: $0) }
        queue += perform(program.start(state), now: start)
        while true {
            let now = clock()
            process(&queue, now: now)
            if let outcome = program.outcome(state) {
                // A program that asked to clear the terminal as it ends gets its clear.
                if clearPending { try? draw() }
                return outcome
            }
            do {
                try draw()
                let wait = program.tickInterval(state, now: clock())
                let input = try backend.nextEvent(timeoutMilliseconds: wait)
                terminalFailures = 0
                if let input {
                    if let event = program.event(for: LoopInput(input)) { queue.append(event) }
                    // Input already waiting (a paste of 50,000 characters) is taken in this turn and drawn
                    // once, not once per character; a field takes what fits and ignores the rest.
                    var taken = 0
                    while taken < Self.inputBatch, let more = try backend.pendingEvent() {
                        if let event = program.event(for: LoopInput(more)) { queue.append(event) }
                        taken += 1
                    }
                } else if wait != nil {
                    if let event = program.event(for: .tick(clock())) { queue.append(event) }
                } else {
                    return program.outcomeWhenInputEnds(state)
                }
            } catch {
                terminalFailures += 1
                clearPending = true
                if terminalFailures >= max(1, program.terminalFailureLimit) {
                    if let outcome = program.outcomeWhenTerminalLost(error) { return outcome }
                    throw error
                }
                if let event = program.event(for: .tick(clock())) { queue.append(event) }
            }
        }
    }

    /// Updates every queued event (and the events its effects bring); effects that take a while wait
    /// until the events in hand are done and the state is drawn.
    private mutating func process(_ queue: inout [P.Event], now: P.Instant) {
        var slow: [P.Effect] = []
        while !queue.isEmpty || !slow.isEmpty {
            while !queue.isEmpty {
                let effects = program.update(&state, queue.removeFirst(), now: now)
                for effect in effects {
                    if program.handling(of: effect) == .performAfterDrawing {
                        slow.append(effect)
                    } else {
                        queue += perform([effect], now: now)
                    }
                }
            }
            guard !slow.isEmpty else { return }
            // Show what the program shows while it waits; a terminal error here is met at the next draw.
            do { try draw() } catch { clearPending = true }
            let waiting = slow
            slow = []
            for effect in waiting {
                queue += program.perform(effect, state: state, now: now)
            }
        }
    }

    /// Performs effects now; clear requests are kept for the next draw.
    private mutating func perform(_ effects: [P.Effect], now: P.Instant) -> [P.Event] {
        var events: [P.Event] = []
        for effect in effects {
            if program.handling(of: effect) == .clearScreen {
                clearPending = true
            } else {
                events += program.perform(effect, state: state, now: now)
            }
        }
        return events
    }

    /// Draws the state, after clearing every cell of the terminal when that is pending.
    private mutating func draw() throws {
        if clearPending {
            backend.clearAll()
            clearPending = false
        }
        try backend.draw(program.render(state))
    }
}
