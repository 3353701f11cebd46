import ScreenKit
import YibaoCore

/// The whole state of the app as one value: data, the stack of screens, the window, any dialog.
public struct AppState: Sendable {
    public var language: Language
    public var size: Size
    public var snapshot: AppSnapshot?
    /// Screens, Home (or first run) at the bottom; the last one is shown.
    public var stack: [any ScreenState]
    public var dialog: DialogState?
    public var status: StatusLine?
    /// Why the store could not be read, shown instead of the screens.
    public var loadError: LocalizedText?
    public var isQuitting = false
    /// Set with `isQuitting` when the run ends to open the demo household (`AppExit.openDemo`).
    public var opensDemo = false
    /// The clock at the last tick (nil before the first): "today" is its local date when the day
    /// follows the clock (`UIEnvironment.today(at:)`).
    public var now: ClockReading?
    /// The store's change mark when it was last read (nil: the store cannot tell, or not asked yet).
    public var storeMark: Int64?
    /// Why the store cannot be reached just now (a fleet's server away), shown until it is back.
    public var storeAway: LocalizedText?

    public init(language: Language, size: Size) {
        self.language = language
        self.size = size
        self.stack = []
    }

    /// The smallest window that shows everything.
    public static let minimumSize = Size(columns: 80, rows: 24)

    public var isTooSmall: Bool { AppState.isTooSmall(size) }

    /// Whether a window of `size` is too small for the app's (and the kiosk's) screens.
    public static func isTooSmall(_ size: Size) -> Bool {
        size.columns < minimumSize.columns || size.rows < minimumSize.rows
    }

    public var top: (any ScreenState)? { stack.last }

    public func context(_ environment: UIEnvironment, keymap: Keymap = .standard) -> ScreenContext {
        ScreenContext(
            environment: environment, language: language, snapshot: snapshot, size: size, clockDay: today(environment),
            keymap: keymap)
    }

    /// The day everything dated is read as of now: the last tick's local date, or the environment's day.
    public func today(_ environment: UIEnvironment) -> CivilDate { environment.today(at: now) }
}

/// A modal box over the screen: a question with yes/no, or a message to close.
public struct DialogState: Sendable {
    public var title: LocalizedText
    public var message: LocalizedText
    public var kind: Kind
    public var isError: Bool
    /// 0 = yes (or OK), 1 = no.
    public var selectedButton: Int

    public enum Kind: Sendable {
        case confirm(onYes: [Action], onNo: [Action])
        case message
    }
}
