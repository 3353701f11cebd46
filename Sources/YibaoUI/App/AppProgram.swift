import ScreenKit
import YibaoCore

/// The app as a program on ScreenKit's one loop: its state is `AppState`, its `update` and `render`
/// are the app's own, and its effects are performed on an `AppDataSource`. The kiosk runs the same
/// program, over a scoped data source, for a signed-in person's session.
public struct AppProgram<Data: AppDataSource>: Program {
    public typealias State = AppState
    public typealias Event = YibaoUI.Event
    public typealias Effect = YibaoUI.Effect
    public typealias Instant = Moment
    public typealias Outcome = Void

    public let data: Data
    public let environment: UIEnvironment
    public let keymap: Keymap

    /// How often the store is asked whether someone else changed it, when it can tell.
    public static var storeWatchMilliseconds: Int { 1000 }

    public init(data: Data, environment: UIEnvironment, keymap: Keymap = .standard) {
        self.data = data
        self.environment = environment
        self.keymap = keymap
    }

    public func start(_ state: AppState) -> [Effect] { Effect.start }

    public func event(for input: LoopInput<Moment>) -> Event? {
        switch input {
        case .key(let key): return .key(key)
        case .resize(let size): return .resize(size)
        case .signal(let number): return .signal(number)
        case .tick(let now): return .tick(now)
        }
    }

    public func update(_ state: inout AppState, _ event: Event, now: Moment) -> [Effect] {
        YibaoUI.update(&state, event, environment: environment, keymap: keymap)
    }

    public func render(_ state: AppState) -> ScreenBuffer {
        YibaoUI.render(state, environment: environment, keymap: keymap)
    }

    public func perform(_ effect: Effect, state: AppState, now: Moment) -> [Event] {
        data.perform(effect, today: environment.today).map { [$0] } ?? []
    }

    /// Ticks only while the store is watched (it gave a change mark).
    public func tickInterval(_ state: AppState, now: Moment) -> Int? {
        state.storeMark == nil ? nil : Self.storeWatchMilliseconds
    }

    public func outcome(_ state: AppState) -> Void? {
        state.isQuitting ? () : nil
    }

    public func outcomeWhenInputEnds(_ state: AppState) {}
}
