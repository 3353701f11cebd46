import ScreenKit
import YibaoCore

/// Where the kiosk stands: waiting for the next person, signing someone in, telling them something,
/// a signed-in person's session, or the operator typing the exit PIN.
public enum KioskPhase: Sendable {
    /// The welcome screen, with nothing of anyone on it.
    case welcome
    /// The ID number and PIN form.
    case signIn(SignInForm)
    /// A full-screen message (locked, no PIN, something went wrong); Enter goes back to welcome.
    case notice(KioskNotice)
    /// A signed-in person using the four screens.
    case session(KioskSession)
    /// After the operator key sequence: the operator PIN, masked.
    case operatorPin(TextField)
}

/// A signed-in person's session: who, and the ordinary app's state scoped to them.
public struct KioskSession: Sendable {
    public var person: ResidentID
    public var app: AppState

    public init(person: ResidentID, app: AppState) {
        self.person = person
        self.app = app
    }
}

/// How the kiosk ended: only these end it (every other key or error starts it over).
public enum KioskExit: Hashable, Sendable {
    /// The operator key sequence and the right operator PIN.
    case operatorExit
    /// SIGTERM or SIGHUP (systemd stop, a hang-up).
    case signal(Int32)
    /// The terminal stopped answering (input ended or kept failing).
    case terminalLost
}
