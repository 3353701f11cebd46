import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

/// A relative's entry opened from Relatives: edit, insurance stopped, death, premium; the demo's title
/// and leaving it.
@Suite("Life changes on screen")
struct LifeScreenTests {
    typealias F = RelativesFixtures

    /// Relatives, then Enter on the entry at `index` (0 mother, 1 spouse, 2 daughter in Shanghai, 3 son).
    static func person(
        _ index: Int, language: Language = .en, size: Size = Size(columns: 80, rows: 24),
        environment: UIEnvironment = F.environment()
    ) -> AppState {
        var state = F.relatives(language: language, size: size, environment: environment)
        F.press(Array(repeating: .down, count: index) + [.enter], &state, environment: environment)
        return state
    }

    @Test("Enter on a relative in Relatives opens their entry with the four things to record")
    func opensEntry() {
        let state = Self.person(0)
        let screen = state.top as? PersonScreen
        #expect(screen?.person == F.mother)
        #expect(screen?.relation == .mother)
        let text = F.text(state)
        #expect(text.contains("Record a death"))
        #expect(text.contains("pooling area"))
    }

    @Test("Insurance stopped: the question says what ends; yes ends the mother's binding")
    func stopInsurance() throws {
        var state = Self.person(0)
        F.press([.char("2")], &state)
        let dialog = try #require(state.dialog)
        #expect(dialog.message.en.contains("This ends 张建国 → 王桂兰"))
        let data = RelativesMemoryData(household: F.household)
        let effects = F.press([.char("y")], &state)
        #expect(effects == [.apply(.editPerson(F.mother, PersonEdit(scheme: Scheme.none)))])
        F.run(effects, &state, data: data)
        #expect(!data.household.bindings.contains { $0.beneficiary == F.mother })
        #expect(data.household.persons[F.mother]?.scheme == Scheme.none)
    }

    /// Moves focus to the form on top's "Check and save" and presses Enter.
    static func submitTop(_ state: inout AppState, environment: UIEnvironment = F.environment()) {
        if var screen = state.top as? DeathScreen {
            screen.form.focus = screen.form.fields.count
            state.stack[state.stack.count - 1] = screen
        } else if var screen = state.top as? PremiumScreen {
            screen.form.focus = screen.form.fields.count
            state.stack[state.stack.count - 1] = screen
        } else if var screen = state.top as? RelativeBalanceScreen {
            screen.form.focus = screen.form.fields.count
            state.stack[state.stack.count - 1] = screen
        } else if var screen = state.top as? PersonEditScreen {
            screen.form.focus = screen.form.fields.count
            state.stack[state.stack.count - 1] = screen
        }
        F.press([.enter], &state, environment: environment)
    }

    @Test("A death: the day (today unless changed), then the question says the unused quota comes back and points to the inheritance case")
    func death() throws {
        var state = Self.person(2)
        #expect((state.top as? PersonScreen)?.person == F.daughter)
        F.press([.char("3")], &state)
        #expect(state.top is DeathScreen)
        Self.submitTop(&state)
        let dialog = try #require(state.dialog)
        #expect(dialog.message.en.contains("¥380.00 of quota returns to 张建国"))
        #expect(dialog.message.en.contains("inheritance"))
        #expect(dialog.selectedButton == 1)  // a question that ends something starts on No
        let data = RelativesMemoryData(household: F.household)
        F.run(F.press([.char("y")], &state), &state, data: data)
        #expect(data.household.persons[F.daughter]?.diedOn == F.today)
        #expect(!data.household.bindings.contains { $0.beneficiary == F.daughter })
    }

