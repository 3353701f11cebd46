/// A full-screen program as the loop runs it: a state, a pure `update` from events to effects, a pure
/// `render`, how effects are performed, and what it waits for (keys, resizes, signals and ticks).
///
/// The loop knows nothing else of the program: the app and the kiosk are two programs on it, and tests
/// run either on a scripted terminal with a clock of their own.
public protocol Program {
    /// Everything the program knows, as one value.
    associatedtype State
    /// What can happen to it: input, ticks and the results of its effects.
    associatedtype Event
    /// What `update` asks to be done, as data.
    associatedtype Effect
    /// The clock's type (the loop reads it from an injected closure).
    associatedtype Instant
    /// What a finished run returns.
    associatedtype Outcome

    /// Effects to perform when the run starts, before the first frame (a first load, say).
    func start(_ state: State) -> [Effect]
    /// The event an input means to this program; nil to ignore it.
    func event(for input: LoopInput<Instant>) -> Event?
    /// The only place the state changes; `now` is when the loop woke up for this event.
    func update(_ state: inout State, _ event: Event, now: Instant) -> [Effect]
    /// The whole screen for a state: pure, the same state gives the same cells.
    func render(_ state: State) -> ScreenBuffer
    /// Carries out one effect (the program's only I/O); what it found comes back as events.
    mutating func perform(_ effect: Effect, state: State, now: Instant) -> [Event]
    /// Whether an effect is performed at once, after drawing, or is a request to clear the terminal.
    func handling(of effect: Effect) -> EffectHandling
    /// How long the loop may wait for input before it delivers a tick, in milliseconds; nil: no ticks.
    func tickInterval(_ state: State, now: Instant) -> Int?
    /// Set when the program is done: the loop returns it.
    func outcome(_ state: State) -> Outcome?
    /// What the run returns when input ends (the terminal reports nothing and no tick was asked for).
    func outcomeWhenInputEnds(_ state: State) -> Outcome
    /// Terminal errors in a row the loop rides out (clearing and repainting, and ticking) before it
    /// gives up; 1 gives up at the first.
    var terminalFailureLimit: Int { get }
    /// What the run returns when the terminal has failed `terminalFailureLimit` times in a row; nil
    /// lets the last error end the run.
    func outcomeWhenTerminalLost(_ error: any Error) -> Outcome?
}

extension Program {
    public func start(_ state: State) -> [Effect] { [] }
    public func handling(of effect: Effect) -> EffectHandling { .perform }
    public func tickInterval(_ state: State, now: Instant) -> Int? { nil }
    public var terminalFailureLimit: Int { 1 }
    public func outcomeWhenTerminalLost(_ error: any Error) -> Outcome? { nil }
}
