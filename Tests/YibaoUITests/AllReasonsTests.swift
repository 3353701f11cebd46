import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Every reason at once, type-ahead pickers, and the small things that trip an older person")
struct AllReasonsTests {
    typealias F = RelativesFixtures

    static func field(_ state: AppState, _ id: String) -> FormField? { F.form(state)?.form.field(id) }

    /// The form with a name, an ID number and (typed into the picker) a relation.
    static func filled(id: String, relationQuery: String, language: Language = .zhHans) -> AppState {
        var state = F.addForm(language: language)
        F.type("王建军", &state)
        F.press([.tab], &state)
        F.type(id, &state)
        F.press([.tab], &state)
        F.type(relationQuery, &state)
        F.press([.enter], &state)
        return state
    }

    @Test("A mistyped ID number and 岳父 are both said at once, each beside its field, the first one focused")
    func mistypedIDAndInLaw() throws {
        var wrong = F.fatherText
        let last = wrong.removeLast()
        wrong.append(last == "0" ? "1" : "0")
        var state = Self.filled(id: wrong, relationQuery: "岳")
        #expect(F.form(state)?.chosenRelation == .wifesFather)
        F.submit(&state)
        #expect(Self.field(state, AddRelativeForm.id)?.error == ResidentIDError.checkDigitMismatch.message)
        let relationProblem = try #require(Self.field(state, AddRelativeForm.relation)?.error)
        #expect(relationProblem.zh.contains("不是民法典第一千零四十五条规定的近亲属"))
        let form = try #require(F.form(state)?.form)
        #expect(form.fields[form.focus].id == AddRelativeForm.id)
        // The box lists the reason of the rules with what is possible instead, and where.
        let dialog = try #require(state.dialog)
        #expect(dialog.message.zh.contains("可以做的"))
        #expect(dialog.message.zh.contains("国家医保服务平台App"))
        #expect(dialog.message.zh.contains("12393"))
        F.press([.enter], &state)
        let text = F.text(state)
        #expect(text.contains("校验位"))
        #expect(text.contains("近亲属"))
    }

    @Test("Someone not insured is not asked where; the refusal says where to enrol and that the account may pay")
    func notEnrolled() throws {
        var state = Self.filled(id: F.fatherText, relationQuery: "fq")
        #expect(F.form(state)?.chosenRelation == .father)
        F.press([.tab, .left], &state)  // resident → not enrolled (the list wraps round)
        #expect(F.form(state)?.chosenScheme == Scheme.none)
        #expect(Self.field(state, AddRelativeForm.region)?.isVisible == false)
        F.submit(&state)
        let dialog = try #require(state.dialog)
        #expect(dialog.message.zh.contains("先为王建军参加城乡居民医保"))
        #expect(dialog.message.zh.contains("经办机构窗口"))
        #expect(Self.field(state, AddRelativeForm.scheme)?.error != nil)
        let form = try #require(F.form(state)?.form)
        #expect(form.fields[form.focus].id == AddRelativeForm.scheme)
    }

    @Test("An over-limit quota is said at the quota field, and focus goes there, not to Save")
    func quotaFocus() throws {
        var state = F.addForm(language: .en)
        F.fill(name: "张秀兰", id: F.sisterText, relation: .elderSister, regionCode: "330100", &state)
        F.press([.tab], &state)
        F.type("5000", &state)
        F.submit(&state)
        F.press([.enter], &state)  // closes the box of reasons
        let form = try #require(F.form(state)?.form)
        #expect(form.fields[form.focus].id == AddRelativeForm.quota)
        #expect(Self.field(state, AddRelativeForm.quota)?.error?.en.contains("more than the ¥1,620.00") == true)
    }