    @Test("Edit: a move of the daughter to Beijing is confirmed with what ends; a bad region code is said at its field")
    func editForm() throws {
        var state = Self.person(2)
        F.press([.char("1")], &state)
        #expect(state.top is PersonEditScreen)
        F.press([.tab, .tab], &state)
        F.press(Array(repeating: .backspace, count: 6), &state)
        F.type("99", &state)
        var screen = try #require(state.top as? PersonEditScreen)
        screen.form.focus = screen.form.fields.count
        state.stack[state.stack.count - 1] = screen
        #expect(F.press([.enter], &state).isEmpty)
        #expect(state.dialog == nil)
        #expect(F.text(state).contains("not a region code"))
        F.press(Array(repeating: .backspace, count: 2), &state)
        F.type("110105", &state)
        screen = try #require(state.top as? PersonEditScreen)
        screen.form.focus = screen.form.fields.count
        state.stack[state.stack.count - 1] = screen
        F.press([.enter], &state)
        let dialog = try #require(state.dialog)
        #expect(dialog.message.en.contains("This ends 张建国 → 张丽; ¥380.00 of quota returns to 张建国"))
        let data = RelativesMemoryData(household: F.household)
        F.run(F.press([.char("y")], &state), &state, data: data)
        #expect(data.household.persons[F.daughter]?.region.code == "110105")
        #expect(state.top is PersonScreen)
    }

    @Test("Premium: the form checks the amount against what may be spent and confirms whom and which year")
    func premium() throws {
        var state = Self.person(0)
        F.press([.char("4")], &state)
        #expect(state.top is PremiumScreen)
        F.type("400", &state)
        var screen = try #require(state.top as? PremiumScreen)
        screen.form.focus = screen.form.fields.count
        state.stack[state.stack.count - 1] = screen
        F.press([.enter], &state)
        let dialog = try #require(state.dialog)
        #expect(dialog.message.en.contains("王桂兰's resident-insurance premium for 2026"))
        let effects = F.press([.char("y")], &state)
        #expect(
            effects == [
                .apply(.payPremium(payer: F.owner, beneficiary: F.mother, relation: .mother, amount: Money(fen: 40_000), year: 2026))
            ])
    }

    @Test("Balance, A: without a base the estimate says why; with the base recorded on the edit form, it offers ¥160.00")
    func balanceEstimate() throws {
        var state = F.home(language: .en)
        F.press([.char("1"), .char("a")], &state)
        #expect(state.top is MyRecordScreen)
        F.press([.char("1")], &state)
        #expect(state.dialog?.message.en.contains("contribution base is not recorded") == true)
        F.press([.enter], &state)
        F.press([.char("2")], &state)
        #expect(state.top is PersonEditScreen)
        F.press([.tab, .tab, .tab, .tab], &state)
        F.type("8000", &state)
        var screen = try #require(state.top as? PersonEditScreen)
        screen.form.focus = screen.form.fields.count
        state.stack[state.stack.count - 1] = screen
        F.press([.enter], &state)
        #expect(state.dialog?.message.en.contains("No binding ends") == true)
        let data = RelativesMemoryData(household: F.household)
        F.run(F.press([.char("y")], &state), &state, data: data)
        #expect(data.household.persons[F.owner]?.contributionBase == Money(fen: 800_000))
        _ = update(&state, .loaded(F.snapshot(data.household)), environment: F.environment())
        #expect(state.top is MyRecordScreen)
        F.press([.char("1")], &state)
        let dialog = try #require(state.dialog)
        #expect(dialog.message.en.contains("is about ¥160.00"))
        #expect(F.press([.char("y")], &state) == [.apply(.creditEstimated(person: F.owner))])
    }

    @Test("The demo's title bar says Demo on every screen, and leaving it goes back to the first run")
    func demoTitle() {
        var environment = F.environment()
        environment.demo = true
        var state = F.relatives(language: .en, environment: environment)
        #expect(F.text(state, environment: environment).split(separator: "\n").first?.contains("[Demo]") == true)
        state = F.home(language: .zhHans, environment: environment)
        #expect(F.text(state, environment: environment).split(separator: "\n").first?.contains("[示例]") == true)
        F.press([.char("q")], &state, environment: environment)
        #expect(state.dialog?.message.en.contains("first screen") == true)
        F.press([.char("y")], &state, environment: environment)
        #expect(AppProgram(data: RelativesMemoryData(household: F.household), environment: environment).outcome(state) == .leaveDemo)
        #expect(AppProgram(data: RelativesMemoryData(household: F.household), environment: F.environment()).outcome(state) == .quit)
    }
}

/// The new screens as text, in both languages at 80x24 and 120x40.
@Suite("Life-change screens: text snapshots")
struct LifeSnapshotTests {
    typealias F = RelativesFixtures

