import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Kiosk session: only one's own data, sign out one key away, nothing leaves the app")
struct KioskSessionTests {
    typealias K = KioskFixture

    static func signedIn(language: Language = .zhHans) -> (KioskState, MemoryKioskServices) {
        let services = K.services()
        var state = K.state(language: language)
        K.signIn(&state, services: services)
        return (state, services)
    }

    @Test("Each of the four screens names Sign out on its hint bar, never Quit; F10 signs out from each")
    func signOutEverywhere() {
        for language in Language.allCases {
            for entry in ["1", "2", "3", "4"] {
                var (state, services) = Self.signedIn(language: language)
                let home = K.text(state)
                #expect(home.contains(language == .zhHans ? "[F10] 退出登录" : "[F10] Sign out"))
                #expect(!home.contains("[Q]"))
                K.send([.key(.char(Character(entry)))], &state, at: K.start, services: services)
                let screen = K.text(state)
                #expect(screen.contains(language == .zhHans ? "[F10] 退出登录" : "[F10] Sign out"), "screen \(entry)")
                #expect(!screen.contains("[Q]"))
                let effects = K.send([.key(K.signOutKey)], &state, at: K.start, services: services)
                #expect(effects == [.signOut(K.owner, timedOut: false), .clearScreen])
                #expect(state.signedIn == nil)
                #expect(!K.text(state).contains("张建国"), "nothing of the person is left")
                #expect(services.signOuts.count == 1)
            }
        }
    }

    @Test("Ctrl-C, Ctrl-Z, Ctrl-\\, Ctrl-D, Esc and every letter on Home neither end nor leave the session")
    func nothingLeaves() {
        var (state, services) = Self.signedIn()
        var keys: [Key] = [.ctrl("c"), .ctrl("z"), .ctrl("\\"), .ctrl("d"), .escape, .function(12), .ctrl("o")]
        keys += "abcdefghijklmnoprstuvwxyz".map { Key.char($0) }
        for key in keys {
            K.send([.key(key)], &state, at: K.start, services: services)
            K.send([.key(.escape), .key(.char("n"))], &state, at: K.start, services: services)
            #expect(state.exit == nil, "\(key) ended the kiosk")
            #expect(state.signedIn == K.owner, "\(key) ended the session")
        }
        #expect(services.operatorAttempts.isEmpty, "the operator sequence does nothing inside a session")
    }

    @Test("Q on Home asks to sign out (not to quit); yes signs out and the kiosk goes on")
    func qSignsOut() {
        var (state, services) = Self.signedIn()
        K.send([.key(.char("q"))], &state, at: K.start, services: services)
        #expect(K.text(state).contains("要退出登录吗"))
        let effects = K.send([.key(.char("y"))], &state, at: K.start, services: services)
        #expect(effects.contains(.signOut(K.owner, timedOut: false)))
        #expect(state.exit == nil)
        guard case .welcome = state.phase else {
            Issue.record("not on welcome")
            return
        }
    }

    @Test("SIGINT, SIGQUIT and SIGTSTP that reach the loop are ignored; SIGTERM signs out and stops")
    func signals() {
        var (state, services) = Self.signedIn()
        for number: Int32 in [2, 3, 20, 18, 28] {
            K.send([.signal(number)], &state, at: K.start, services: services)
            #expect(state.exit == nil)
            #expect(state.signedIn == K.owner)
        }
        let effects = K.send([.signal(15)], &state, at: K.start, services: services)
        #expect(effects.contains(.signOut(K.owner, timedOut: false)))
        #expect(state.exit == .signal(15))
    }

    @Test("A store that cannot be read during a session: a calm message, the session ends, the kiosk goes on")
    func storeErrorInSession() {
        var (state, services) = Self.signedIn()
        let effects = K.send(
            [.app(.loadFailed(.init(zh: "坏了", en: "broken")))], &state, at: K.start, services: services)
        #expect(effects.contains(.signOut(K.owner, timedOut: false)))
        guard case .notice(let notice) = state.phase else {
            Issue.record("no notice")
            return
        }
        #expect(notice.kind == .problem)
        #expect(!K.text(state).contains("张建国"))
        K.send([.key(.enter)], &state, at: K.start)
        #expect(K.text(state).contains("请按回车键开始"))
        #expect(state.exit == nil)
    }

    @Test("A snapshot that is not the signed-in person's own is never shown")
    func foreignSnapshot() {
        var (state, services) = Self.signedIn()
        let other = AppSnapshot(household: K.household, owner: K.stranger, lastChange: nil)
        K.send([.app(.loaded(other))], &state, at: K.start, services: services)
        #expect(state.signedIn == nil)
        #expect(!K.text(state).contains("陈美华"))
    }

    @Test("The language chosen during a session is never remembered for the next person")
    func languageNotRemembered() {
        var (state, services) = Self.signedIn()
        let effects = K.send([.key(.char("L"))], &state, at: K.start, services: services)
        #expect(!effects.contains { if case .app(.rememberLanguage) = $0 { true } else { false } })
        #expect(services.appData.rememberedLanguages.isEmpty)
    }

    @Test("Help at the kiosk names F10 to sign out and never offers to quit")
    func helpSaysSignOut() {
        for language in Language.allCases {
            var (state, services) = Self.signedIn(language: language)
            K.send([.key(.char("?"))], &state, at: K.start, services: services)
            let text = K.text(state)
            #expect(text.contains("[F10]"))
            #expect(text.contains(language == .zhHans ? "退出登录" : "Sign out"))
            #expect(!text.contains("[Q]"))
            #expect(!text.contains(language == .zhHans ? "退出医保" : "Leave Yibao"))
        }
    }
}
