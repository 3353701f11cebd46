import ScreenKit
import Testing
import TestSupport
import YibaoCore

@testable import YibaoUI

@Suite("Set-up form: my account")
struct SetupTests {
    typealias F = FirstRunFixture

    /// The app on the set-up form, pushed from first run.
    static func setupState(
        language: Language = .zhHans, size: Size = Size(columns: 80, rows: 24), environment: UIEnvironment
    ) -> AppState {
        var state = F.state(F.emptySnapshot(), language: language, size: size, environment: environment)
        F.press([.char("1")], &state, environment: environment)
        return state
    }

    static func form(_ state: AppState) -> FormState? { (state.top as? SetupScreen)?.form }

    /// Fills the whole form: name, ID, scheme (Right steps from employee), region (Right steps from "choose").
    static func fill(
        _ state: inout AppState, environment: UIEnvironment, name: String = "王芳", id: String = F.typedID,
        schemeSteps: Int = 0, regionSteps: Int = 1, balance: String? = "1200.50"
    ) {
        F.type(name, &state, environment: environment)
        F.press([.tab], &state, environment: environment)
        F.type(id, &state, environment: environment)
        F.press([.tab], &state, environment: environment)
        F.press(Array(repeating: .right, count: schemeSteps) + [.tab], &state, environment: environment)
        F.press(Array(repeating: .right, count: regionSteps) + [.tab], &state, environment: environment)
        if let balance {
            F.type(balance, &state, environment: environment)
            F.press([.tab], &state, environment: environment)
        }
    }

    @Test("The ID number is checked as soon as 18 characters are typed, and the message is at the field")
    func idCheckedAtEighteen() throws {
        let environment = try F.environment()
        var state = Self.setupState(environment: environment)
        F.press([.tab], &state, environment: environment)
        F.type("11010519560310001", &state, environment: environment)
        #expect(Self.form(state)?.field("id")?.error == nil)
        F.type("4", &state, environment: environment)
        #expect(Self.form(state)?.field("id")?.error == ResidentIDError.checkDigitMismatch.message)
        #expect(render(state, environment: environment).text.contains("[!] 校验位不对"))
        F.press([.backspace], &state, environment: environment)
        #expect(Self.form(state)?.field("id")?.error == nil)
        F.type("5", &state, environment: environment)
        #expect(Self.form(state)?.field("id")?.error == nil)
    }

    @Test("A short ID number is checked when the field is left; an empty one waits for Save")
    func idCheckedOnLeave() throws {
        let environment = try F.environment()
        var state = Self.setupState(environment: environment)
        F.press([.tab, .tab], &state, environment: environment)
        #expect(Self.form(state)?.field("id")?.error == nil)
        F.press([.up], &state, environment: environment)
        F.type("1101", &state, environment: environment)
        F.press([.tab], &state, environment: environment)
        #expect(Self.form(state)?.field("id")?.error == ResidentIDError.wrongLength(4).message)
    }

    @Test("Each scheme is explained in the note; the balance is asked only for employee insurance")
    func schemeHidesBalance() throws {
        let environment = try F.environment()
        var state = Self.setupState(environment: environment)
        F.press([.tab, .tab], &state, environment: environment)
        #expect(Self.form(state)?.field("scheme")?.note?.zh.contains("有个人账户") == true)
        #expect(Self.form(state)?.field("balance")?.isVisible == true)
        F.press([.right], &state, environment: environment)
        #expect(Self.form(state)?.field("scheme")?.note?.zh.contains("居民医保") == true)
        #expect(Self.form(state)?.field("balance")?.isVisible == false)
        #expect(!render(state, environment: environment).text.contains("当前余额"))
        F.press([.right], &state, environment: environment)
        #expect(Self.form(state)?.field("scheme")?.note?.zh.contains("未参保") == true)
        F.press([.right], &state, environment: environment)
        #expect(Self.form(state)?.field("balance")?.isVisible == true)
    }

    @Test("A balance that cannot be read is said at the field in Money's words")
    func balanceChecked() throws {
        let environment = try F.environment()
        var state = Self.setupState(environment: environment)
        Self.fill(&state, environment: environment, balance: "12o0")
        #expect(Self.form(state)?.field("balance")?.error == MoneyError.unexpectedCharacter("o").message)
    }

    @Test("Save with nothing filled in marks every missing field and focuses the first")
    func emptySubmit() throws {
        let environment = try F.environment()
        var state = Self.setupState(environment: environment)
        F.press([.backTab], &state, environment: environment)
        #expect(Self.form(state)?.isOnButton == true)
        #expect(F.press([.enter], &state, environment: environment).isEmpty)
        let form = try #require(Self.form(state))
        #expect(form.field("name")?.error == HouseholdError.emptyName.message)
        #expect(form.field("id")?.error == ResidentIDError.empty.message)
        #expect(form.field("region")?.error != nil)
        #expect(form.field("balance")?.error == MoneyError.empty.message)
        #expect(form.focus == 0)
        #expect(state.dialog == nil)
        #expect(state.status?.kind == .error)
    }

