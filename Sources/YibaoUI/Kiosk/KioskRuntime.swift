import ScreenKit
import YibaoCore

/// The kiosk's loop: like `Runtime`, but it waits with a timeout so the idle clock ticks, reads the
/// time from an injected clock (tests pass their own), clears the whole terminal when asked, and
/// starts over instead of ending on any error it can recover from. Only `KioskExit` ends it.
public struct KioskRuntime<Backend: TerminalBackend, Services: KioskServices> {
    public var backend: Backend
    public let services: Services
    public let environment: UIEnvironment
    public let keymap: Keymap
    public let clock: @Sendable () -> Moment
    public private(set) var state: KioskState
    /// Failures in a row of the terminal itself; after `maximumTerminalFailures` the terminal is gone.
    private var terminalFailures = 0
    private var clearPending = true

    /// Terminal errors in a row after which the kiosk gives up (and systemd starts it again).
    public static var maximumTerminalFailures: Int { 50 }

    public init(
        backend: Backend, services: Services, environment: UIEnvironment, language: Language,
        keymap: Keymap = .standard, clock: @escaping @Sendable () -> Moment
    ) {
        self.backend = backend
        self.services = services
        var environment = environment
        environment.kiosk = true
        self.environment = environment
        self.keymap = keymap
        self.clock = clock
        self.state = KioskState(
            language: language, size: backend.size, settings: (try? services.kioskSettings()) ?? .standard)
    }

    /// Runs until the operator leaves, a stopping signal arrives, or the terminal is gone.
    public mutating func run() -> KioskExit {
        var queue: [KioskEvent] = [.resize(backend.size)]
        while true {
            let now = clock()
            while !queue.isEmpty {
                let effects = updateKiosk(&state, queue.removeFirst(), now: now, environment: environment, keymap: keymap)
                for effect in effects {
                    if let event = perform(effect, now: now) { queue.append(event) }
                }
            }
            if let exit = state.exit {
                try? drawCleared()
                return exit
            }
            state.clockText = services.clockText(now)
            do {
                try drawCleared()
                let input = try backend.nextEvent(timeoutMilliseconds: state.waitMilliseconds(now: clock()))
                terminalFailures = 0
                switch input {
                case .key(let key): queue.append(.key(key))
                case .resize(let size): queue.append(.resize(size))
                case .signal(let number): queue.append(.signal(number))
                case nil: queue.append(.tick)
                }
            } catch {
                terminalFailures += 1
                clearPending = true
                if terminalFailures >= Self.maximumTerminalFailures { return .terminalLost }
                queue.append(.tick)
            }
        }
    }

    /// Draws the state, after clearing every cell of the terminal when a screen of someone's left it.
    private mutating func drawCleared() throws {
        if clearPending {
            backend.clearAll()
            clearPending = false
        }
        try backend.draw(renderKiosk(state, environment: environment, keymap: keymap))
    }

    /// Carries out one effect; what it found comes back as an event.
    mutating func perform(_ effect: KioskEffect, now: Moment) -> KioskEvent? {
        switch effect {
        case .signIn(let person, let pin):
            // Hashing the PIN takes a moment: show "checking" first.
            try? drawCleared()
            do {
                let outcome = try services.signIn(person, pin: pin, at: now)
                let settings = (try? services.kioskSettings()) ?? state.settings
                var clockText: String?
                if case .lockedOut(let until) = outcome { clockText = services.clockText(until) }
                if case .stillLocked(let until) = outcome { clockText = services.clockText(until) }
                return .signInDecided(person, outcome, clock: clockText, settings: settings)
            } catch {
                return .signInFailed(describe(error))
            }
        case .signOut(let person, let timedOut):
            // The audit row is the store's business; a failure must not keep anyone's screen up.
            try? services.signOut(person, timedOut: timedOut, at: now)
            return nil
        case .app(let appEffect):
            guard let person = state.signedIn else { return nil }
            let scoped = ScopedDataSource(base: services.appData, person: person)
            return scoped.perform(appEffect, today: environment.today).map { .app($0) }
        case .checkOperatorPin(let pin):
            try? drawCleared()
            return .operatorPinChecked(accepted: services.checkOperatorPin(pin, at: now))
        case .clearScreen:
            clearPending = true
            return nil
        }
    }
}
