import ScreenKit
import YibaoCore

/// The app's only loop: input and effect results become events, `update` changes the state, `render`
/// draws it, the backend shows only what changed. Generic over the terminal and the data, so tests
/// drive it with a scripted backend and an in-memory store.
public struct Runtime<Backend: TerminalBackend, Data: AppDataSource> {
    public var backend: Backend
    public let data: Data
    public let environment: UIEnvironment
    public let keymap: Keymap
    public private(set) var state: AppState

    public init(backend: Backend, data: Data, environment: UIEnvironment, language: Language, keymap: Keymap = .standard) {
        self.backend = backend
        self.data = data
        self.environment = environment
        self.keymap = keymap
        self.state = AppState(language: language, size: backend.size)
    }

    /// Runs until the person quits, a signal arrives or input ends (a scripted backend runs dry).
    public mutating func run() throws {
        var queue: [Event] = [.resize(backend.size)]
        if let loaded = data.perform(.reload, today: environment.today) { queue.append(loaded) }
        while true {
            while !queue.isEmpty {
                let effects = update(&state, queue.removeFirst(), environment: environment, keymap: keymap)
                for effect in effects {
                    if let event = data.perform(effect, today: environment.today) { queue.append(event) }
                }
            }
            if state.isQuitting { return }
            try backend.draw(render(state, environment: environment, keymap: keymap))
            guard let input = try backend.nextEvent(timeoutMilliseconds: nil) else { return }
            switch input {
            case .key(let key): queue.append(.key(key))
            case .resize(let size): queue.append(.resize(size))
            case .signal(let number): queue.append(.signal(number))
            }
        }
    }
}
