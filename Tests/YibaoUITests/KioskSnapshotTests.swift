import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Kiosk screens as text snapshots, at 80x24 and 120x40, in Chinese and English")
struct KioskSnapshotTests {
    typealias K = KioskFixture

    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)]

    /// Each kiosk screen, made through key presses as a person would.
    static func screens(language: Language, size: Size) -> [(String, KioskState)] {
        var result: [(String, KioskState)] = []
        var state = K.state(language: language, size: size)
        result.append(("welcome", state))

        var help = state
        K.send([.key(.char("?"))], &help, at: K.start)
        result.append(("help", help))

        K.send([.key(.enter)] + K.keys(K.owner.value) + [.key(.tab)] + K.keys("12"), &state, at: K.start)
        result.append(("sign-in", state))

        let services = K.services()
        state = K.state(language: language, size: size)
        K.signIn(&state, pin: "1111", services: services)
        result.append(("wrong-pin", state))

        for _ in 0..<4 { K.send(K.keys("0000") + [.key(.enter)], &state, at: K.start, services: services) }
        result.append(("locked", state))

        state = K.state(language: language, size: size)
        K.signIn(&state, services: services.unlocked())
        K.tick(&state, at: K.start.adding(seconds: 97), services: services)
        result.append(("countdown", state))

        state = K.state(language: language, size: size)
        K.signIn(&state, services: services)
        K.send([.key(.char("1"))], &state, at: K.start, services: services)
        result.append(("session-balance", state))
        return result
    }

    @Test("Welcome, help, sign-in, wrong PIN, locked, countdown and a session's Balance", arguments: Language.allCases)
    func everyScreen(language: Language) {
        for size in Self.sizes {
            for (name, state) in Self.screens(language: language, size: size) {
                let tag = language == .zhHans ? "zh" : "en"
                assertScreen(
                    renderKiosk(state, environment: K.environment()), named: "Kiosk-\(name)-\(tag)-\(size.columns)x\(size.rows)")
                expectNarrowSafe(kiosk: state, environment: K.environment(), "Kiosk-\(name)-\(tag)-\(size)")
            }
        }
    }

    @Test("In ASCII the welcome clock's digits are reverse-video spaces, one column on every terminal")
    func asciiWelcome() {
        var state = K.state(language: .en)
        let buffer = renderKiosk(state, environment: K.environment(charset: .ascii))
        let text = buffer.text
        #expect(!text.contains("█") && !text.contains("#"))
        let reversed = buffer.styleRuns.filter { $0.style.attributes.contains(.reverse) }
        #expect(Set(reversed.map(\.row)).count == BigDigits.height, "five rows of ink: \(reversed)")
        state.clockText = ""
        #expect(renderKiosk(state, environment: K.environment(charset: .ascii)).text.contains("Press Enter to start"))
    }
}

extension MemoryKioskServices {
    /// The same services with every lock lifted.
    func unlocked() -> MemoryKioskServices {
        locks = [:]
        return self
    }
}
