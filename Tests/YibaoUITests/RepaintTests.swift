import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Ctrl-L repaints every cell, on every screen of the app and the kiosk")
struct RepaintTests {
    typealias F = FirstRunFixture
    typealias K = KioskFixture

    @Test("The keymap gives Ctrl-L as the repaint command, in every scope, even a text field")
    func keymap() {
        #expect(Keymap.standard.input(for: .ctrl("l")) == .command(.repaint))
        #expect(Keymap.standard.input(for: .ctrl("l"), in: [.textField, .form]) == .command(.repaint))
        #expect(Keymap.standard.keyLabel(for: .repaint) == "Ctrl-L")
    }

    @Test("On Home, in a form being typed, over a question and in a window too small: a repaint, nothing else")
    func everyAppScreen() throws {
        let environment = try F.environment()
        let home = F.state(F.ownerSnapshot(), environment: environment)
        var form = F.state(F.emptySnapshot(), environment: environment)
        F.press([.char("1")], &form, environment: environment)
        F.type("王芳", &form, environment: environment)
        var question = F.state(F.ownerSnapshot(), environment: environment)
        F.press([.char("q")], &question, environment: environment)
        #expect(question.dialog != nil)
        var small = F.state(F.ownerSnapshot(), environment: environment)
        _ = update(&small, .resize(Size(columns: 40, rows: 10)), environment: environment)
        for (name, state) in [("home", home), ("form", form), ("question", question), ("too small", small)] {
            var after = state
            let before = render(state, environment: environment)
            #expect(update(&after, .key(.ctrl("l")), environment: environment) == [.repaint], "\(name)")
            #expect(render(after, environment: environment) == before, "\(name): the screen is drawn the same")
        }
    }

    @Test("The app's repaint is the loop's clear: the next frame repaints every cell, the screen the same")
    func loopClears() throws {
        let environment = try F.environment()
        let data = FirstRunMemoryData(household: F.ownerSnapshot().household, owner: F.ownerID)
        var backend = ScriptedBackend(keys: [.char("1"), .ctrl("l")])
        backend.throwsWhenExhausted = false
        var runtime = Runtime(backend: backend, data: data, environment: environment, language: .zhHans)
        try runtime.run()
        let cleared = try #require(runtime.backend.clearedBeforeDraw.last)
        let frames = runtime.backend.drawn
        #expect(cleared == frames.count - 1, "the last frame was drawn after the clear")
        #expect(frames[cleared] == frames[cleared - 1], "the same screen, every cell sent again")
        #expect(AppProgram(data: data, environment: environment).handling(of: .repaint) == .clearScreen)
        #expect(data.requests.isEmpty)
    }

    @Test("At the kiosk: welcome, help, sign-in, a notice, the countdown and a session all clear on Ctrl-L")
    func everyKioskScreen() {
        let services = K.services()
        var phases: [(String, KioskState)] = []
        var state = K.state()
        phases.append(("welcome", state))
        var help = state
        _ = K.send([.key(.char("?"))], &help, at: K.start)
        phases.append(("help", help))
        _ = K.send([.key(.enter)] + K.keys("1101"), &state, at: K.start)
        phases.append(("sign-in", state))
        var wrong = K.state()
        _ = K.signIn(&wrong, pin: "1111", services: services)
        phases.append(("wrong PIN", wrong))
        var session = K.state()
        _ = K.signIn(&session, services: services.unlocked())
        phases.append(("session", session))
        for (name, phase) in phases {
            var after = phase
            let effects = K.send([.key(.ctrl("l"))], &after, at: K.start)
            #expect(effects == [.clearScreen], "\(name)")
            let before = renderKiosk(phase, environment: K.environment())
            #expect(renderKiosk(after, environment: K.environment()) == before, "\(name)")
        }
        // During the countdown any key says "still here" (the session goes on); Ctrl-L clears as well.
        var countdown = session
        let later = K.start.adding(seconds: 97)
        K.tick(&countdown, at: later, services: services)
        #expect(
            renderKiosk(countdown, environment: K.environment()).text
                != renderKiosk(session, environment: K.environment()).text)
        #expect(K.send([.key(.ctrl("l"))], &countdown, at: later) == [.clearScreen])
    }

    @Test("Help names Ctrl-L (added to every screen's keys), in both languages; the hint bar does not")
    func helpSaysSo() throws {
        let environment = try F.environment()
        for language in Language.allCases {
            var state = F.state(
                F.ownerSnapshot(), language: language, size: Size(columns: 100, rows: 60), environment: environment)
            let bar = render(state, environment: environment).lines.last ?? ""
            #expect(!bar.contains("Ctrl-L"))
            F.press([.char("?")], &state, environment: environment)
            let text = render(state, environment: environment).text
            #expect(text.contains("[Ctrl-L]"), "\(language)")
            #expect(text.contains(Command.repaint.summary.text(language)), "\(language)")
        }
        #expect(KioskWords.help(maxFailures: 5).message.zh.contains("Ctrl-L"))
        #expect(KioskWords.help(maxFailures: 5).message.en.contains("Ctrl-L"))
    }
}
