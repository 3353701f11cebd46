import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Payer order screen: keys in, state and effects out")
struct PayerOrderUpdateTests {
    typealias F = PayerOrderFixture

    @Test("Opens on the first relative the owner pays for when nobody pays for the owner, first payer selected")
    func opensOnFirstBeneficiary() throws {
        let env = try F.environment()
        let state = F.openedState(environment: env)
        let screen = try F.screen(state)
        #expect(screen.beneficiaries == [F.mother, F.wife, F.daughter])
        #expect(screen.beneficiary == F.mother)
        #expect(screen.draft == [F.owner, F.grandson])
        #expect(screen.list.selection == 1)
        #expect(screen.hasUnsavedChanges == false)
    }

    @Test("Opens on the owner when someone pays for the owner")
    func opensOnOwner() throws {
        let env = try F.environment()
        let state = F.openedState(F.householdWhereOwnerHasPayers, environment: env)
        let screen = try F.screen(state)
        #expect(screen.beneficiaries.first == F.owner)
        #expect(screen.draft == [F.wife])
    }

    @Test("D moves the selected payer down and marks it as moved; the order is unsaved")
    func moveDown() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        let effects = F.press([.char("D")], &state, environment: env)
        let screen = try F.screen(state)
        #expect(effects.isEmpty)
        #expect(screen.draft == [F.grandson, F.owner])
        #expect(screen.saved == [F.owner, F.grandson])
        #expect(screen.list.selection == 2)
        #expect(screen.moved == F.owner)
        #expect(screen.hasUnsavedChanges)
        #expect(state.status?.text.zh == "已把张建国下移到第 3 位（未保存）。")
    }

    @Test("U moves the selected payer up, and moving back restores the saved order")
    func moveUpAndBack() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        F.press([.down, .char("u")], &state, environment: env)
        var screen = try F.screen(state)
        #expect(screen.draft == [F.grandson, F.owner])
        #expect(screen.list.selection == 1)
        #expect(screen.moved == F.grandson)
        F.press([.char("d")], &state, environment: env)
        screen = try F.screen(state)
        #expect(screen.draft == [F.owner, F.grandson])
        #expect(screen.hasUnsavedChanges == false)
    }

    @Test("U on the first payer and D on the last change nothing and say why")
    func movesAtTheEdges() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        F.press([.char("U")], &state, environment: env)
        #expect(try F.screen(state).draft == [F.owner, F.grandson])
        #expect(try F.screen(state).moved == nil)
        #expect(state.status?.text.zh == "张建国已经排在亲属的最前面了。")
        #expect(state.status?.kind == .error)

        F.press([.down, .char("D")], &state, environment: env)
        #expect(try F.screen(state).draft == [F.owner, F.grandson])
        #expect(try F.screen(state).list.selection == 2)
        #expect(state.status?.text.en == "张伟 is already last.")
    }

    @Test("The own account row can be selected but never moves")
    func ownAccountCannotMove() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        F.press([.up], &state, environment: env)
        #expect(try F.screen(state).list.selection == 0)
        for key in [Key.char("U"), .char("D"), .char("["), .char("]")] {
            F.press([key], &state, environment: env)
            #expect(try F.screen(state).draft == [F.owner, F.grandson])
            #expect(try F.screen(state).list.selection == 0)
            #expect(state.status?.text == PayerOrderWords.ownAccountFixed)
        }
        // Up at the top stays on the own account.
        F.press([.up], &state, environment: env)
        #expect(try F.screen(state).list.selection == 0)
    }

    @Test("Save asks first, restating the new order, and only Yes emits the exact change")
    func saveAfterConfirm() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        var effects = F.press([.char("D"), .char("S")], &state, environment: env)
        #expect(effects.isEmpty)
        let dialog = try #require(state.dialog)
        guard case .confirm = dialog.kind else {
            Issue.record("expected a confirm dialog")
            return
        }
        #expect(
            dialog.message.zh
                == "王桂兰看病时，按这个顺序扣款：\n1. 本人账户（没有，跳过）\n2. 张伟\n3. 张建国\n不够的付现金。\n"
                + "在王桂兰参保的地方，顺序由王桂兰本人（或监护人）设定：请先和王桂兰商量好，再保存。\n要保存这个顺序吗？")
        #expect(
            dialog.message.en
                == "When 王桂兰 is treated, accounts pay in this order:\n1. own account (none, skipped)\n2. 张伟\n"
                + "3. 张建国\nAnything left is paid in cash.\nWhere 王桂兰 is insured, 王桂兰 (or a guardian) sets this order: "
                + "please agree it with 王桂兰 before saving.\nSave this order?")
        effects = F.press([.char("y")], &state, environment: env)
        #expect(
            effects == [
                .apply(.setPayerOrder(beneficiary: F.mother, order: [F.grandson, F.owner], basis: [F.owner, F.grandson]))
            ])
        #expect(state.dialog == nil)
    }

    @Test("Enter saves too; No closes the question, keeps the unsaved order and emits nothing")
    func enterAndNo() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        F.press([.char("D"), .enter], &state, environment: env)
        #expect(state.dialog != nil)
        let effects = F.press([.char("n")], &state, environment: env)
        #expect(effects.isEmpty)
        #expect(state.dialog == nil)
        #expect(try F.screen(state).draft == [F.grandson, F.owner])
        #expect(try F.screen(state).hasUnsavedChanges)
        #expect(state.status?.text == PayerOrderWords.notSavedYet)
    }

    @Test("The confirmation names the own account first when the person has one")
    func confirmWithOwnAccount() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        F.press([.char("P"), .char("P"), .down, .char("U"), .char("S")], &state, environment: env)
        #expect(try F.screen(state).beneficiary == F.daughter)
        #expect(
            state.dialog?.message.zh
                == "张丽看病时，按这个顺序扣款：\n1. 本人账户\n2. 张伟\n3. 张建国\n不够的付现金。\n"
                + "在张丽参保的地方，顺序由出钱的亲属（发起人）设定。\n要保存这个顺序吗？")
    }

    @Test("Save with nothing changed asks nothing and says so")
    func saveWithoutChanges() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        let effects = F.press([.char("s")], &state, environment: env)
        #expect(effects.isEmpty)
        #expect(state.dialog == nil)
        #expect(state.status?.text == PayerOrderWords.nothingToSave)
    }

    @Test("When the store saved the order, the screen stays, shows success and has nothing unsaved")
    func appliedKeepsScreen() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        F.press([.char("D"), .char("S")], &state, environment: env)
        let request = ChangeRequest.setPayerOrder(
            beneficiary: F.mother, order: [F.grandson, F.owner], basis: [F.owner, F.grandson])
        #expect(F.press([.char("Y")], &state, environment: env) == [.apply(request)])
        let effects = update(&state, .applied(request, .done), environment: env)
        #expect(effects == [.reload])
        #expect(state.stack.count == 2)
        let screen = try F.screen(state)
        #expect(screen.saved == [F.grandson, F.owner])
        #expect(screen.hasUnsavedChanges == false)
        #expect(state.status?.kind == .success)
        #expect(state.status?.text.zh == "已保存。王桂兰的亲属账户现在按这个顺序扣：张伟、张建国。")

        // The reload brings the saved order back from the store; nothing is unsaved.
        var saved = F.household
        saved.payerOrders[F.mother] = [F.grandson, F.owner]
        _ = update(&state, .loaded(F.snapshot(saved)), environment: env)
        #expect(try F.screen(state).draft == [F.grandson, F.owner])
        #expect(try F.screen(state).hasUnsavedChanges == false)
    }

    @Test("A refusal is shown in a message box with every reason, and the unsaved order stays")
    func refusedShowsReasons() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        F.press([.char("D"), .char("S"), .char("Y")], &state, environment: env)
        let request = ChangeRequest.setPayerOrder(beneficiary: F.mother, order: [F.grandson, F.owner])
        let reasons = LocalizedText(zh: "张伟已经不是付款人了。", en: "张伟 no longer pays for this person.")
        let effects = update(&state, .refused(request, reasons), environment: env)
        #expect(effects.isEmpty)
        let dialog = try #require(state.dialog)
        guard case .message = dialog.kind else {
            Issue.record("expected a message box")
            return
        }
        #expect(dialog.message == reasons)
        #expect(dialog.isError)
        #expect(try F.screen(state).hasUnsavedChanges)
        F.press([.enter], &state, environment: env)
        #expect(state.dialog == nil)
    }

    @Test("Esc with nothing changed goes straight back to Home")
    func escWithoutChanges() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        F.press([.escape], &state, environment: env)
        #expect(state.dialog == nil)
        #expect(state.stack.count == 1)
        #expect(state.top is HomeScreen)
    }

    @Test("Esc with changes leaves at once, asks nothing, saves nothing and says the order was not saved")
    func escWithChanges() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        let effects = F.press([.char("D"), .escape], &state, environment: env)
        #expect(effects.isEmpty)
        #expect(state.dialog == nil)
        #expect(state.top is HomeScreen)
        #expect(state.status?.text.zh == "扣款顺序没有保存，王桂兰还是原来的顺序。")
        #expect(state.status?.text.en == "The payer order was not saved; 王桂兰 keeps the old order.")

        // Coming back shows the saved order again, with nothing unsaved.
        F.press([.char("3")], &state, environment: env)
        #expect(try F.screen(state).draft == [F.owner, F.grandson])
        #expect(try F.screen(state).hasUnsavedChanges == false)
    }

    @Test("P goes through the people with payers; without changes it switches at once")
    func switchPerson() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        F.press([.char("p")], &state, environment: env)
        #expect(try F.screen(state).beneficiary == F.wife)
        #expect(try F.screen(state).draft == [F.owner])
        #expect(state.status?.text.zh == "现在显示李秀英的扣款顺序。")
        F.press([.char("P")], &state, environment: env)
        #expect(try F.screen(state).beneficiary == F.daughter)
        F.press([.char("P")], &state, environment: env)
        #expect(try F.screen(state).beneficiary == F.mother)
        #expect(state.stack.count == 2)
    }

    @Test("Switching person with unsaved changes asks, then resets the draft to the saved order")
    func switchResetsDraft() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        F.press([.char("D"), .char("P")], &state, environment: env)
        #expect(state.dialog?.message.zh == "王桂兰的新顺序还没有保存。不保存，换成李秀英吗？")
        F.press([.char("Y")], &state, environment: env)
        var screen = try F.screen(state)
        #expect(screen.beneficiary == F.wife)
        #expect(screen.hasUnsavedChanges == false)
        #expect(screen.moved == nil)
        #expect(state.status?.text.zh == "王桂兰的新顺序没有保存，还是原来的顺序。")
        F.press([.char("P"), .char("P")], &state, environment: env)
        screen = try F.screen(state)
        #expect(screen.beneficiary == F.mother)
        #expect(screen.draft == [F.owner, F.grandson])
        #expect(screen.list.selection == 1)
    }

    @Test("P with one person who has payers says there is no one else")
    func switchWithOnePerson() throws {
        let env = try F.environment()
        var household = F.household
        household.bindings.removeAll { $0.beneficiary != F.mother }
        var state = F.openedState(household, environment: env)
        F.press([.char("P")], &state, environment: env)
        #expect(try F.screen(state).beneficiary == F.mother)
        #expect(state.status?.text.zh == "只有王桂兰有付款的亲属，没有别人可换。")
        #expect(try F.screen(state).hints(state.context(env)).contains(.switchPerson) == false)
    }

    @Test("The example follows the order on the screen, with the real balances")
    func exampleFollowsOrder() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        var example = try #require(try F.screen(state).example)
        #expect(example.parts == [.init(account: F.owner, amount: F.yuan(300), isOwn: false)])
        #expect(example.cash == .zero)

        F.press([.char("D")], &state, environment: env)
        example = try #require(try F.screen(state).example)
        #expect(
            example.parts == [
                .init(account: F.grandson, amount: F.yuan(150), isOwn: false),
                .init(account: F.owner, amount: F.yuan(150), isOwn: false),
            ])
        let text = render(state, environment: env).text
        #expect(text.contains("自付¥300.00：张伟的账户付¥150.00，张建国的账户付¥150.00，无需现金。"))
    }

    @Test("In Wenzhou only the first payer with money pays; moving a payer up changes who pays and the cash")
    func wenzhouExample() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        F.press([.char("P"), .char("P")], &state, environment: env)
        var screen = try F.screen(state)
        #expect(screen.beneficiary == F.daughter)
        #expect(screen.onePayerRegionName(state.context(env)) == LocalizedText(zh: "温州", en: "Wenzhou"))
        var example = try #require(screen.example)
        #expect(example.ownPart == F.yuan(50))
        #expect(example.payerParts == [.init(account: F.owner, amount: F.yuan(250), isOwn: false)])
        #expect(example.cash == .zero)

        F.press([.down, .char("U")], &state, environment: env)
        screen = try F.screen(state)
        example = try #require(screen.example)
        #expect(example.ownPart == F.yuan(50))
        #expect(example.payerParts == [.init(account: F.grandson, amount: F.yuan(200), isOwn: false)])
        #expect(example.cash == F.yuan(50))
        #expect(render(state, environment: env).text.contains("张丽自己的账户付¥50.00，张伟的账户付¥200.00，其余¥50.00"))
    }

    @Test("Beijing beneficiaries get no one-payer note")
    func noRegionNoteInBeijing() throws {
        let env = try F.environment()
        let state = F.openedState(environment: env)
        #expect(try F.screen(state).onePayerRegionName(state.context(env)) == nil)
    }

    @Test("+ and - step the example bill through fixed amounts and stop at the ends")
    func exampleAmount() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        F.press([.char("+")], &state, environment: env)
        #expect(try F.screen(state).exampleAmount == F.yuan(500))
        F.press([.char("-"), .char("-"), .char("-"), .char("-")], &state, environment: env)
        #expect(try F.screen(state).exampleAmount == F.yuan(100))
        F.press([.char("P")], &state, environment: env)
        F.press([.char("=")], &state, environment: env)
        let screen = try F.screen(state)
        let example = try #require(screen.example)
        // 李秀英: ¥100 of her own, then 张建国 (¥1,500 after the quota he earmarked).
        #expect(example.amount == F.yuan(200))
        #expect(example.ownPart == F.yuan(100))
        #expect(example.payerParts == [.init(account: F.owner, amount: F.yuan(100), isOwn: false)])
    }

    @Test("A reload keeps an unsaved order over the same payers, and resets it when the payers changed")
    func reloadKeepsOrResetsDraft() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        F.press([.char("D")], &state, environment: env)
        _ = update(&state, .loaded(F.snapshot()), environment: env)
        #expect(try F.screen(state).draft == [F.grandson, F.owner])
        #expect(try F.screen(state).hasUnsavedChanges)

        var fewer = F.household
        fewer.bindings.removeAll { $0.payer == F.grandson && $0.beneficiary == F.mother }
        _ = update(&state, .loaded(F.snapshot(fewer)), environment: env)
        #expect(try F.screen(state).draft == [F.owner])
        #expect(try F.screen(state).hasUnsavedChanges == false)
        #expect(try F.screen(state).list.selection == 1)
    }

    @Test("With nobody paying for anyone, the screen explains and only Esc does something")
    func noPayers() throws {
        let env = try F.environment()
        var state = F.openedState(F.householdWithoutPayers, environment: env)
        let screen = try F.screen(state)
        #expect(screen.beneficiary == nil)
        #expect(screen.hints(state.context(env)).isEmpty)
        for key in [Key.char("D"), .char("U"), .char("S"), .char("P"), .enter, .down] {
            #expect(F.press([key], &state, environment: env).isEmpty)
            #expect(state.dialog == nil)
        }
        #expect(render(state, environment: env).text.contains("按 2 打开“亲属共济”"))
        F.press([.escape], &state, environment: env)
        #expect(state.top is HomeScreen)
    }

    @Test("At 80x24 the hint bar names going back, the move keys, save and help, in both languages")
    func hintBarAt80Columns() throws {
        let env = try F.environment()
        for language in [Language.zhHans, .en] {
            let state = F.openedState(language: language, environment: env)
            let bar = render(state, environment: env).lines[23]
            for key in ["[Esc]", "[U]", "[D]", "[S]", "[?/F1]"] {
                #expect(bar.contains(key), "\(language): \(bar)")
            }
        }
    }

    @Test("Every status line the screen says fits at 80 columns in both languages, never cut short")
    func statusLinesFit() throws {
        let env = try F.environment()
        let scripts: [[Key]] = [
            [.char("D")], [.up, .char("U")], [.char("U")], [.down, .char("D")], [.char("S")],
            [.char("D"), .char("S"), .char("N")], [.char("P")], [.char("D"), .char("P"), .char("Y")],
            [.char("D"), .escape],
        ]
        for language in [Language.zhHans, .en] {
            for keys in scripts {
                var state = F.openedState(language: language, environment: env)
                F.press(keys, &state, environment: env)
                let status = try #require(state.status, "no status after \(keys)")
                let row = render(state, environment: env).lines[22]
                #expect(row.contains(status.text.text(language)), "\(language) \(keys): \(row)")
                #expect(!row.contains("..."), "\(language) \(keys): \(row)")
            }
        }
    }

    @Test("The save question lists the accounts one a line, numbered as on the screen, with no name broken")
    func saveQuestionListsAccounts() throws {
        let env = try F.environment()
        for language in [Language.zhHans, .en] {
            var state = F.openedState(language: language, environment: env)
            F.press([.char("D"), .char("S")], &state, environment: env)
            let lines = render(state, environment: env).lines
            #expect(lines.contains { $0.contains("2. 张伟 ") }, "\(language)")
            #expect(lines.contains { $0.contains("3. 张建国 ") }, "\(language)")
        }
    }

    @Test("A list longer than the window scrolls to keep the selected payer in view, and the example stays visible")
    func longListScrolls() throws {
        let env = try F.environment()
        for language in [Language.zhHans, .en] {
            var state = F.openedState(F.householdWithManyPayers, language: language, environment: env)
            #expect(try F.screen(state).draft.count == 12)
            F.press([.end], &state, environment: env)
            var lines = render(state, environment: env).lines
            #expect(try F.screen(state).list.selection == 12)
            #expect(lines.contains { $0.hasPrefix("  > 13") }, "\(language): last payer not in view")
            #expect(!lines.contains { $0.contains("    1     王桂兰") }, "\(language): should have scrolled")
            let hidden = try #require(lines.firstIndex { $0.hasPrefix("  > 13") }) + 1
            #expect(lines[hidden].contains(language == .en ? "more above" : "上面还有"), "\(lines[hidden])")
            // Moving the last payer up keeps it selected and in view; the example follows the new order.
            F.press([.char("U")], &state, environment: env)
            lines = render(state, environment: env).lines
            #expect(lines.contains { $0.hasPrefix("  > 12") && $0.contains("亲属11号") })
            #expect(lines.contains { $0.contains("¥300.00") && $0.contains("张建国") })
            F.press([.home], &state, environment: env)
            lines = render(state, environment: env).lines
            #expect(lines.contains { $0.hasPrefix("  > 1 ") })
            #expect(lines.contains { $0.contains(language == .en ? "more below" : "下面还有") })
        }
    }
}

