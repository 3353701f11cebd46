import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Payer order screen: how every state looks")
struct PayerOrderSnapshotTests {
    typealias F = PayerOrderFixture

    static let small = Size(columns: 80, rows: 24)
    static let large = Size(columns: 120, rows: 40)

    /// The state after opening the screen and pressing `keys`, in `language` at `size`.
    static func state(
        _ keys: [Key], household: Household = F.household, language: Language, size: Size, environment: UIEnvironment
    ) -> AppState {
        var state = F.openedState(household, language: language, size: size, environment: environment)
        F.press(keys, &state, environment: environment)
        return state
    }

    /// Snapshots of one state in both languages at 80x24 and 120x40 (or only `sizes`).
    static func check(
        _ name: String, keys: [Key], household: Household = F.household, sizes: [Size] = [small, large],
        environment: UIEnvironment, after: (inout AppState) -> Void = { _ in },
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for language in [Language.zhHans, .en] {
            for size in sizes {
                var state = state(keys, household: household, language: language, size: size, environment: environment)
                after(&state)
                let tag = language == .zhHans ? "zh" : "en"
                assertScreen(
                    render(state, environment: environment), named: "PayerOrder-\(name)-\(tag)-\(size)",
                    sourceLocation: sourceLocation)
                expectNarrowSafe(
                    state, environment: environment, "PayerOrder-\(name)-\(tag)-\(size)",
                    sourceLocation: sourceLocation)
            }
        }
    }

    @Test("Opened: the first beneficiary, own account first, saved order, example")
    func opened() throws {
        Self.check("opened", keys: [], environment: try F.environment())
    }

    @Test("After a move: the moved row in the moving role with a word marker, and 'not saved'")
    func moved() throws {
        Self.check("moved", keys: [.char("D")], environment: try F.environment())
    }

    @Test("The save question restates the new order")
    func confirmSave() throws {
        Self.check("confirm-save", keys: [.char("D"), .char("S")], environment: try F.environment())
    }

    @Test("Saved: success on the status line, the screen stays")
    func saved() throws {
        let request = ChangeRequest.setPayerOrder(
            beneficiary: F.mother, order: [F.grandson, F.owner])
        let env = try F.environment()
        Self.check("saved", keys: [.char("D"), .char("S"), .char("Y")], environment: env) {
            _ = update(&$0, .applied(request, .done), environment: env)
            var household = F.household
            household.payerOrders[F.mother] = [F.grandson, F.owner]
            _ = update(&$0, .loaded(F.snapshot(household)), environment: env)
        }
    }

    @Test("Refused: the reasons in a message box")
    func refused() throws {
        let request = ChangeRequest.setPayerOrder(beneficiary: F.mother, order: [F.grandson, F.owner])
        let reasons = LocalizedText(
            zh: "没有保存：张伟已经不再为王桂兰付款。请回到“亲属共济”看一看。",
            en: "Not saved: 张伟 no longer pays for 王桂兰. Please look at Relatives.")
        let env = try F.environment()
        Self.check("refused", keys: [.char("D"), .char("S"), .char("Y")], environment: env) {
            _ = update(&$0, .refused(request, reasons), environment: env)
        }
    }

    @Test("After Esc with an unsaved order, Home says the order was not saved")
    func leftWithoutSaving() throws {
        Self.check("left-without-saving", keys: [.char("D"), .escape], environment: try F.environment())
    }

    @Test("P with changes asks before switching")
    func confirmSwitch() throws {
        Self.check("confirm-switch", keys: [.char("D"), .char("P")], environment: try F.environment())
    }

    @Test("The own account row selected, with the reason it cannot move")
    func ownAccountFixed() throws {
        Self.check("own-fixed", keys: [.up, .char("U")], environment: try F.environment())
    }

    @Test("A person with their own account and one payer")
    func wife() throws {
        Self.check("wife", keys: [.char("P")], environment: try F.environment())
    }

    @Test("A Wenzhou beneficiary: the one-payer rule in a line, before and after a move")
    func wenzhou() throws {
        let env = try F.environment()
        Self.check("wenzhou", keys: [.char("P"), .char("P")], environment: env)
        Self.check("wenzhou-moved", keys: [.char("P"), .char("P"), .down, .char("U")], environment: env)
    }

    @Test("Twelve payers: the list at the top and scrolled to the end, saying in words what is out of view")
    func manyPayers() throws {
        let env = try F.environment()
        Self.check("many-payers-top", keys: [], household: F.householdWithManyPayers, environment: env)
        Self.check("many-payers-end", keys: [.end], household: F.householdWithManyPayers, environment: env)
    }

    @Test("Nobody has payers yet: what to do instead")
    func noPayers() throws {
        Self.check("no-payers", keys: [], household: F.householdWithoutPayers, environment: try F.environment())
    }

    @Test("Help for the screen")
    func help() throws {
        Self.check("help", keys: [.char("?")], environment: try F.environment())
    }

    @Test("ASCII charset (a terminal that is not UTF-8 runs in English): the list, the moved row and the save question")
    func ascii() throws {
        // The launcher picks English whenever the terminal is not UTF-8, so that is the pairing shown.
        let env = try F.environment(charset: .ascii)
        for (name, keys) in [("moved", [Key.char("D")]), ("confirm-save", [.char("D"), .char("S")])] {
            let state = Self.state(keys, language: .en, size: Self.small, environment: env)
            let buffer = render(state, environment: env)
            for line in buffer.lines {
                #expect(!line.contains { "┌┐└┘─│█".contains($0) }, "box or block glyph in ASCII: \(line)")
            }
            assertScreen(buffer, named: "PayerOrder-ascii-\(name)-en-80x24")
            expectNarrowSafe(buffer, "PayerOrder-ascii-\(name)-en-80x24")
        }
    }

    @Test("Kiosk mode masks the names of everyone but the owner, in the list, the example and the save question")
    func kiosk() throws {
        let env = try F.environment(kiosk: true)
        for (name, keys) in [("kiosk", [Key.char("D")]), ("kiosk-confirm-save", [.char("D"), .char("S")])] {
            for language in [Language.zhHans, .en] {
                for size in [Self.small, Self.large] {
                    let state = Self.state(keys, language: language, size: size, environment: env)
                    let buffer = render(state, environment: env)
                    #expect(!buffer.text.contains("王桂兰"))
                    #expect(!buffer.text.contains("张伟"))
                    #expect(buffer.text.contains("王*兰"))
                    let tag = language == .zhHans ? "zh" : "en"
                    assertScreen(buffer, named: "PayerOrder-\(name)-\(tag)-\(size)")
                    expectNarrowSafe(state, environment: env, "PayerOrder-\(name)-\(tag)-\(size)")
                }
            }
        }
    }
}
