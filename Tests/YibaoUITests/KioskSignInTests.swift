import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Kiosk sign-in: welcome, ID and PIN as stars, wrong PIN, locked with a time, no PIN")
struct KioskSignInTests {
    typealias K = KioskFixture

    @Test("Enter on the welcome screen opens the sign-in form; the PIN shows as stars, never its digits")
    func pinAsStars() {
        var state = K.state()
        K.send([.key(.enter)] + K.keys(K.owner.value) + [.key(.tab)] + K.keys(K.ownerPin), &state, at: K.start)
        guard case .signIn(let form) = state.phase else {
            Issue.record("not on the sign-in form")
            return
        }
        #expect(form.focus == .pin)
        let text = K.text(state)
        #expect(text.contains("****"))
        #expect(!text.contains(K.ownerPin))
        #expect(text.contains(K.owner.value))
    }

    @Test("The right PIN signs in: the store is asked, the screen cleared, and the person's own Home opens")
    func rightPin() {
        let services = K.services()
        var state = K.state()
        let effects = K.signIn(&state, services: services)
        #expect(effects.contains(.signIn(K.owner, try! KioskPin(K.ownerPin))))
        #expect(effects.contains(.clearScreen))
        #expect(effects.contains(.app(.reload)))
        #expect(state.signedIn == K.owner)
        guard case .session(let session) = state.phase else {
            Issue.record("no session")
            return
        }
        #expect(session.app.top is HomeScreen)
        #expect(session.app.snapshot?.owner == K.owner)
        #expect(session.app.snapshot?.household.persons[K.stranger] == nil, "the stranger is not even loaded")
        let text = K.text(state)
        #expect(text.contains("您好，张建国"))
        #expect(!text.contains("陈美华"))
    }

    @Test("A wrong PIN says how many tries are left and asks again; the PIN field is emptied, the ID kept")
    func wrongPin() {
        let services = K.services()
        var state = K.state()
        K.signIn(&state, pin: "1111", services: services)
        guard case .signIn(let form) = state.phase else {
            Issue.record("not on the sign-in form")
            return
        }
        #expect(form.pin.isEmpty)
        #expect(form.id.text == K.owner.value)
        #expect(form.focus == .pin)
        #expect(K.text(state).contains("再输错 4 次"))
        #expect(state.signedIn == nil)
    }

    @Test("The fifth wrong PIN locks the ID: a full-screen notice says until when, or to ask staff")
    func lockedWithTime() {
        let services = K.services()
        var state = K.state()
        K.send([.key(.enter)] + K.keys(K.owner.value) + [.key(.enter)], &state, at: K.start)
        for _ in 0..<5 {
            K.send(K.keys("0000") + [.key(.enter)], &state, at: K.start, services: services)
        }
        guard case .notice(let notice) = state.phase else {
            Issue.record("no notice after five wrong PINs")
            return
        }
        #expect(notice.kind == .locked)
        let text = K.text(state)
        #expect(text.contains("09:45"), "the time to come back (15 minutes later) is shown")
        #expect(text.contains("工作人员"))
        // Enter goes back to welcome; the same ID is still locked, and says so again.
        K.send([.key(.enter)], &state, at: K.start)
        #expect(K.text(state).contains("请按回车键开始"))
        K.signIn(&state, at: K.start.adding(seconds: 60), services: services)
        guard case .notice(let again) = state.phase else {
            Issue.record("a locked ID got past the lock")
            return
        }
        #expect(again.kind == .locked)
        #expect(state.signedIn == nil)
    }

    @Test("An ID with no PIN is told to ask staff at the counter to set one")
    func noPin() {
        let services = K.services()
        services.pins[K.stranger] = nil
        var state = K.state(language: .en)
        K.signIn(&state, person: K.stranger, pin: "1234", services: services)
        guard case .notice(let notice) = state.phase else {
            Issue.record("no notice")
            return
        }
        #expect(notice.kind == .noPin)
        #expect(K.text(state).contains("ask staff at the counter"))
    }

    @Test("An ID that is not valid is said in words before the PIN is asked for")
    func invalidID() {
        var state = K.state()
        K.send([.key(.enter)] + K.keys("123456") + [.key(.enter)], &state, at: K.start)
        guard case .signIn(let form) = state.phase else {
            Issue.record("not on the sign-in form")
            return
        }
        #expect(form.focus == .id)
        #expect(form.problem != nil)
    }

    @Test("A store error at sign-in shows a calm message, and Enter goes back to welcome")
    func storeError() {
        let services = K.services()
        services.failSignIn = true
        var state = K.state()
        K.signIn(&state, services: services)
        guard case .notice(let notice) = state.phase else {
            Issue.record("no notice")
            return
        }
        #expect(notice.kind == .problem)
        K.send([.key(.enter)], &state, at: K.start)
        guard case .welcome = state.phase else {
            Issue.record("not back on welcome")
            return
        }
        #expect(state.exit == nil)
    }

    @Test("L switches the language on welcome and sign-in; the next person starts in the kiosk's own")
    func languageKey() {
        let services = K.services()
        var state = K.state()
        K.send([.key(.char("L"))], &state, at: K.start)
        #expect(K.text(state).contains("Press Enter to start"))
        K.signIn(&state, services: services)
        #expect(K.text(state).contains("Hello, 张建国"))
        K.send([.key(K.signOutKey)], &state, at: K.start, services: services)
        #expect(K.text(state).contains("请按回车键开始"))
    }

    @Test("While the PIN is checked the form says so, and not any longer")
    func checking() {
        var state = K.state(language: .en)
        let effects = K.send(
            [.key(.enter)] + K.keys(K.owner.value) + [.key(.enter)] + K.keys(K.ownerPin) + [.key(.enter)], &state, at: K.start)
        #expect(effects == [.signIn(K.owner, try! KioskPin(K.ownerPin))])
        #expect(K.text(state).contains("Checking, please wait"))
        #expect(!K.text(state).contains("****"), "the PIN field is emptied as soon as it is sent")
        K.send([.signInDecided(K.owner, .wrongPin(attemptsLeft: 4), clock: nil, settings: .standard)], &state, at: K.start)
        #expect(!K.text(state).contains("Checking"))
    }
}

@Suite("Kiosk: a window too small to show the screen takes no key")
struct KioskTooSmallTests {
    typealias K = KioskFixture

    @Test("Shrunk mid sign-in, typed digits and Enter do nothing; grown back, the typed ID is there unchanged")
    func tooSmallTakesNoKey() {
        var state = K.state()
        K.send([.key(.enter)] + K.keys("1101"), &state, at: K.start)
        guard case .signIn(let before) = state.phase else {
            Issue.record("not on the sign-in form")
            return
        }
        K.send([.resize(Size(columns: 60, rows: 20))] + K.keys("999") + [.key(.enter), .key(.escape)], &state, at: K.start)
        K.send([.resize(Size(columns: 80, rows: 24))], &state, at: K.start)
        guard case .signIn(let after) = state.phase else {
            Issue.record("the sign-in form was left while the window was too small")
            return
        }
        #expect(after == before)
        #expect(K.text(state).contains("1101"))
        #expect(!K.text(state).contains("1101999"))
    }
}
