import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

/// The "which rules apply to me?" questions: answers in, the right cases for the owner's region out.
@Suite("Rules questionnaire")
struct RulesQuestionnaireTests {
    let environment: UIEnvironment

    init() throws { environment = try RulesFixture.environment() }

    static let beijing = RegionCode("110000")!

    /// The questions, opened from Home (4, then 7), for an owner insured in `region`.
    func questions(
        region: RegionCode = RulesFixture.shenzhen, withOwner: Bool = true, language: Language = .zhHans
    ) -> AppState {
        var state = RulesFixture.state(
            language: language, snapshot: RulesFixture.snapshot(ownerRegion: region, withOwner: withOwner))
        RulesFixture.press([.char("4"), .char("7")], &state, environment)
        return state
    }

    func screen(_ state: AppState) throws -> QuestionnaireScreen {
        try #require(state.top as? QuestionnaireScreen)
    }

    func questionID(_ state: AppState) throws -> String? {
        try screen(state).currentQuestion(state.context(environment))?.id
    }

    func advice(_ state: AppState) throws -> WithdrawalAdvice {
        try screen(state).advice(state.context(environment))
    }

    /// The whole result document as text (not just the window), for checking what it says.
    func resultText(_ state: AppState) throws -> String {
        let context = state.context(environment)
        let blocks = try screen(state).resultBlocks(context)
        return ReaderLayout(blocks, width: 200, language: context.language, charset: .unicode).lines
            .map(\.text).joined(separator: "\n")
    }

    @Test("Questions come one at a time, each only when earlier answers make it matter")
    func questionOrder() throws {
        var state = questions()
        #expect(try questionID(state) == "deceased")
        let text = RulesFixture.screenText(state, environment)
        #expect(text.contains("问题 1"))
        #expect(text.contains("您是在为已经去世的亲人办理他（她）的医保账户吗？"))
        #expect(text.contains("[Y] 是") && text.contains("[N] 否"))

        var seen: [String] = []
        for key in [Key.char("n"), .char("2"), .char("1")] {
            RulesFixture.press([key], &state, environment)
            seen.append(try questionID(state) ?? "done")
        }
        // Leaving employee insurance in Guangdong at 50 (too old to be asked about the army): asked whether
        // the balance cannot follow to another province.
        #expect(seen == ["moving_for_work", "leaving_employee_insurance", "moved_other_province"])
        #expect(RulesFixture.screenText(state, environment).contains("问题 4"))
        #expect(
            try screen(state).answers == [
                "deceased": false, "moving_for_work": false, "leaving_employee_insurance": true,
            ])

