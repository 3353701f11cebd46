import ScreenKit
import YibaoCore

/// The app's fixed inputs for a run: policy data, rule texts, the day it started (or the day `--date`
/// fixes), whether the day follows the clock, the character set, kiosk mode.
public struct UIEnvironment: Sendable {
    /// The policy tables; parsed the first time they are read when the environment was made with
    /// deferred data (the app's start-up: Home shows neither policy nor rules).
    public var policy: PolicyBook {
        get { deferredPolicy.value }
        set { deferredPolicy = Deferred(newValue) }
    }
    /// The rule pages and the withdrawal guide; deferred like `policy`.
    public var rules: RuleLibrary {
        get { deferredRules.value }
        set { deferredRules = Deferred(newValue) }
    }
    private var deferredPolicy: Deferred<PolicyBook>
    private var deferredRules: Deferred<RuleLibrary>
    /// The day the run started on; with `followsClock` off (`--date`, most tests), the day for the whole run.
    public var today: CivilDate
    /// Whether "today" is the local date of the loop's latest tick (the real app and kiosk), so it moves
    /// across midnight; off, it stays `today`.
    public var followsClock = false
    public var charset: Charset
    /// Kiosk mode: ID numbers and other people's names always masked.
    public var kiosk: Bool
    /// Why the store cannot be written, when it cannot (a read-only or full disk): every title bar is
    /// marked read-only, and this stays on the status line whenever nothing else is there.
    public var readOnlyNotice: LocalizedText?
    /// The invented demo household, in a store of its own: every title bar says 示例 / Demo, and
    /// leaving goes back to the first run's choices.
    public var demo = false

    public init(policy: PolicyBook, rules: RuleLibrary, today: CivilDate, charset: Charset = .unicode, kiosk: Bool = false) {
        self.init(policy: Deferred(policy), rules: Deferred(rules), today: today, charset: charset, kiosk: kiosk)
    }

    /// An environment whose policy and rules are made when first read.
    public init(
        policy: Deferred<PolicyBook>, rules: Deferred<RuleLibrary>, today: CivilDate, charset: Charset = .unicode,
        kiosk: Bool = false
    ) {
        self.deferredPolicy = policy
        self.deferredRules = rules
        self.today = today
        self.charset = charset
        self.kiosk = kiosk
    }

    /// "Today" at a reading of the clock: its local date when the day follows the clock, else `today`.
    public func today(at reading: ClockReading?) -> CivilDate {
        guard followsClock, let reading else { return today }
        return reading.localDate
    }
}

/// Everything a screen may read while handling a key or drawing: the environment, the language,
/// the data and the size of the window.
public struct ScreenContext {
    public var environment: UIEnvironment
    public var language: Language
    public var snapshot: AppSnapshot?
    public var size: Size
    /// "Today" as of the loop's latest tick (nil: the environment's day).
    public var clockDay: CivilDate? = nil
    /// The keys in use, for a screen that names a key in what it draws (`keymap.keyLabel(for:)`).
    public var keymap: Keymap = .standard

    /// Words in the language shown, in the drawing set's punctuation (`Charset.prose`: `「」` for
    /// quotes in the narrow-safe set).
    public func text(_ localized: LocalizedText) -> String { charset.prose(localized.text(language)) }
    public var charset: Charset { environment.charset }
    /// The day everything dated is read as of: the clock's day when it follows the clock.
    public var today: CivilDate { clockDay ?? environment.today }
    public var household: Household? { snapshot?.household }
    /// The rectangle screens draw their content in (see `contentArea(for:)`).
    public var contentArea: Rect { YibaoUI.contentArea(for: size) }

    /// A person's name as it may be shown here: in kiosk mode everyone but the owner is masked. It is
    /// already inert (`Sanitizer.inert`: a name comes from the store), so a screen that measures it to
    /// lay out columns measures what will be drawn.
    public func displayName(_ id: ResidentID) -> String {
        let name = snapshot?.household.persons[id]?.name ?? id.masked
        if environment.kiosk && id != snapshot?.owner {
            return charset.prose(Sanitizer.inert(NameMasking.mask(name)))
        }
        return charset.prose(Sanitizer.inert(name))
    }

    /// An ID number as it may be shown: always masked (strongly in kiosk mode).
    public func displayID(_ id: ResidentID) -> String {
        environment.kiosk ? id.stronglyMasked : id.masked
    }
}

/// Masks names for public screens: `张*` (two characters), `张*明` (three), `欧阳**` (compound surnames).
public enum NameMasking {
    static let compoundSurnames: Set<String> = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐"]

    public static func mask(_ name: String) -> String {
        let characters = Array(name)
        guard characters.count >= 2 else { return name.isEmpty ? name : "*" }
        if characters.count >= 3, compoundSurnames.contains(String(characters[0..<2])) {
            return String(characters[0..<2]) + String(repeating: "*", count: characters.count - 2)
        }
        if characters.count == 2 { return String(characters[0]) + "*" }
        if characters.allSatisfy({ $0.isASCII }) {
            return String(characters[0]) + String(repeating: "*", count: characters.count - 1)
        }
        return String(characters[0]) + String(repeating: "*", count: characters.count - 2) + String(characters.last!)
    }
}
