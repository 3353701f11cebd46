import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Add a relative: checked as typed, chosen in words, confirmed in one sentence, refusals in words")
struct AddRelativeTests {
    typealias F = RelativesFixtures

    static func field(_ state: AppState, _ id: String) -> FormField? { F.form(state)?.form.field(id) }

    /// The rendered row right under the row that shows `label`: where a field's problem is said.
    static func rowUnder(_ label: String, _ state: AppState) -> String? {
        let lines = render(state, environment: F.environment()).lines
        guard let index = lines.firstIndex(where: { $0.contains(label) }), index + 1 < lines.count else { return nil }
        return lines[index + 1]
    }

    /// The form with a name typed and focus on the ID field.
    static func onIDField(language: Language = .zhHans) -> AppState {
        var state = F.addForm(language: language)
        F.type("王德福", &state)
        F.press([.tab], &state)
        return state
    }

    // MARK: The ID number, checked as typed

    @Test("While the ID number is being typed nothing nags; at 18 characters a wrong check digit is said at the field")
    func checkDigitAsTyped() {
        var state = AddRelativeTests.onIDField()
        var wrong = F.fatherText
        let last = wrong.removeLast()
        F.type(wrong, &state)
        #expect(AddRelativeTests.field(state, AddRelativeForm.id)?.error == nil)
        F.type(last == "1" ? "2" : "1", &state)
        #expect(AddRelativeTests.field(state, AddRelativeForm.id)?.error == ResidentIDError.checkDigitMismatch.message)
        #expect(AddRelativeTests.rowUnder("身份证号码", state)?.contains("[!] 校验位不对，可能有一位输错了。请逐位核对。") == true)
        // Correcting the last character clears the problem at once.
        F.press([.backspace], &state)
        F.type(String(last), &state)
        #expect(AddRelativeTests.field(state, AddRelativeForm.id)?.error == nil)
        #expect(AddRelativeTests.rowUnder("身份证号码", state)?.contains("[!]") == false)
    }