        // Not leaving: the owner (50) is asked about retirement elsewhere, and a yes ends the questions.
        var other = questions()
        RulesFixture.press([.char("N"), .char("n"), .char("n")], &other, environment)
        #expect(try questionID(other) == "retired_relocated")
        RulesFixture.press([.char("y")], &other, environment)
        #expect(try questionID(other) == nil)
        #expect(try advice(other).cases.map(\.id) == ["retiree_relocated_guangdong"])
    }

    @Test("B, Backspace and Left go back one question; on the first question they leave; Esc always leaves")
    func goingBack() throws {
        for back in [Key.char("b"), .char("B"), .backspace, .left] {
            var state = questions()
            RulesFixture.press([.char("n"), .char("n")], &state, environment)
            #expect(try questionID(state) == "leaving_employee_insurance")
            RulesFixture.press([back], &state, environment)
            #expect(try questionID(state) == "moving_for_work")
            #expect(try screen(state).history.count == 1)
            RulesFixture.press([back, back], &state, environment)
            #expect(state.top is RulesScreen, "\(back) on the first question goes back to the contents")
        }
        var state = questions()
        RulesFixture.press([.char("n"), .char("n"), .escape], &state, environment)
        #expect(state.top is RulesScreen)
        #expect(state.stack.count == 2)
    }

    @Test("Enter or an arrow on a question says, in words, which keys answer it; nothing is answered")
    func otherKeysExplain() throws {
        var state = questions(language: .en)
        for key in [Key.enter, .down, .up] {
            let effects = RulesFixture.press([key], &state, environment)
            #expect(effects.isEmpty)
            #expect(state.status?.text.en == "Please press Y for yes, N for no, or K if you don't know.")
            #expect(try screen(state).history.isEmpty)
        }
        #expect(RulesFixture.rows(state, environment)[22].contains("Please press Y for yes, N for no, or K if you don't know."))
    }

    @Test("Settling abroad in Shenzhen gives Guangdong's case, what to bring and where to go")
    func settlingAbroadInGuangdong() throws {
        var state = questions()
        RulesFixture.press([.char("n"), .char("n"), .char("n"), .char("n"), .char("y")], &state, environment)
        #expect(try questionID(state) == nil)
        let advice = try advice(state)
        #expect(advice.cases.map(\.id) == ["settling_abroad_local"])
        #expect(advice.allowsMoneyOut)

        let text = try resultText(state)
        #expect(text.hasPrefix("可以申请把余额转到银行账户"))
        #expect(text.contains("按您参保地（广东）的规定回答。"))
        #expect(!text.contains("440300"), "no region code is shown")
        #expect(text.contains("要带的材料："))
        #expect(text.contains("- 定居证明，比如护照和签证、定居许可，或户口注销证明"))
        #expect(text.contains("到哪里办：\n参保地的医保经办机构。"))
        #expect(text.contains("来源\n- 广东省个人账户转移和提取的说明"))
        #expect(text.contains("以当地规定为准"))
        #expect(!text.contains("[警告]"), "the cash-out warning is for answers with no payout")

        let screenText = RulesFixture.screenText(state, environment)
        #expect(screenText.contains("医保 | 适用于您的规定"))
        #expect(screenText.contains("想改答案？按 B 回到上一题，按 W 从头再答。"))
    }

    @Test("The same answers for an owner insured in Beijing give the national case instead")
    func settlingAbroadInBeijing() throws {
        var state = questions(region: RulesQuestionnaireTests.beijing)
        RulesFixture.press([.char("n"), .char("n"), .char("n"), .char("n"), .char("y")], &state, environment)
        #expect(try advice(state).cases.map(\.id) == ["settling_abroad_general"])
        let text = try resultText(state)
        #expect(text.contains("按您参保地（北京）的规定回答。"))
    }

    @Test("Leaving employee insurance for another province pays out in Guangdong but not in Beijing, said plainly")
    func leavingDependsOnRegion() throws {
        var shenzhen = questions()
        RulesFixture.press([.char("n"), .char("n"), .char("y"), .char("y")], &shenzhen, environment)
        #expect(try advice(shenzhen).cases.map(\.id) == ["cannot_receive_guangdong"])
        #expect(try resultText(shenzhen).hasPrefix("可以申请把余额转到银行账户"))

        var beijing = questions(region: RulesQuestionnaireTests.beijing, language: .en)
        RulesFixture.press([.char("n"), .char("n"), .char("y")], &beijing, environment)
        #expect(try questionID(beijing) == nil, "Beijing has no follow-up question: no case needs one")
        #expect(try advice(beijing).cases.map(\.id) == ["leaving_general"])
        let text = try resultText(beijing)
        #expect(text.hasPrefix("The balance stays in the account; it cannot be taken out as cash"))
        #expect(text.contains("[Warning] Do not trust anyone"))
    }

    @Test("No to every question: plainly not allowed, not even for an illness; why, the warning, sources and the note")
    func illnessIsNotAllowed() throws {
        var state = questions()
        RulesFixture.press(Array(repeating: .char("n"), count: 4), &state, environment)
        #expect(try questionID(state) == "settling_abroad")
        RulesFixture.press([.char("n")], &state, environment)
        #expect(try questionID(state) == nil)
        let advice = try advice(state)
        #expect(advice.cases.map(\.id) == ["illness_cash"])
        #expect(!advice.allowsMoneyOut)

        let text = try resultText(state)
        #expect(text.hasPrefix("不可以：账户里的钱不能取成现金"))
        #expect(text.contains("以上情况都不是：不能取现，生病或住院也不行"), "illness said plainly")
        #expect(text.contains("生病、住院都不是取现的理由"))
        #expect(text.contains("医保个人账户的钱不能取现金。"), "why: the principle")
        #expect(text.contains("没有任何正式规定允许因为生病或大病把个人账户的钱取成现金"), "why: the case's reason")
        #expect(text.contains("[警告] 谁说能帮您"))
        #expect(text.contains("来源\n- 国务院《关于建立城镇职工基本医疗保险制度的决定》"))

        // The headline and why are on the first screen; the warning, sources and note at the end.
        var rows = RulesFixture.rows(state, environment)
        #expect(rows[2] == "  不可以：账户里的钱不能取成现金")
        #expect(rows.joined().contains("生病或住院也不行"))
        RulesFixture.press([.end], &state, environment)
        rows = RulesFixture.rows(state, environment)
        let end = rows.joined(separator: "\n")
        #expect(end.contains("[警告]"))
        #expect(end.contains("┌─ 以当地规定为准"))
        #expect(rows[21].contains("已经到最后"))
        RulesFixture.press([.home], &state, environment)
        #expect(RulesFixture.rows(state, environment)[2].contains("不可以"))
    }

    @Test("No to every question, in English: nothing pays out, and an illness or hospital stay is no reason for cash")
    func noToEverything() throws {
        var state = questions(language: .en)
        RulesFixture.press(Array(repeating: .char("n"), count: 5), &state, environment)
        #expect(try questionID(state) == nil)
        #expect(try advice(state).cases.map(\.id) == ["illness_cash"])
        let text = try resultText(state)
        #expect(text.hasPrefix("No: the money cannot be taken out as cash"))
        #expect(text.contains("None of these - no cash, not for an illness or a hospital stay either"))
        #expect(text.contains("Money in a medical insurance personal account cannot be taken out as cash."))
    }

    @Test("Without an owner the national rules are used, and the page says so")
    func noOwner() throws {
        var state = questions(withOwner: false)
        // No owner, so no age: the army question is asked after leaving employee insurance.
        RulesFixture.press([.char("n"), .char("n"), .char("y"), .char("y")], &state, environment)
        #expect(try advice(state).cases.map(\.id) == ["enlisting_general"])
        #expect(try resultText(state).contains("没有登记参保地，下面按全国通用的规定回答。"))
    }

    @Test("On the result, B goes back to the last question, W starts again, Esc leaves")
    func resultKeys() throws {
        var state = questions()
        RulesFixture.press([.char("n"), .char("n"), .char("n"), .char("n"), .char("y")], &state, environment)
        #expect(try questionID(state) == nil)
        RulesFixture.press([.char("b")], &state, environment)
        #expect(try questionID(state) == "settling_abroad")
        RulesFixture.press([.char("y"), .char("w")], &state, environment)
        #expect(try questionID(state) == "deceased")
        #expect(try screen(state).history.isEmpty)
        RulesFixture.press([.char("n"), .char("n"), .char("n"), .char("n"), .char("y")] + [.escape], &state, environment)
        #expect(state.top is RulesScreen)
    }

    @Test("Switching language on the result keeps the answers and shows the same result in the other language")
    func languageSwitchKeepsAnswers() throws {
        var state = questions()
        RulesFixture.press([.char("n"), .char("n"), .char("n"), .char("n"), .char("y")], &state, environment)
        let effects = RulesFixture.press([.char("L")], &state, environment)
        #expect(effects == [.rememberLanguage(.en)])
        #expect(
            try screen(state).answers == [
                "deceased": false, "moving_for_work": false, "leaving_employee_insurance": false,
                "retired_relocated": false, "settling_abroad": true,
            ])
        #expect(try resultText(state).hasPrefix("You can apply to have the balance paid into a bank account"))
    }

    @Test("Death of the insured: the heirs' case, with the heirs' papers")
    func deceased() throws {
        var state = questions(language: .en)
        RulesFixture.press([.char("1")], &state, environment)
        #expect(try questionID(state) == nil)
        #expect(try advice(state).cases.map(\.id) == ["death_inheritance"])
        #expect(try resultText(state).contains("What to bring:"))
    }

    @Test("Every question offers \"I don't know\" (K or 3), which ends with where to ask, not a guess")
    func dontKnow() throws {
        for (keys, language) in [([Key.char("k")], Language.zhHans), ([.char("n"), .char("3")], .en), ([.char("n"), .char("n"), .char("K")], .zhHans)] {
            var state = questions(language: language)
            #expect(RulesFixture.screenText(state, environment).contains(language == .en ? "[K] Don't know" : "[K] 不知道"))
            RulesFixture.press(keys, &state, environment)
            #expect(try questionID(state) == nil)
            let advice = try advice(state)
            #expect(advice.cases.isEmpty)
            #expect(!advice.allowsMoneyOut)
            let text = try resultText(state)
            #expect(text.contains("12393"))
            #expect(text.contains(language == .en ? "we will not guess" : "这里不替您猜"))
            RulesFixture.press([.char("b")], &state, environment)
            #expect(try questionID(state) != nil, "B goes back to the question")
        }
    }
}
