import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

/// Every state of the Relatives screen, the add-a-relative form and their dialogs, in both languages at
/// 80x24 and 120x40; the ASCII charset and kiosk masking on the states where they show.
@Suite("Relatives screens: text snapshots")
struct RelativesSnapshotTests {
    typealias F = RelativesFixtures

    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)]

    /// One state of the screens, built by keys from Home at a language and size.
    enum Scene: String, CaseIterable, Sendable {
        case list, listEmpty, listScrolled, unbindConfirm
        case formEmpty, formFieldError, formOptionList, formQuota, formConfirm, formRefused, formLeave
        /// The other relatives: a binding ended by a move, an uninsured father never bound, a stored sister.
        case listOthers
        /// An uninsured father added: why not, where the premium is paid, and the offer to keep him.
        case formNotEnrolled

        func state(_ language: Language, _ size: Size, environment: UIEnvironment = F.environment()) -> AppState {
            switch self {
            case .list:
                return F.relatives(language: language, size: size, environment: environment)
            case .listEmpty:
                return F.relatives(F.emptyHousehold, language: language, size: size, environment: environment)
            case .listScrolled:
                // More entries than fit at 80x24, with the selection moved to the last one.
                var state = F.relatives(F.longHousehold, language: language, size: size, environment: environment)
                F.press([.end], &state, environment: environment)
                return state
            case .unbindConfirm:
                // The third entry is the daughter in Shanghai, with a quota partly used.
                var state = F.relatives(language: language, size: size, environment: environment)
                F.press([.down, .down, .char("x")], &state, environment: environment)
                return state
            case .formEmpty:
                return F.addForm(language: language, size: size, environment: environment)
            case .formFieldError:
                var state = F.addForm(language: language, size: size, environment: environment)
                F.type("王德福", &state, environment: environment)
                F.press([.tab], &state, environment: environment)
                // The father's number with its last digit changed: the check digit does not match.
                var wrong = F.fatherText
                wrong.removeLast()
                F.type(wrong + (F.fatherText.last == "1" ? "2" : "1"), &state, environment: environment)
                return state
            case .formOptionList:
                var state = F.addForm(language: language, size: size, environment: environment)
                F.type("王德福", &state, environment: environment)
                F.press([.tab], &state, environment: environment)
                F.type(F.fatherText, &state, environment: environment)
                F.press([.tab, .enter, .down, .down], &state, environment: environment)
                return state
            case .formQuota:
                var state = F.addForm(language: language, size: size, environment: environment)
                F.fill(
                    name: "张秀兰", id: F.sisterText, relation: .elderSister, regionCode: "330100", &state,
                    environment: environment)
                F.press([.tab], &state, environment: environment)
                F.type("300", &state, environment: environment)
                return state
            case .formConfirm:
                var state = Scene.formQuota.state(language, size, environment: environment)
                F.submit(&state, environment: environment)
                return state
            case .formRefused:
                // The father's number, but chosen as "daughter": he is a man and older than the owner.
                var state = F.addForm(language: language, size: size, environment: environment)
                F.fill(name: "王德福", id: F.fatherText, relation: .daughter, &state, environment: environment)
                F.submit(&state, environment: environment)
                return state
            case .listOthers:
                let (household, ends) = F.othersHousehold
                var state = F.relatives(household, ends: ends, language: language, size: size, environment: environment)
                F.press([.end, .up], &state, environment: environment)
                return state
            case .formNotEnrolled:
                var state = F.addForm(language: language, size: size, environment: environment)
                F.type("张德福", &state, environment: environment)
                F.press([.tab], &state, environment: environment)
                F.type(F.fatherText, &state, environment: environment)
                F.press([.tab] + F.chooseRelation(.father) + [.tab, .left], &state, environment: environment)
                F.submit(&state, environment: environment)
                return state
            case .formLeave:
                var state = F.addForm(language: language, size: size, environment: environment)
                F.type("王德福", &state, environment: environment)
                F.press([.escape], &state, environment: environment)
                return state
            }
        }
    }

    static func name(_ scene: Scene, _ language: Language, _ size: Size, suffix: String = "") -> String {
        let lang = language == .zhHans ? "zh" : "en"
        return "Relatives-\(scene.rawValue)\(suffix)-\(lang)-\(size.columns)x\(size.rows)"
    }

    @Test("Every state, in Chinese and English, at 80x24 and 120x40", arguments: Scene.allCases)
    func everyState(_ scene: Scene) {
        for language in [Language.zhHans, .en] {
            for size in RelativesSnapshotTests.sizes {
                let state = scene.state(language, size)
                assertScreen(render(state, environment: F.environment()), named: RelativesSnapshotTests.name(scene, language, size))
                expectNarrowSafe(
                    state, environment: F.environment(), RelativesSnapshotTests.name(scene, language, size))
            }
        }
    }

    @Test(
        "In the ASCII charset the list, the option list and the dialogs draw with plain characters",
        arguments: [Scene.list, .unbindConfirm, .formOptionList, .formConfirm])
    func asciiCharset(_ scene: Scene) {
        let environment = F.environment(charset: .ascii)
        let size = Size(columns: 80, rows: 24)
        let buffer = render(scene.state(.en, size, environment: environment), environment: environment)
        assertScreen(buffer, named: RelativesSnapshotTests.name(scene, .en, size, suffix: "-ascii"))
        expectNarrowSafe(buffer, RelativesSnapshotTests.name(scene, .en, size, suffix: "-ascii"))
        // Names stay as typed, but no line, arrow, block or ellipsis glyph is drawn: only `+-|^v>` and `...`.
        let chrome = buffer.lines.joined().unicodeScalars.filter {
            (0x2190...0x21FF).contains($0.value) || (0x2500...0x259F).contains($0.value) || $0.value == 0x2026
        }
        #expect(chrome.isEmpty, "non-ASCII chrome: \(String(String.UnicodeScalarView(chrome)))")
    }

    @Test(
        "In kiosk mode other people's names and every ID number are masked",
        arguments: [Scene.list, .unbindConfirm, .formConfirm])
    func kioskMasking(_ scene: Scene) {
        let environment = F.environment(kiosk: true)
        for language in [Language.zhHans, .en] {
            let size = Size(columns: 80, rows: 24)
            let buffer = render(scene.state(language, size, environment: environment), environment: environment)
            assertScreen(buffer, named: RelativesSnapshotTests.name(scene, language, size, suffix: "-kiosk"))
            expectNarrowSafe(
                scene.state(language, size, environment: environment), environment: environment,
                RelativesSnapshotTests.name(scene, language, size, suffix: "-kiosk"))
            let screen = buffer.lines.joined(separator: "\n")
            // Names from the store are masked; a name the person typed stays readable in its field, but
            // the sentence to confirm masks it too.
            var hidden = ["王桂兰", "李秀英", "张丽", "张伟", F.sisterText]
            hidden += F.people.map(\.id.value)
            for text in hidden {
                #expect(!screen.contains(text), "\(text) is shown in kiosk mode")
            }
            if scene == .formConfirm { #expect(screen.contains("张*兰")) }
            // The owner's own name stays readable.
            #expect(screen.contains("张建国"))
        }
    }
}