@Suite("Payer order screen: an order saved elsewhere")
struct PayerOrderOutsideChangeTests {
    typealias F = PayerOrderFixture

    static func householdWithMotherOrderReversed() -> Household {
        var household = F.household
        household.payerOrders[F.mother] = [F.grandson, F.owner]
        return household
    }

    @Test("An order the person has not touched follows the one saved elsewhere, and is not called unsaved")
    func untouchedOrderFollowsTheStore() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        _ = update(&state, .loaded(F.snapshot(Self.householdWithMotherOrderReversed())), environment: env)
        let screen = try F.screen(state)
        #expect(screen.beneficiary == F.mother)
        #expect(screen.saved == [F.grandson, F.owner])
        #expect(screen.draft == [F.grandson, F.owner])
        #expect(screen.hasUnsavedChanges == false)
    }

    @Test("The person's own unsaved move is kept when the same payers are saved elsewhere in another order")
    func ownMoveIsKept() throws {
        let env = try F.environment()
        var state = F.openedState(environment: env)
        F.press([.char("D")], &state, environment: env)
        var household = F.household
        household.payerOrders[F.mother] = [F.owner, F.grandson]
        _ = update(&state, .loaded(F.snapshot(household)), environment: env)
        let screen = try F.screen(state)
        #expect(screen.draft == [F.grandson, F.owner])
        #expect(screen.hasUnsavedChanges)
    }
}
