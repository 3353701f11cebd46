import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Kiosk keys: the welcome, sign-in, notice and staff screens read keys and print hints from the keymap")
struct KioskKeymapTests {
    typealias K = KioskFixture

    /// The standard keymap with Enter moved to F5 and Tab to F6, Space no longer starting, and L no
    /// longer the language in the sign-in form.
    static let remapped: Keymap = {
        let standard = Keymap.standard
        let bindings: [(Key, Command)] = standard.bindings.map { key, command in
            if key == .enter { return (.function(5), command) }
            if key == .tab { return (.function(6), command) }
            return (key, command)
        }
        var scoped = Keymap.standardScopes
        scoped[.kioskWelcome] = []
        scoped[.kioskSignIn] = [(.char("?"), .help)]
        return Keymap(bindings: bindings, scoped: scoped)
    }()

    /// Sends `events` through `updateKiosk` with `keymap`, performing effects with `services`.
    @discardableResult
    static func send(
        _ events: [KioskEvent], _ state: inout KioskState, keymap: Keymap, services: MemoryKioskServices
    ) -> [KioskEffect] {
        var queue = events
        var all: [KioskEffect] = []
        while !queue.isEmpty {
            let effects = updateKiosk(&state, queue.removeFirst(), now: K.start, environment: K.environment(), keymap: keymap)
            all += effects
            for effect in effects {
                if let event = services.perform(effect, state: state, now: K.start, environment: K.environment()) {
                    queue.append(event)
                }
            }
        }
        return all
    }

    static func hintBar(_ state: KioskState, keymap: Keymap) -> String {
        let buffer = renderKiosk(state, environment: K.environment(), keymap: keymap)
        return buffer.text.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    }

    @Test("A remapped keymap changes the welcome screen's keys: F5 starts, Enter and Space no longer do")
    func remappedWelcome() {
        let services = K.services()
        var state = K.state(language: .en)
        #expect(Self.hintBar(state, keymap: Self.remapped).contains("[F5] Start"))
        #expect(!Self.hintBar(state, keymap: Self.remapped).contains("[Enter]"))
        Self.send([.key(.enter), .key(.char(" "))], &state, keymap: Self.remapped, services: services)
        guard case .welcome = state.phase else { Issue.record("Enter or Space started with the remapped keymap"); return }
        Self.send([.key(.function(5))], &state, keymap: Self.remapped, services: services)
        guard case .signIn = state.phase else { Issue.record("F5 did not start"); return }
        // With the standard keymap, Space starts.
        var standard = K.state(language: .en)
        Self.send([.key(.char(" "))], &standard, keymap: .standard, services: services)
        guard case .signIn = standard.phase else { Issue.record("Space did not start"); return }
    }

    @Test("A remapped keymap changes the sign-in form's keys: F6 moves to the PIN, F5 signs in, L is not the language")
    func remappedSignIn() {
        let services = K.services()
        var state = K.state(language: .en)
        Self.send([.key(.function(5))] + K.keys(K.owner.value), &state, keymap: Self.remapped, services: services)
        let bar = Self.hintBar(state, keymap: Self.remapped)
        #expect(bar.contains("[F5] OK") && bar.contains("[F6] Next field"), "\(bar)")
        #expect(!bar.contains("[Enter]") && !bar.contains("[Tab]") && !bar.contains("[L]"), "\(bar)")
        Self.send([.key(.enter), .key(.tab), .key(.char("L"))], &state, keymap: Self.remapped, services: services)
        guard case .signIn(let stillOnID) = state.phase else { Issue.record("left the form"); return }
        #expect(stillOnID.focus == .id)
        #expect(state.language == .en)
        Self.send([.key(.function(6))] + K.keys(K.ownerPin), &state, keymap: Self.remapped, services: services)
        guard case .signIn(let onPin) = state.phase else { Issue.record("left the form"); return }
        #expect(onPin.focus == .pin)
        let effects = Self.send([.key(.function(5))], &state, keymap: Self.remapped, services: services)
        #expect(effects.contains(.signIn(K.owner, try! KioskPin(K.ownerPin))))
        #expect(state.signedIn == K.owner)
    }

    @Test("Every hint on the kiosk's own screens names keys that the keymap maps to the hint's command there")
    func hintsNameTheKeymapsKeys() {
        let services = K.services()
        var welcome = K.state()
        var signIn = K.state()
        Self.send([.key(.enter)], &signIn, keymap: .standard, services: services)
        var notice = K.state()
        notice.phase = .notice(KioskNotice(kind: .noPin, title: KioskWords.noPinTitle, message: KioskWords.problemMessage))
        var staff = K.state()
        staff.phase = .operatorPin(TextField(maxLength: 6, isMasked: true))
        var help = K.state()
        help.showingHelp = true
        for keymap in [Keymap.standard, Self.remapped] {
            for language in Language.allCases {
                for var state in [welcome, signIn, notice, staff, help] {
                    state.language = language
                    state.size = Size(columns: 120, rows: 30)
                    let phase: KioskPhase = state.showingHelp ? .notice(KioskWords.help(maxFailures: 5)) : state.phase
                    let bar = Self.hintBar(state, keymap: keymap)
                    let offers = kioskOffers(phase)
                    var shown = 0
                    for offer in offers {
                        let hints = bar.components(separatedBy: "] " + offer.label.text(language))
                        guard hints.count > 1, let open = hints[0].lastIndex(of: "[") else { continue }
                        shown += 1
                        let keys = hints[0][hints[0].index(after: open)...].split(separator: "/").map(String.init)
                        for label in keys {
                            let candidates = Self.allKeys(keymap).filter { Self.printed($0) == label }
                            #expect(
                                candidates.contains { keymap.input(for: $0, in: kioskKeyScopes(phase)) == .command(offer.command) },
                                "[\(label)] \(offer.label.en) on \(phase) does not give \(offer.command)")
                        }
                    }
                    #expect(shown >= offers.count - 1, "\(bar)")
                }
            }
        }
        welcome.language = .en
        #expect(Self.hintBar(welcome, keymap: .standard) .contains("[Enter] Start  [?/F1] Help  [L] 中文"))
    }

    static func allKeys(_ keymap: Keymap) -> [Key] {
        keymap.bindings.map(\.0) + keymap.numbers.map(\.0) + keymap.scoped.values.flatMap { $0.map(\.0) }
    }

    /// A key as the hint bar prints it: one character upper-cased, anything else by its name.
    static func printed(_ key: Key) -> String { key.label.count == 1 ? key.label.uppercased() : key.label }
}
