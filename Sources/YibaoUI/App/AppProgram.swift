import ScreenKit
import YibaoCore

/// The app as a program on ScreenKit's one loop: its state is `AppState`, its `update` and `render`
/// are the app's own, and its effects are performed on an `AppDataSource`. The kiosk runs the same
/// program, over a scoped data source, for a signed-in person's session.
public struct AppProgram<Data: AppDataSource>: Program {
    public typealias State = AppState
    public typealias Event = YibaoUI.Event
    public typealias Effect = YibaoUI.Effect
    public typealias Instant = ClockReading
    public typealias Outcome = AppExit

    public let data: Data
    public let environment: UIEnvironment
    public let keymap: Keymap

    /// How often the store is asked whether someone else changed it, when it can tell.
    public static var storeWatchMilliseconds: Int { 1000 }
    /// The longest wait between ticks while the day follows the clock (besides waking at midnight), so a
    /// clock set forward past midnight is noticed within a minute.
    public static var dayWatchMilliseconds: Int { 60_000 }

    public init(data: Data, environment: UIEnvironment, keymap: Keymap = .standard) {
        self.data = data
        self.environment = environment
        self.keymap = keymap
    }

    public func start(_ state: AppState) -> [Effect] { Effect.start }

    public func event(for input: LoopInput<ClockReading>) -> Event? {
        switch input {
        case .key(let key): return .key(key)
        case .resize(let size): return .resize(size)
        case .signal(let number): return .signal(number)
        case .tick(let now): return .tick(now)
        }
    }

    public func update(_ state: inout AppState, _ event: Event, now: ClockReading) -> [Effect] {
        YibaoUI.update(&state, event, environment: environment, keymap: keymap)
    }

    public func render(_ state: AppState) -> ScreenBuffer {
        YibaoUI.render(state, environment: environment, keymap: keymap)
    }

    /// Performs an effect as of the day it is performed on (the clock's, when the day follows it), never
    /// the day the run started on.
    public func perform(_ effect: Effect, state: AppState, now: ClockReading) -> [Event] {
        data.perform(effect, today: environment.today(at: now)).map { [$0] } ?? []
    }

    /// Ctrl-L's repaint is the loop's: the next frame clears the terminal and draws every cell.
    public func handling(of effect: Effect) -> EffectHandling {
        effect == .repaint ? .clearScreen : .perform
    }

    /// Ticks every second while the store is watched (it gave a change mark), and at the next local
    /// midnight (at least once a minute) while the day follows the clock; otherwise none.
    public func tickInterval(_ state: AppState, now: ClockReading) -> Int? {
        var waits: [Int] = []
        if state.storeMark != nil { waits.append(Self.storeWatchMilliseconds) }
        if environment.followsClock { waits.append(min(Self.dayWatchMilliseconds, now.millisecondsToNextMidnight)) }
        return waits.min()
    }

    /// Quitting the demo leaves it (back to the first run); the first run's demo choice opens it.
    public func outcome(_ state: AppState) -> AppExit? {
        guard state.isQuitting else { return nil }
        if state.opensDemo { return .openDemo }
        return environment.demo ? .leaveDemo : .quit
    }

    public func outcomeWhenInputEnds(_ state: AppState) -> AppExit { .quit }
}