    @Test("Leaving the ID field with too few characters says how many there are")
    func lengthWhenLeaving() {
        var state = AddRelativeTests.onIDField(language: .en)
        F.type(String(F.fatherText.prefix(17)), &state)
        #expect(AddRelativeTests.field(state, AddRelativeForm.id)?.error == nil)
        F.press([.tab], &state)
        #expect(AddRelativeTests.field(state, AddRelativeForm.id)?.error == ResidentIDError.wrongLength(17).message)
        #expect(
            AddRelativeTests.rowUnder("ID number", state)?.contains("[!] An ID number has 18 characters; this one has 17.") == true)
    }

    @Test("A birth date that is not a real day, or is after today, is said in words at the field")
    func birthDate() {
        var state = AddRelativeTests.onIDField()
        F.type(F.idText("110105", "19561350", "011"), &state)
        #expect(AddRelativeTests.field(state, AddRelativeForm.id)?.error == ResidentIDError.invalidBirthDate.message)
        state = AddRelativeTests.onIDField()
        F.type(F.idText("110105", "20270101", "011"), &state)
        #expect(AddRelativeTests.field(state, AddRelativeForm.id)?.error == ResidentIDError.birthDateInFuture.message)
    }

    @Test("Only the first problem is said: a number with a bad date and a bad check digit speaks of the check digit")
    func firstProblemOnly() {
        var state = AddRelativeTests.onIDField()
        var text = F.idText("110105", "19561350", "011")
        let last = text.removeLast()
        F.type(text + (last == "1" ? "2" : "1"), &state)
        #expect(AddRelativeTests.field(state, AddRelativeForm.id)?.error == ResidentIDError.checkDigitMismatch.message)
        let row = AddRelativeTests.rowUnder("身份证号码", state) ?? ""
        #expect(!row.contains("出生日期"))
    }

    @Test("Saving with fields left empty says each problem at its field and puts focus on the first")
    func submitEmpty() {
        var state = F.addForm(language: .en)
        let effects = F.submit(&state)
        #expect(effects.isEmpty)
        #expect(state.dialog == nil)
        let form = F.form(state)!.form
        #expect(form.field(AddRelativeForm.name)?.error == HouseholdError.emptyName.message)
        #expect(form.field(AddRelativeForm.id)?.error == ResidentIDError.empty.message)
        #expect(form.field(AddRelativeForm.relation)?.error?.en == "Please choose what this person is to you.")
        #expect(form.fields[form.focus].id == AddRelativeForm.name)
        #expect(state.status?.kind == .error)
        #expect(state.status?.text.en == "3 things need changing: see the [!] marks.")
    }

    @Test("Letters typed into a text field are text, not commands: X, A and Q go into the name")
    func typingIsText() {
        var state = F.addForm(language: .en)
        let effects = F.type("Xia Aq", &state)
        #expect(effects.isEmpty)
        #expect(!state.isQuitting)
        #expect(state.dialog == nil)
        #expect(F.form(state)?.form.text(AddRelativeForm.name) == "Xia Aq")
    }

    // MARK: The relationship, picked from everyday words

    @Test("The relationship is picked from a list in everyday words", arguments: [Language.zhHans, .en])
    func relationPicker(_ language: Language) {
        var state = AddRelativeTests.onIDField(language: language)
        F.type(F.fatherText, &state)
        F.press([.tab, .enter], &state)
        #expect(F.form(state)?.form.picker != nil)
        let text = F.text(state)
        let words = language == .zhHans ? ["配偶", "父亲", "母亲", "儿子", "女儿", "哥哥"] : ["spouse", "father", "mother", "elder brother"]
        for word in words { #expect(text.contains("  " + word), "\(word) is not offered") }
        // The list shows words, never the names in the code.
        #expect(!text.contains("elderBrother"))
        F.press([.down, .down, .enter], &state)
        #expect(F.form(state)?.form.picker == nil)
        #expect(F.form(state)?.form.choice(AddRelativeForm.relation) == 2)
        #expect(F.text(state).contains(language == .zhHans ? "< 父亲 >" : "< father >"))
    }

    @Test("Esc in the open list closes only the list; the form and what was typed stay")
    func escapeClosesListOnly() {
        var state = AddRelativeTests.onIDField()
        F.press([.tab, .enter, .down, .escape], &state)
        #expect(F.form(state) != nil)
        #expect(F.form(state)?.form.picker == nil)
        #expect(F.form(state)?.form.choice(AddRelativeForm.relation) == 0)
        #expect(F.form(state)?.form.text(AddRelativeForm.name) == "王德福")
    }

    // MARK: The quota, for another province

    @Test("The quota field appears when the relative is insured in another province, and goes when they are not")
    func quotaFieldFollowsTheProvince() {
        var state = F.addForm()
        F.fill(name: "张秀兰", id: F.sisterText, relation: .elderSister, &state)
        #expect(AddRelativeTests.field(state, AddRelativeForm.quota)?.isVisible == false)
        #expect(!F.text(state).contains("额度（元）"))
        F.press(F.chooseRegion("330100"), &state)  // Hangzhou, Zhejiang
        #expect(AddRelativeTests.field(state, AddRelativeForm.quota)?.isVisible == true)
        #expect(F.text(state).contains("额度（元）"))
        F.press(F.chooseRegion("110000"), &state)  // back to Beijing
        #expect(AddRelativeTests.field(state, AddRelativeForm.quota)?.isVisible == false)
        // Tianjin is another province too; a district of Beijing is not.
        F.press(F.chooseRegion("120000"), &state)
        #expect(AddRelativeTests.field(state, AddRelativeForm.quota)?.isVisible == true)
    }

    @Test("Any region is found by its code in the one picker; a code in another province asks for a quota")
    func otherRegionByCode() {
        var state = F.addForm(language: .en)
        F.fill(name: "张秀兰", id: F.sisterText, relation: .elderSister, &state)
        F.type("3303", &state)
        let picker = try! #require(F.form(state)?.form)
        #expect(picker.picker != nil)
        #expect(picker.pickerQuery == "3303")
        #expect(F.text(state, environment: F.environment()).contains("Wenzhou (Zhejiang) 330300"))
        F.type("00", &state)
        F.press([.enter], &state)
        #expect(F.form(state)?.chosenRegion(F.context(state)) == RegionCode("330300"))
        #expect(AddRelativeTests.field(state, AddRelativeForm.quota)?.isVisible == true)
        F.press(F.chooseRegion("110105"), &state)
        #expect(F.form(state)?.chosenRegion(F.context(state)) == RegionCode("110105"))
        #expect(AddRelativeTests.field(state, AddRelativeForm.quota)?.isVisible == false)
        // A code that names no place finds nothing, and Enter chooses nothing.
        F.type("330399", &state)
        #expect(F.form(state)?.form.pickerItems.isEmpty == true)
        #expect(F.text(state).contains("Nothing matches “330399”"))
        F.press([.enter], &state)
        #expect(F.form(state)?.chosenRegion(F.context(state)) == RegionCode("110105"))
    }

    @Test("The quota field says how much can be set aside; a quota that is not an amount is said at the field")
    func quotaWords() {
        var state = F.addForm(language: .en)
        F.fill(name: "张秀兰", id: F.sisterText, relation: .elderSister, regionCode: "330100", &state)
        F.press([.tab], &state)
        // ¥2,000 balance less the ¥380 still set aside for the daughter.
        #expect(AddRelativeTests.field(state, AddRelativeForm.quota)?.note?.en.contains("up to ¥1,620.00") == true)
        F.type("abc", &state)
        F.press([.tab], &state)
        // The model's own words for what is wrong with the amount.
        do {
            _ = try Money.parse("abc")
            Issue.record("abc was read as an amount")
        } catch {
            #expect(AddRelativeTests.field(state, AddRelativeForm.quota)?.error == error.message)
        }
        #expect(AddRelativeTests.rowUnder("Quota (yuan)", state)?.contains("[!]") == true)
    }

    // MARK: Confirming, saving, refusals

    @Test("Before saving, a confirmation restates the change in one sentence", arguments: [Language.zhHans, .en])
    func confirmationInOneSentence(_ language: Language) {
        var state = F.addForm(language: language)
        F.fill(name: "王德福", id: F.fatherText, relation: .father, &state)
        let effects = F.submit(&state)
        #expect(effects.isEmpty)
        let dialog = try! #require(state.dialog)
        guard case .confirm = dialog.kind else { Issue.record("not a question"); return }
        let id = try! ResidentID(F.fatherText, today: F.today)
        let sentence = dialog.message
        #expect(
            sentence.zh == "添加父亲王德福（\(id.masked)，北京市（110000），居民医保），并让张建国的个人账户为他支付看病买药的费用？")
        #expect(
            sentence.en
                == "Add 王德福, your father (\(id.masked), Beijing (110000), resident insurance), and let 张建国's personal account "
                + "pay his medical costs?")
        for text in [sentence.zh, sentence.en] {
            #expect(!text.contains("\n"))
            #expect(!text.contains(F.fatherText))
        }
    }

    @Test("No on the confirmation saves nothing, says so, and keeps the form as typed")
    func confirmationNo() {
        var state = F.addForm(language: .en)
        F.fill(name: "王德福", id: F.fatherText, relation: .father, &state)
        F.submit(&state)
        #expect(F.press([.char("n")], &state).isEmpty)
        #expect(state.status?.text.en == "Nothing saved yet; you can keep editing.")
        #expect(F.form(state)?.form.text(AddRelativeForm.name) == "王德福")
        #expect(F.form(state)?.form.text(AddRelativeForm.id) == F.fatherText)
    }

    @Test("Yes adds the person and binds with the quota as one change, goes back to the list and says it is done")
    func confirmedQuotaBinding() {
        var state = F.addForm()
        F.fill(name: "张秀兰", id: F.sisterText, relation: .elderSister, regionCode: "330100", &state)
        F.press([.tab], &state)
        F.type("300", &state)
        F.submit(&state)
        #expect(state.dialog?.message.zh.contains("拿出 ¥300.00 作为跨省额度") == true)
        let effects = F.press([.char("y")], &state)
        let sister = try! ResidentID(F.sisterText, today: F.today)
        let person = Person(id: sister, name: "张秀兰", scheme: .resident, region: RegionCode("330100")!)
        let request = ChangeRequest.addRelative(
            person, openingBalance: nil, payer: F.owner, relation: .elderSister, quota: Money(fen: 30_000))
        #expect(effects == [.apply(request)])
        let data = RelativesMemoryData(household: F.household)
        F.run(effects, &state, data: data)
        #expect(data.requests == [request])
        #expect(state.stack.last is RelativesScreen)
        #expect(state.status?.kind == .success)
        #expect(state.status?.text.zh.hasPrefix("已在Yibao里记下：为张秀兰留出 ¥300.00 的跨省额度。") == true)
        #expect(state.status?.text.zh.contains("真正的绑定请到医保App当地专区或窗口办理") == true)
        #expect(F.text(state).contains("跨省额度 ¥300.00，还剩 ¥300.00"))
    }

    @Test("A relative already in the store is used, not added twice: the form says so and only binds")
    func existingPersonIsReused() {
        var state = F.addForm(language: .en)
        F.press([.tab], &state)
        F.type(F.storedSisterText, &state)
        #expect(F.form(state)?.form.text(AddRelativeForm.name) == "张秀珍")
        #expect(AddRelativeTests.field(state, AddRelativeForm.region)?.isVisible == false)
        // Said in full on the status line at 80 columns, not cut short.
        let status = render(state, environment: F.environment()).lines[22]
        #expect(status.contains("This ID number is already here: 张秀珍. Their details will be used."))
        #expect(!status.contains("..."))
        F.press([.tab] + F.chooseRelation(.elderSister), &state)
        F.submit(&state)
        #expect(state.dialog?.message.en.hasPrefix("Let 张建国's personal account pay the medical costs of 张秀珍") == true)
        let data = RelativesMemoryData(household: F.household)
        F.run(F.press([.char("y")], &state), &state, data: data)
        let stored = try! ResidentID(F.storedSisterText, today: F.today)
        #expect(data.requests == [.bind(payer: F.owner, beneficiary: stored, relation: .elderSister, quota: nil)])
        #expect(state.stack.last is RelativesScreen)
    }

    @Test("When the model refuses, every reason is shown in words with what to do, before anything is asked or saved")
    func refusalsBeforeConfirming() {
        var state = F.addForm()
        // The father's number, chosen as "daughter": wrong sex and wrong age.
        F.fill(name: "王德福", id: F.fatherText, relation: .daughter, &state)
        let effects = F.submit(&state)
        #expect(effects.isEmpty)
        let dialog = try! #require(state.dialog)
        #expect(dialog.isError)
        guard case .message = dialog.kind else { Issue.record("a refusal is not a question"); return }
        let lines = dialog.message.zh.split(separator: "\n")
        let bullets = lines.filter { $0.hasPrefix("- ") }
        #expect(bullets.count == 2)
        #expect(bullets.allSatisfy { $0.contains("请核对") })
        // Then, once, what is possible instead.
        #expect(lines.count == 3)
        #expect(lines.last?.hasPrefix("可以做的：") == true)
        #expect(dialog.message.en.contains("is male"))
        #expect(dialog.message.en.contains("is older"))
        #expect(!dialog.message.en.contains("sexDoesNotMatch"))
        // Closing the box goes back to the form, as typed.
        F.press([.enter], &state)
        #expect(state.dialog == nil)
        #expect(F.form(state)?.form.text(AddRelativeForm.id) == F.fatherText)
    }

    @Test("Guangdong takes part in cross-province sharing from the 2026-01-09 notice: a quota goes to confirmation")
    func regionWithoutCrossProvince() {
        // The refusal's words for a region outside sharing are checked on 2025 dates in EligibilityTests.
        var state = F.addForm(language: .en)
        F.fill(name: "张秀兰", id: F.sisterText, relation: .elderSister, regionCode: "440100", &state)
        F.press([.tab], &state)
        F.type("300", &state)
        F.submit(&state)
        let dialog = try! #require(state.dialog)
        #expect(!dialog.isError)
        #expect(dialog.message.en.contains("Guangzhou"))
        #expect(dialog.message.en.contains("set aside ¥300.00"))
        #expect(!dialog.message.en.contains("does not take part"))
    }

    @Test("A refusal from the store adds no one: it says nothing was added, and keeps the form as typed")
    func refusedAddsNoOne() {
        var state = F.addForm(language: .en)
        F.fill(name: "王德福", id: F.fatherText, relation: .father, &state)
        F.submit(&state)
        let effects = F.press([.char("y")], &state)
        let father = try! ResidentID(F.fatherText, today: F.today)
        guard case .apply(let request)? = effects.first, case .addRelative(let person, _, _, _, _) = request else {
            Issue.record("not one request adding the relative and binding them: \(effects)")
            return
        }
        #expect(person.id == father)
        let reasons = BindingRefused(reasons: [.tooManyPayers(beneficiary: "王德福", max: 1)]).message
        _ = update(&state, .refused(request, reasons), environment: F.environment())
        let dialog = try! #require(state.dialog)
        #expect(dialog.isError)
        #expect(dialog.title.en == "Not added")
        #expect(dialog.message.en.hasPrefix(reasons.en))
        #expect(!dialog.message.en.contains("has been added"))
        #expect(dialog.message.en.contains("What you typed is still here"))
        #expect(F.form(state)?.form.text(AddRelativeForm.id) == F.fatherText)
    }

    // MARK: Leaving, resizing, the kiosk

    @Test("Esc on an untouched form leaves at once; nothing is saved")
    func escapeCleanForm() {
        var state = F.addForm()
        #expect(F.press([.escape], &state).isEmpty)
        #expect(state.dialog == nil)
        #expect(state.stack.last is RelativesScreen)
    }

    @Test("Esc on a filled-in form asks; yes leaves without saving and says so; no keeps what was typed")
    func escapeDirtyForm() {
        var state = F.addForm(language: .en)
        F.type("王德福", &state)
        F.press([.escape], &state)
        #expect(state.dialog?.message.en == "What you typed has not been saved. Leave now? Nothing will be saved.")
        F.press([.char("n")], &state)
        #expect(F.form(state)?.form.text(AddRelativeForm.name) == "王德福")
        F.press([.escape], &state)
        let effects = F.press([.char("y")], &state)
        #expect(effects.isEmpty)
        #expect(state.stack.last is RelativesScreen)
        #expect(state.status?.text.en == "Left without saving.")
        #expect(F.text(state).contains("Left without saving."))
    }

    @Test("Resizing keeps what was typed: the same values show at 120x40, after too small, and back at 80x24")
    func resizeKeepsTheForm() {
        var state = F.addForm()
        F.fill(name: "张秀兰", id: F.sisterText, relation: .elderSister, regionCode: "330100", &state)
        F.press([.tab], &state)
        F.type("30", &state)
        let before = F.form(state)!.form
        let values = ["张秀兰", F.sisterText, "< 姐姐 >", "< 杭州市（浙江省）330100 >", "30"]
        for size in [Size(columns: 120, rows: 40), Size(columns: 60, rows: 15), Size(columns: 80, rows: 24)] {
            _ = update(&state, .resize(size), environment: F.environment())
            let form = F.form(state)!.form
            #expect(form.fields.map(\.text) == before.fields.map(\.text))
            #expect(form.focus == before.focus)
            guard !state.isTooSmall else {
                #expect(F.text(state).contains("窗口太小"))
                continue
            }
            let text = F.text(state)
            for value in values { #expect(text.contains(value), "\(value) is missing at \(size)") }
            // The caret is still at the end of the quota being typed.
            let buffer = render(state, environment: F.environment())
            let row = try! #require(buffer.lines.firstIndex { $0.contains("额度（元）") })
            #expect(buffer.cursor?.y == row)
        }
        // Typing goes on where it stopped.
        F.type("0", &state)
        #expect(F.form(state)?.form.text(AddRelativeForm.quota) == "300")
    }

    @Test("At a kiosk the ID number shows while it is typed, and only as stars once focus leaves it")
    func kioskHidesTypedID() {
        let kiosk = F.environment(kiosk: true)
        var state = F.addForm(environment: kiosk)
        F.type("王德福", &state, environment: kiosk)
        F.press([.tab], &state, environment: kiosk)
        F.type(F.fatherText, &state, environment: kiosk)
        #expect(F.text(state, environment: kiosk).contains(F.fatherText))
        F.press([.tab], &state, environment: kiosk)
        let text = F.text(state, environment: kiosk)
        #expect(!text.contains(F.fatherText))
        #expect(text.contains(String(repeating: "*", count: 18)))
        // The value itself is kept, and shows again when the person goes back to it.
        #expect(F.form(state)?.form.text(AddRelativeForm.id) == F.fatherText)
        F.press([.backTab], &state, environment: kiosk)
        #expect(F.text(state, environment: kiosk).contains(F.fatherText))
    }

    @Test("At a kiosk a number already in the store fills in a masked name, never the stored one")
    func kioskExistingPersonMasked() {
        let kiosk = F.environment(kiosk: true)
        var state = F.addForm(environment: kiosk)
        F.press([.tab], &state, environment: kiosk)
        F.type(F.storedSisterText, &state, environment: kiosk)
        let text = F.text(state, environment: kiosk)
        #expect(!text.contains("张秀珍"))
        #expect(text.contains("张*珍"))
    }
}
