import ScreenKit
import YibaoCore

/// The app on the one loop: `Loop` running `AppProgram` over a terminal and a data source.
public typealias Runtime<Backend: TerminalBackend, Data: AppDataSource> = Loop<AppProgram<Data>, Backend>

extension Loop {
    /// The app in a window of the backend's size, in `language`. The clock is read only for ticks, which
    /// the app asks for only while it watches a store that can tell when it changed.
    public init<Data: AppDataSource>(
        backend: Backend, data: Data, environment: UIEnvironment, language: Language, keymap: Keymap = .standard,
        clock: @escaping () -> Moment = { Moment(seconds: 0) }
    ) where P == AppProgram<Data> {
        self.init(
            program: AppProgram(data: data, environment: environment, keymap: keymap),
            state: AppState(language: language, size: backend.size), backend: backend, clock: clock)
    }
}