    enum Scene: String, CaseIterable, Sendable {
        case person, personQuota, stopConfirm, deathConfirm, editForm, premiumForm, premiumConfirm, demoHome
        case myRecord
        case deathForm, editFormDateRefused
        /// The son's entry, 5: his balance as read in the app.
        case relativeBalanceForm
        /// Balance, A, 1 with the last credit in November: three months listed to record together.
        case missingMonthsConfirm
        /// The premium form for a relative no binding names (the uninsured father): it asks the relation.
        case premiumAskRelation

        func state(_ language: Language, _ size: Size, environment: UIEnvironment) -> AppState {
            switch self {
            case .person: return LifeScreenTests.person(0, language: language, size: size, environment: environment)
            case .personQuota: return LifeScreenTests.person(2, language: language, size: size, environment: environment)
            case .stopConfirm:
                var state = LifeScreenTests.person(0, language: language, size: size, environment: environment)
                F.press([.char("2")], &state, environment: environment)
                return state
            case .deathConfirm:
                var state = LifeScreenTests.person(2, language: language, size: size, environment: environment)
                F.press([.char("3")], &state, environment: environment)
                LifeScreenTests.submitTop(&state, environment: environment)
                return state
            case .deathForm:
                var state = LifeScreenTests.person(2, language: language, size: size, environment: environment)
                F.press([.char("3")], &state, environment: environment)
                return state
            case .editFormDateRefused:
                // A day after today typed as 2026-2-5: refused beside the field, nothing asked.
                var state = LifeScreenTests.person(2, language: language, size: size, environment: environment)
                F.press([.char("1")] + Array(repeating: .tab, count: 5), &state, environment: environment)
                F.press(Array(repeating: .backspace, count: 10), &state, environment: environment)
                F.type("2026-2-5", &state, environment: environment)
                LifeScreenTests.submitTop(&state, environment: environment)
                return state
            case .editForm:
                var state = LifeScreenTests.person(2, language: language, size: size, environment: environment)
                F.press([.char("1")], &state, environment: environment)
                return state
            case .premiumForm:
                var state = LifeScreenTests.person(0, language: language, size: size, environment: environment)
                F.press([.char("4")], &state, environment: environment)
                return state
            case .premiumConfirm:
                var state = Scene.premiumForm.state(language, size, environment: environment)
                F.type("400", &state, environment: environment)
                if var screen = state.top as? PremiumScreen {
                    screen.form.focus = screen.form.fields.count
                    state.stack[state.stack.count - 1] = screen
                }
                F.press([.enter], &state, environment: environment)
                return state
            case .relativeBalanceForm:
                var state = LifeScreenTests.person(3, language: language, size: size, environment: environment)
                F.press([.char("5")], &state, environment: environment)
                return state
            case .missingMonthsConfirm:
                var household = F.household
                household.persons[F.owner]?.contributionBase = Money(fen: 800_000)
                var state = AppState(language: language, size: size)
                let snapshot = F.snapshot(household, lastCredit: CivilDate(year: 2025, month: 11, day: 5))
                _ = update(&state, .loaded(snapshot), environment: environment)
                F.press([.char("1"), .char("a"), .char("1")], &state, environment: environment)
                return state
            case .premiumAskRelation:
                let (household, ends) = F.othersHousehold
                var state = F.relatives(household, ends: ends, language: language, size: size, environment: environment)
                F.press([.end, .up, .enter, .char("4")], &state, environment: environment)
                return state
            case .myRecord:
                var state = F.home(language: language, size: size, environment: environment)
                F.press([.char("1"), .char("a")], &state, environment: environment)
                return state
            case .demoHome:
                var demo = environment
                demo.demo = true
                return F.home(language: language, size: size, environment: demo)
            }
        }

        var environment: UIEnvironment {
            var environment = F.environment()
            environment.demo = self == .demoHome
            return environment
        }
    }

    @Test("Every new screen and question, in Chinese and English, at 80x24 and 120x40", arguments: Scene.allCases)
    func everyState(_ scene: Scene) {
        for language in [Language.zhHans, .en] {
            for size in [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)] {
                let environment = scene.environment
                let state = scene.state(language, size, environment: environment)
                let lang = language == .zhHans ? "zh" : "en"
                assertScreen(
                    render(state, environment: environment), named: "Life-\(scene.rawValue)-\(lang)-\(size.columns)x\(size.rows)")
            }
        }
    }
}
