import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

/// The type-ahead pickers and the all-at-once refusals, in both languages at 80x24, 120x40 and a kiosk's
/// 160x50.
@Suite("Pickers and refusals: text snapshots")
struct PickerSnapshotTests {
    typealias F = RelativesFixtures

    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40), Size(columns: 160, rows: 50)]

    enum Scene: String, CaseIterable, Sendable {
        /// The region picker narrowed by `wx`.
        case regionWX
        /// The region picker opened with Enter, nothing typed: as many rows as the window has room for.
        case regionOpen
        /// The relation picker opened with Enter, nothing typed.
        case relationOpen
        /// The relation picker narrowed by `岳`.
        case relationYue
        /// A mistyped ID number and 岳父: both reasons beside their fields, the box closed.
        case refusedAllAtOnce
        /// The box of reasons with what is possible instead.
        case refusalBox

        func state(_ language: Language, _ size: Size) -> AppState {
            var state = F.addForm(language: language, size: size)
            switch self {
            case .regionWX:
                F.fill(name: "张秀兰", id: F.sisterText, relation: .elderSister, &state)
                F.type("wx", &state)
            case .regionOpen:
                F.fill(name: "张秀兰", id: F.sisterText, relation: .elderSister, &state)
                F.press([.enter], &state)
            case .relationOpen:
                F.type("王建军", &state)
                F.press([.tab, .tab, .enter], &state)
            case .relationYue:
                F.type("王建军", &state)
                F.press([.tab, .tab], &state)
                F.type("岳", &state)
            case .refusedAllAtOnce, .refusalBox:
                var wrong = F.fatherText
                let last = wrong.removeLast()
                wrong.append(last == "0" ? "1" : "0")
                F.type("王建军", &state)
                F.press([.tab], &state)
                F.type(wrong, &state)
                F.press([.tab], &state)
                F.type("岳", &state)
                F.press([.enter], &state)
                F.submit(&state)
                if self == .refusedAllAtOnce { F.press([.enter], &state) }
            }
            return state
        }
    }

    @Test("Each picker and refusal, in both languages, at 80x24, 120x40 and 160x50", arguments: Scene.allCases)
    func snapshots(_ scene: Scene) {
        for language in Language.allCases {
            for size in Self.sizes {
                let tag = language == .zhHans ? "zh" : "en"
                assertScreen(
                    render(scene.state(language, size), environment: F.environment()),
                    named: "Picker-\(scene.rawValue)-\(tag)-\(size.columns)x\(size.rows)")
            }
        }
    }
}
