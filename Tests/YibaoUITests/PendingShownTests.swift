import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

/// A relative added at a kiosk and not yet confirmed is shown so (issue 15).
@Suite("Unconfirmed relatives are shown so")
struct PendingShownTests {
    typealias F = RelativesFixtures

    @Test("The Relatives screen marks a relative added at a kiosk as unconfirmed, in both languages, and no one else")
    func marked() {
        var household = F.household
        household.pending = [F.mother]
        let zh = F.text(F.relatives(household))
        #expect(zh.contains("王桂兰（待核实）"), "\(zh)")
        #expect(!zh.contains("李秀英（待核实）"))
        let en = F.text(F.relatives(household, language: .en))
        #expect(en.contains("王桂兰 (pending)"), "\(en)")
        #expect(!F.text(F.relatives(F.household, language: .en)).contains("pending"))
    }

    @Test("At a kiosk the mark follows the masked name")
    func maskedAndMarked() {
        var household = F.household
        household.pending = [F.mother]
        let kiosk = F.environment(kiosk: true)
        let text = F.text(F.relatives(household, environment: kiosk), environment: kiosk)
        #expect(text.contains("王*兰（待核实）"), "\(text)")
        #expect(!text.contains("王桂兰"))
    }
}