    @Test("A filled form is restated in one sentence, ID masked; yes saves the owner with the opening balance")
    func confirmThenSave() throws {
        let environment = try F.environment()
        var state = Self.setupState(environment: environment)
        Self.fill(&state, environment: environment)
        #expect(Self.form(state)?.isOnButton == true)
        #expect(F.press([.enter], &state, environment: environment).isEmpty)
        let dialog = try #require(state.dialog)
        #expect(
            dialog.message.zh == "要保存的是：王芳，身份证 110105********0015，职工医保，北京市（110000），个人账户现在有 ¥1,200.50。对吗？")
        #expect(!dialog.message.en.contains(F.typedID))
        let effects = F.press([.char("y")], &state, environment: environment)
        let person = Person(id: F.husbandID, name: "王芳", scheme: .employee, region: F.beijing, isOwner: true)
        #expect(effects == [.apply(.addPerson(person, openingBalance: Money(fen: 120_050)))])
    }

    @Test("Resident insurance saves no balance; any region is found in the picker by its code, an unknown code by nothing")
    func residentWithTypedRegion() throws {
        let environment = try F.environment()
        var state = Self.setupState(environment: environment)
        Self.fill(&state, environment: environment, schemeSteps: 1, regionSteps: 0, balance: nil)
        F.press([.backTab], &state, environment: environment)  // back to the region
        F.type("999999", &state, environment: environment)
        #expect(Self.form(state)?.picker != nil)
        #expect(Self.form(state)?.pickerItems.isEmpty == true)
        F.press(Array(repeating: .backspace, count: 6), &state, environment: environment)
        F.type("320600", &state, environment: environment)
        #expect(Self.form(state)?.pickerItems.first.map { (state.top as? SetupScreen)?.regions.code(at: $0) }
            == RegionCode("320600"))
        F.press([.enter, .tab, .enter], &state, environment: environment)
        #expect(state.dialog?.message.zh.contains("没有个人账户") == true)
        #expect(state.dialog?.message.zh.contains("江苏省南通市（320600）") == true)
        let effects = F.press([.char("y")], &state, environment: environment)
        let person = Person(
            id: F.husbandID, name: "王芳", scheme: .resident, region: RegionCode("320600")!, isOwner: true)
        #expect(effects == [.apply(.addPerson(person, openingBalance: nil))])
    }

    @Test("A refusal shows every reason in a box and keeps what was typed")
    func refusedKeepsForm() throws {
        let environment = try F.environment()
        var state = Self.setupState(environment: environment)
        Self.fill(&state, environment: environment)
        let effects = F.press([.enter, .char("y")], &state, environment: environment)
        guard case .apply(let request) = effects.first else {
            Issue.record("no change was asked for")
            return
        }
        let reason = HouseholdError.secondOwner(existing: "李秀英").message
        #expect(update(&state, .refused(request, reason), environment: environment).isEmpty)
        #expect(state.dialog?.message == reason)
        #expect(state.dialog?.isError == true)
        F.press([.enter], &state, environment: environment)
        #expect(state.top is SetupScreen)
        #expect(Self.form(state)?.text("name") == "王芳")
        #expect(Self.form(state)?.text("balance") == "1200.50")
    }

    @Test("Once saved, the reload swaps first run and the form for Home")
    func appliedShowsHome() throws {
        let environment = try F.environment()
        var state = Self.setupState(environment: environment)
        Self.fill(&state, environment: environment)
        let effects = F.press([.enter, .char("y")], &state, environment: environment)
        guard case .apply(let request) = effects.first else {
            Issue.record("no change was asked for")
            return
        }
        #expect(update(&state, .applied(request, .done), environment: environment) == [.reload])
        _ = update(&state, .loaded(F.ownerSnapshot()), environment: environment)
        #expect(state.stack.count == 1)
        #expect(state.top is HomeScreen)
        #expect(state.status?.text.zh == "已保存。欢迎您，王芳。")
    }

    @Test("Esc on a filled-in form asks before leaving; on an untouched form it just goes back")
    func escapeAsksWhenDirty() throws {
        let environment = try F.environment()
        var state = Self.setupState(environment: environment)
        F.press([.escape], &state, environment: environment)
        #expect(state.top is FirstRunScreen)
        #expect(state.dialog == nil)

        state = Self.setupState(environment: environment)
        F.type("王", &state, environment: environment)
        F.press([.escape], &state, environment: environment)
        #expect(state.dialog?.title.zh == "不保存就离开？")
        F.press([.char("n")], &state, environment: environment)
        #expect(Self.form(state)?.text("name") == "王")
        F.press([.escape, .char("y")], &state, environment: environment)
        #expect(state.top is FirstRunScreen)
    }

    @Test("At a kiosk the typed ID number shows only while typing: stars once the field is left, strongly masked in the question")
    func kioskMasksID() throws {
        let environment = try F.environment(kiosk: true)
        var state = Self.setupState(environment: environment)
        F.press([.tab], &state, environment: environment)
        F.type(F.typedID, &state, environment: environment)
        #expect(render(state, environment: environment).text.contains(F.typedID))
        F.press([.tab], &state, environment: environment)
        var text = render(state, environment: environment).text
        #expect(!text.contains(F.typedID))
        #expect(text.contains(String(repeating: "*", count: 18)))
        #expect(Self.form(state)?.text("id") == F.typedID, "only the drawing is masked")
        F.press([.up], &state, environment: environment)
        #expect(render(state, environment: environment).text.contains(F.typedID))

        state = Self.setupState(environment: environment)
        Self.fill(&state, environment: environment)
        F.press([.enter], &state, environment: environment)
        text = render(state, environment: environment).text
        #expect(state.dialog != nil)
        #expect(!text.contains(F.typedID))
        #expect(!text.contains(F.husbandID.masked))
        #expect(text.contains(F.husbandID.stronglyMasked))

        let plain = try F.environment()
        state = Self.setupState(environment: plain)
        Self.fill(&state, environment: plain)
        #expect(render(state, environment: plain).text.contains(F.typedID), "off a kiosk the number stays readable")
    }

    @Test("The set-up form's list of regions and its question, in the ASCII character set")
    func asciiSnapshots() throws {
        let environment = try F.environment(charset: .ascii)
        var state = Self.setupState(language: .en, environment: environment)
        F.press([.tab, .tab, .tab, .enter, .down], &state, environment: environment)
        assertScreen(render(state, environment: environment), named: "Setup-region-list-ascii-en-80x24")
        expectNarrowSafe(render(state, environment: environment), "Setup-region-list-ascii-en-80x24")
        F.press([.enter, .tab], &state, environment: environment)
        F.press([.backTab, .backTab, .backTab, .backTab], &state, environment: environment)
        F.type("Wang Fang", &state, environment: environment)
        F.press([.tab], &state, environment: environment)
        F.type(F.typedID, &state, environment: environment)
        F.press([.tab, .tab, .tab], &state, environment: environment)
        F.type("80", &state, environment: environment)
        F.press([.tab, .enter], &state, environment: environment)
        #expect(state.dialog != nil)
        let buffer = render(state, environment: environment)
        // Boxes, markers and words are ASCII (the amount's yen sign comes from Money's formatting).
        let chromeIsASCII = buffer.text.allSatisfy { $0.isASCII || $0 == "¥" }
        #expect(chromeIsASCII)
        assertScreen(buffer, named: "Setup-confirm-ascii-en-80x24")
        expectNarrowSafe(buffer, "Setup-confirm-ascii-en-80x24")
    }

    @Test("The set-up form: empty, with errors, for resident insurance, and its dialogs")
    func snapshots() throws {
        func open(_ state: inout AppState, _ environment: UIEnvironment) {
            _ = update(&state, .loaded(F.emptySnapshot()), environment: environment)
            F.press([.char("1")], &state, environment: environment)
        }
        try F.assertEverySize("Setup-empty") { state, environment in open(&state, environment) }
        try F.assertEverySize("Setup-errors") { state, environment in
            open(&state, environment)
            Self.fill(&state, environment: environment, id: "110105195603100014", regionSteps: 0, balance: "-5")
            F.press([.enter], &state, environment: environment)
        }
        try F.assertEverySize("Setup-resident") { state, environment in
            open(&state, environment)
            F.type("王芳", &state, environment: environment)
            F.press([.tab, .tab, .right], &state, environment: environment)
        }
        try F.assertEverySize("Setup-region-list") { state, environment in
            open(&state, environment)
            F.press([.tab, .tab, .tab, .enter, .down, .down], &state, environment: environment)
        }
        try F.assertEverySize("Setup-confirm") { state, environment in
            open(&state, environment)
            Self.fill(&state, environment: environment)
            F.press([.enter], &state, environment: environment)
        }
        try F.assertEverySize("Setup-leave-confirm") { state, environment in
            open(&state, environment)
            F.type("王芳", &state, environment: environment)
            F.press([.escape], &state, environment: environment)
        }
        try F.assertEverySize("Setup-kiosk-confirm", kiosk: true) { state, environment in
            open(&state, environment)
            Self.fill(&state, environment: environment)
            F.press([.enter], &state, environment: environment)
        }
        try F.assertEverySize("Setup-refused") { state, environment in
            open(&state, environment)
            Self.fill(&state, environment: environment)
            let effects = F.press([.enter, .char("y")], &state, environment: environment)
            if case .apply(let request) = effects.first {
                _ = update(
                    &state, .refused(request, HouseholdError.secondOwner(existing: "李秀英").message),
                    environment: environment)
            }
        }
    }
}
