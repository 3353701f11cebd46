import ScreenKit
import YibaoCore

/// The app on the one loop: `Loop` running `AppProgram` over a terminal and a data source.
public typealias Runtime<Backend: TerminalBackend, Data: AppDataSource> = Loop<AppProgram<Data>, Backend>

extension Loop {
    /// The app in a window of the backend's size, in `language`. The clock is read for ticks (the app
    /// asks for them while it watches the store or the day follows the clock) and for the day effects
    /// are performed on.
    public init<Data: AppDataSource>(
        backend: Backend, data: Data, environment: UIEnvironment, language: Language, keymap: Keymap = .standard,
        clock: @escaping () -> ClockReading = { ClockReading(Moment(seconds: 0)) }
    ) where P == AppProgram<Data> {
        self.init(
            program: AppProgram(data: data, environment: environment, keymap: keymap),
            state: AppState(language: language, size: backend.size), backend: backend, clock: clock)
    }

    /// The app with a wall clock that is never set, in UTC (tests).
    public init<Data: AppDataSource>(
        backend: Backend, data: Data, environment: UIEnvironment, language: Language, keymap: Keymap = .standard,
        clock: @escaping () -> Moment
    ) where P == AppProgram<Data> {
        self.init(
            backend: backend, data: data, environment: environment, language: language, keymap: keymap,
            clock: { ClockReading(clock()) })
    }
}
