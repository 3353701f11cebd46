import Foundation
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
    /// Set when the backups folder cannot be used safely: said on the status line of every screen
    /// (after the read-only notice) so backups never stop unseen.
    public var backupNotice: LocalizedText?
    /// False on a terminal that cannot show Chinese characters (not UTF-8, e.g. `LANG=C`): the language
    /// key is not offered there, and pressing it says why instead of filling the screen with `?`.
    public var showsChinese = true

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
    /// Someone added at a kiosk and not yet confirmed at the counter is marked so wherever named.
    public func displayName(_ id: ResidentID) -> String {
        let name = snapshot?.household.persons[id]?.name ?? id.masked
        let mark = snapshot?.household.pending.contains(id) == true ? text(Self.unconfirmedMark) : ""
        if environment.kiosk && id != snapshot?.owner {
            return charset.prose(Sanitizer.inert(NameMasking.mask(name)) + mark)
        }
        return charset.prose(Sanitizer.inert(name) + mark)
    }

    /// The mark after an unconfirmed person's name.
    static let unconfirmedMark = LocalizedText(zh: "（待核实）", en: " (pending)")

    /// An ID number as it may be shown: always masked (strongly in kiosk mode).
    public func displayID(_ id: ResidentID) -> String {
        environment.kiosk ? id.stronglyMasked : id.masked
    }
}

/// Masks names for public screens: `张*` (two characters), `张*明` (three), `欧阳**` (compound surnames).
/// At a kiosk this is the one rule for every name shown: names drawn by screens (`displayName`) and
/// every message, refusals included (`maskingNames(in:of:except:)`).
public enum NameMasking {
    static let compoundSurnames: Set<String> = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐"]

    /// `text` with every name of `people` but `except`'s masked by `mask`, and their ID numbers (whole
    /// or masked as `1101**********0015`) strongly masked. One pass, longest match first, so `欧阳明华`
    /// is not caught as `欧阳` and nothing masked is masked again.
    public static func maskingNames(in text: LocalizedText, of people: [Person], except: ResidentID) -> LocalizedText {
        var pairs: [(from: String, to: String)] = []
        for person in people where person.id != except {
            pairs.append((person.id.value, person.id.stronglyMasked))
            pairs.append((person.id.masked, person.id.stronglyMasked))
            let name = person.name.trimmingCharacters(in: .whitespaces)
            // One character would mask that character wherever it is.
            if name.count >= 2 { pairs.append((name, mask(name))) }
        }
        pairs.sort { $0.from.count > $1.from.count }
        return LocalizedText(zh: replacing(text.zh, pairs), en: replacing(text.en, pairs))
    }

    private static func replacing(_ text: String, _ pairs: [(from: String, to: String)]) -> String {
        guard !pairs.isEmpty else { return text }
        var out = ""
        var rest = Substring(text)
        while let first = rest.first {
            if let pair = pairs.first(where: { rest.hasPrefix($0.from) }) {
                out += pair.to
                rest = rest.dropFirst(pair.from.count)
            } else {
                out.append(first)
                rest = rest.dropFirst()
            }
        }
        return out
    }

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