    @Test("Typing 岳, mu or mother on the relation narrows the list to it; Backspace widens it again")
    func relationTypeAhead() throws {
        var state = F.addForm()
        F.type("王建军", &state)
        F.press([.tab, .tab], &state)
        F.type("岳", &state)
        let form = try #require(F.form(state)?.form)
        #expect(form.picker != nil)
        #expect(form.pickerItems.map { form.fields[form.focus].options[$0].zh }.prefix(2) == ["岳父", "岳母"])
        #expect(F.text(state).contains("已输入：岳_"))
        F.press([.backspace], &state)
        #expect(F.form(state)?.form.pickerItems.count == AddRelativeForm.relations.count + 1)
        F.type("mother", &state)
        F.press([.enter], &state)
        #expect(F.form(state)?.chosenRelation == .mother)
        F.type("mu", &state)
        F.press([.enter], &state)
        #expect(F.form(state)?.chosenRelation == .mother)
        // Esc closes the list and keeps the choice.
        F.type("岳", &state)
        F.press([.escape], &state)
        #expect(F.form(state)?.form.picker == nil)
        #expect(F.form(state)?.chosenRelation == .mother)
    }

    @Test("Twins: 姐妹 is offered, and a sister born the same day is accepted as 姐妹, 姐姐 or 妹妹")
    func twins() throws {
        let twin = F.idText("110105", "19560310", "026")  // the owner's birth date, a woman
        for query in ["姐妹", "jj", "meimei"] {
            var state = Self.filled(id: twin, relationQuery: query)
            F.submit(&state)
            let dialog = try #require(state.dialog)
            guard case .confirm = dialog.kind else {
                Issue.record("a twin sister was refused for \(query): \(dialog.message.zh)")
                continue
            }
        }
    }

    @Test("An employee-insured relative is asked their own balance (optional); it goes with the change")
    func relativeBalance() throws {
        var state = Self.filled(id: F.fatherText, relationQuery: "father")
        #expect(Self.field(state, AddRelativeForm.balance)?.isVisible == false)
        F.press([.tab, .right], &state)  // resident → employee
        #expect(Self.field(state, AddRelativeForm.balance)?.isVisible == true)
        F.press([.tab], &state)
        F.type("800", &state)
        F.submit(&state)
        let dialog = try #require(state.dialog)
        guard case .confirm(let onYes, _) = dialog.kind else { Issue.record("not a question"); return }
        let request = onYes.compactMap { action -> ChangeRequest? in
            if case .effect(.apply(let request)) = action { return request }
            return nil
        }.first
        guard case .addRelative(_, let opening, _, _, _)? = request else { Issue.record("\(String(describing: request))"); return }
        #expect(opening == Money(fen: 80_000))
    }

    @Test("Q away from Home says how to leave instead of doing nothing")
    func quitAwayFromHome() {
        var state = F.relatives(language: .en)
        F.press([.char("q")], &state)
        #expect(!state.isQuitting)
        #expect(state.status?.text.en == "To leave Yibao, press Esc to go back to the home screen, then Q.")
    }

    @Test("On a terminal that cannot show Chinese, the language key is not offered and says why when pressed")
    func noChineseOnLangC() {
        var environment = F.environment()
        environment.showsChinese = false
        var state = F.home(language: .en, environment: environment)
        #expect(!render(state, environment: environment).text.contains("[L]"))
        F.press([.char("L")], &state, environment: environment)
        #expect(state.language == .en)
        #expect(state.status?.text.en.hasPrefix("This terminal cannot show Chinese characters") == true)
        #expect(render(state, environment: environment).text.contains("????") == false)
    }
}

@Suite("The set-up form's bottom line says what Enter does where the focus is")
struct SetupBottomLineTests {
    typealias F = FirstRunFixture

    @Test("On a choice Enter opens the list and the bottom line says so; on a text field Enter goes on")
    func enterOnChoice() throws {
        let environment = try F.environment()
        var state = F.state(F.emptySnapshot(), language: .en, size: Size(columns: 80, rows: 24), environment: environment)
        F.press([.char("1")], &state, environment: environment)
        #expect(state.top?.statusLine(state.context(environment))?.text.en.hasPrefix("Tab or Enter: next field") == true)
        F.press([.tab, .tab], &state, environment: environment)  // the insurance choice
        #expect(state.top?.statusLine(state.context(environment))?.text.en.hasPrefix("Enter: open the list") == true)
        F.press([.enter], &state, environment: environment)
        #expect((state.top as? SetupScreen)?.form.picker != nil)
    }
}
