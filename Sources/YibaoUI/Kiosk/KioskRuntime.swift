import ScreenKit
import YibaoCore

/// The kiosk on the one loop: `Loop` running `KioskProgram` over a terminal, with a clock the caller
/// gives (tests pass their own).
public typealias KioskRuntime<Backend: TerminalBackend, Services: KioskServices> = Loop<KioskProgram<Services>, Backend>

extension Loop {
    /// The kiosk on its welcome screen in `language`, with the operator's settings from `services`.
    public init<Services: KioskServices>(
        backend: Backend, services: Services, environment: UIEnvironment, language: Language,
        keymap: Keymap = .standard, clock: @escaping () -> ClockReading
    ) where P == KioskProgram<Services> {
        let state = KioskState(
            language: language, size: backend.size, settings: (try? services.kioskSettings()) ?? .standard)
        self.init(
            program: KioskProgram(services: services, environment: environment, keymap: keymap), state: state,
            backend: backend, clock: clock)
    }

    /// The kiosk with a wall clock that is never set, in UTC (tests).
    public init<Services: KioskServices>(
        backend: Backend, services: Services, environment: UIEnvironment, language: Language,
        keymap: Keymap = .standard, clock: @escaping () -> Moment
    ) where P == KioskProgram<Services> {
        self.init(
            backend: backend, services: services, environment: environment, language: language, keymap: keymap,
            clock: { ClockReading(clock()) })
    }
}
