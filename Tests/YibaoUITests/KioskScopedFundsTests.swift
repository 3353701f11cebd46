import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

/// The issue's case, on the demo household: 王桂兰 signs in; her son 张建国 pays for her and has set
/// ¥500 aside as a quota for his daughter 张丽, whom she is not bound to and must not see.
@Suite("Kiosk scope: a payer's funds in a signed-in view are what the deduction engine lets them pay")
struct KioskScopedFundsTests {
    static let mother = try! ResidentID("110108192811050046", today: BalanceFixture.today)  // 王桂兰
    static let daughter = try! ResidentID("310104198507090026", today: BalanceFixture.today)  // 张丽
    static let pin = "1357"

    /// The kiosk signed in as the mother, on her payer order, the example's bill raised `larger` times.
    static func payerOrder(larger: Int = 0, language: Language = .zhHans) throws
        -> (state: KioskState, environment: UIEnvironment, household: Household, son: ResidentID)
    {
        let demo = try BalanceFixture.demo()
        let environment = try BalanceFixture.environment(kiosk: true)
        let services = MemoryKioskServices(
            appData: FirstRunMemoryData(household: demo.household, owner: demo.owner), pins: [mother: pin])
        var state = KioskFixture.state(language: language)
        let signIn: [KioskEvent] =
            [.key(.enter)] + KioskFixture.keys(mother.value) + [.key(.enter)] + KioskFixture.keys(pin) + [.key(.enter)]
        KioskFixture.send(signIn, &state, at: KioskFixture.start, services: services, environment: environment)
        let keys: [KioskEvent] = [.key(.char("3"))] + Array(repeating: .key(.char("+")), count: larger)
        KioskFixture.send(keys, &state, at: KioskFixture.start, services: services, environment: environment)
        #expect(state.signedIn == mother)
        return (state, environment, demo.household, demo.owner)
    }

    @Test("The signed-in mother sees her son able to pay what the engine lets him pay (¥3,238.10), not ¥3,738.10")
    func payerOrderShowsEngineFigure() throws {
        let (state, environment, household, son) = try Self.payerOrder()
        let engine = household.shareable(payer: son, for: Self.mother, rules: environment.policy)
        #expect(engine == Money(fen: 323_810), "the demo's numbers, as in the issue")
        let text = KioskFixture.text(state, environment: environment)
        #expect(text.contains(NameMasking.mask("张建国")), "the son, masked as every other name at a kiosk")
        #expect(text.contains(engine.formatted))
        #expect(!text.contains(household.accounts[son]!.balance.formatted), "his quota for someone else is counted")
    }

    @Test("The worked example splits a large bill as the engine does, with the son's quota for another counted")
    func workedExampleIsTheEngines() throws {
        for language in Language.allCases {
            // ¥300 → ¥500 → ¥1,000 → ¥2,000 → ¥3,000 → ¥5,000: more than the son can pay.
            let (state, environment, household, son) = try Self.payerOrder(larger: 5, language: language)
            let deduction = try household.payment(
                beneficiary: Self.mother, amount: Money(fen: 500_000), rules: environment.policy)
            #expect(deduction.parts.first { $0.account == son }?.amount == Money(fen: 323_810))
            let sentence = deduction.explanation(language: language) {
                NameMasking.mask(household.persons[$0]?.name ?? "")
            }
            // Compared without spaces: the sentence wraps at spaces, and the lines are joined.
            let text = KioskFixture.text(state, environment: environment).filter { !$0.isWhitespace }
            #expect(text.contains(sentence.filter { !$0.isWhitespace }), "\(language)")
        }
    }

    @Test("Nothing of the person the son's quota is for reaches the signed-in mother's screens or snapshot")
    func nothingOfTheThirdPerson() throws {
        let (state, environment, household, son) = try Self.payerOrder(larger: 5)
        let daughter = try #require(household.persons[Self.daughter])
        let text = KioskFixture.text(state, environment: environment)
        for shown in [daughter.name, Self.daughter.value, Self.daughter.masked, Self.daughter.stronglyMasked] {
            #expect(!text.contains(shown))
        }
        guard case .session(let session) = state.phase else { Issue.record("not signed in"); return }
        let seen = try #require(session.app.snapshot?.household)
        #expect(seen.persons[Self.daughter] == nil)
        #expect(!seen.bindings.contains { $0.payer == Self.daughter || $0.beneficiary == Self.daughter })
        #expect(!seen.quotaUsed.keys.contains { $0.beneficiary == Self.daughter })
        #expect(seen.accounts.values.allSatisfy { $0.thisYearForRelatives[Self.daughter] == nil })
        #expect(seen.earmarkedElsewhere == [son: Money(fen: 50_000)], "one sum, for nobody by name")
    }

    @Test("For everyone who signs in, every figure of every visible account equals the whole household's")
    func everyScopedFigureIsTheEngines() throws {
        let policy = try BalanceFixture.environment().policy
        let demo = try BalanceFixture.demo().household
        var withUse = RelativesFixtures.household
        withUse.date = BalanceFixture.today
        // The daughter's quota partly used, and the son given a quota for her too: two hidden commitments.
        withUse.bindings.append(
            Binding(
                payer: RelativesFixtures.son, beneficiary: RelativesFixtures.daughter, relation: .sister,
                form: .quota(Money(fen: 70_000)), since: BalanceFixture.today))
        withUse.quotaUsed[.init(payer: RelativesFixtures.son, beneficiary: RelativesFixtures.daughter)] =
            Money(fen: 5_000)
        for household in [demo, withUse] {
            for person in household.persons.keys {
                let seen = AppSnapshot(household: household, owner: nil, lastChange: nil).scoped(to: person).household
                for binding in seen.bindings {
                    #expect(
                        seen.shareable(payer: binding.payer, for: binding.beneficiary, rules: policy)
                            == household.shareable(payer: binding.payer, for: binding.beneficiary, rules: policy))
                }
                for id in seen.accounts.keys {
                    #expect(seen.ownAvailable(person: id) == household.ownAvailable(person: id))
                    #expect(seen.earmarked(payer: id) == household.earmarked(payer: id))
                }
                #expect(BalanceSummary(person: person, household: seen) == BalanceSummary(person: person, household: household))
                for amount in [Money(fen: 30_000), Money(fen: 500_000), Money(fen: 5_000_000)] {
                    #expect(
                        try seen.payment(beneficiary: person, amount: amount, rules: policy)
                            == household.payment(beneficiary: person, amount: amount, rules: policy))
                }
            }
        }
    }
}
