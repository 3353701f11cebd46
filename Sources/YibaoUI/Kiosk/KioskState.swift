import ScreenKit
import YibaoCore

/// The whole kiosk as one value: the phase, the window, the language, the idle clock and the
/// operator's settings. A session's data lives only inside its phase, so leaving it leaves nothing.
public struct KioskState: Sendable {
    public var phase: KioskPhase = .welcome
    public var size: Size
    /// The language shown now; every new person starts in `startLanguage`.
    public var language: Language
    public let startLanguage: Language
    /// The operator's timeouts and lockout (re-read at every sign-in).
    public var settings: KioskSettings
    /// Running whenever someone is at the terminal (any phase but welcome); nil on welcome.
    public var idle: IdleTimer?
    /// The first key of the operator sequence was pressed on the welcome or sign-in screen.
    public var operatorArmed = false
    /// Wrong operator PINs in a row; at the operator's `maxFailures` the sequence stops answering.
    public var operatorFailures = 0
    /// The clock when the event being handled arrived (nil before the first): "today" is its local date
    /// when the day follows the clock.
    public var now: ClockReading?
    /// Its monotonic part, which the idle timer measures on (setting the wall clock back cannot stall it).
    public var steadyNow: Moment { now?.steady ?? Moment(seconds: 0) }
    /// Until when the operator sequence does nothing (after too many wrong operator PINs).
    public var operatorLockedUntil: Moment?
    /// The local time for the welcome screen ("09:30"), set by the runtime.
    public var clockText = ""
    /// A line for the welcome screen after a session ended ("You are signed out").
    public var welcomeNote: LocalizedText?
    /// The help screen is over the welcome or sign-in screen (which keeps what was typed); any key
    /// closes it.
    public var showingHelp = false
    /// A PIN is being checked (it takes a moment): the screen says so until the answer comes.
    public var isChecking = false
    /// Set when the kiosk is to end; the runtime then returns it.
    public var exit: KioskExit?

    public init(language: Language, size: Size, settings: KioskSettings = .standard) {
        self.language = language
        self.startLanguage = language
        self.size = size
        self.settings = settings
    }

    /// The phase of the idle clock, as of its last tick.
    public var idlePhase: IdleTimer.Phase { idle?.phase ?? .active }

    /// Whether the full-screen "are you still there?" countdown is showing.
    public var isCountingDown: Bool {
        if case .countingDown = idlePhase { return true }
        return false
    }

    /// The signed-in person, if any.
    public var signedIn: ResidentID? {
        if case .session(let session) = phase { return session.person }
        return nil
    }

    /// The day everything dated is read as of now: the clock's local date, or the environment's day.
    public func today(_ environment: UIEnvironment) -> CivilDate { environment.today(at: now) }

    /// How long the runtime may wait for a key before it must tick: until the idle clock next
    /// changes (on the monotonic clock), and at most a second (the welcome screen's clock, the day).
    public func waitMilliseconds(now: ClockReading) -> Int {
        guard let next = idle?.nextChange else { return 1000 }
        let milliseconds = Int(((next.seconds - now.monotonic) * 1000).rounded(.up))
        return min(1000, max(0, milliseconds))
    }
}
