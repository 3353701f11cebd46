import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

/// Issue 13: a refusal that cites a national deadline the data marks `common` (2024-12-09, the date by
/// which every province had widened sharing to the eight kinds of near relatives) says on screen that
/// it is the date as commonly reported and to check locally, in both languages.
@Suite("A refusal citing a commonly reported national date says so on screen")
struct CommonDateRefusalSnapshotTests {
    typealias F = RelativesFixtures

    @Test("Adding an elder sister on 1 October 2024 is refused with 9 December 2024, marked as commonly reported")
    func sisterBeforeTheNationalDeadline() {
        let day = CivilDate(year: 2024, month: 10, day: 1)!
        let environment = UIEnvironment(policy: F.policy, rules: F.rules, today: day, charset: .unicode, kiosk: false)
        var household = F.household
        household.date = day
        household.bindings = household.bindings.filter { $0.since <= day }
        let sister = F.idText("110105", "19520303", "022")  // a woman born before the owner, in Beijing
        for language in [Language.zhHans, .en] {
            let size = Size(columns: 80, rows: 24)
            var state = F.addForm(household, language: language, size: size, environment: environment)
            F.fill(name: "张秀兰", id: sister, relation: .elderSister, &state, environment: environment)
            F.submit(&state, environment: environment)
            let buffer = render(state, environment: environment)
            // The words as read, whatever the line breaks and frames.
            let text = String(buffer.textWithStyles.filter { !"\n │┃|".contains($0) })
            let lang = language == .zhHans ? "zh" : "en"
            if language == .zhHans {
                #expect(text.contains("通常报道"), "\(text)")
            } else {
                #expect(text.contains("commonlyreported"), "\(text)")
            }
            assertScreen(buffer, named: "Relatives-formRefusedCommonDate-\(lang)-80x24")
        }
    }
}
