import Foundation
import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

/// A household, environment and in-memory data source for the payer-order screen's tests.
///
/// The owner 张建国 (Beijing, ¥2,000, of which ¥500 is earmarked as a quota for 张丽) pays for his
/// mother 王桂兰 (resident insurance, no account), his wife 李秀英 (¥100) and his daughter 张丽
/// (Wenzhou, ¥50). The owner's son 张伟 (¥350, ¥200 earmarked for 张丽) also pays for his grandmother
/// 王桂兰 and, by quota, for his younger sister 张丽. Nobody pays for the owner.
enum PayerOrderFixture {
    static let today = CivilDate(year: 2026, month: 3, day: 15)!
    static let lastYear = CivilDate(year: 2025, month: 6, day: 1)!


    /// A valid ID number from an area code, a birth date and a 3-digit sequence (odd: male).
    static func makeID(area: String, birth: String, sequence: String) -> ResidentID {
        let body = area + birth + sequence
        let full = body + String(ResidentID.checkCharacter(for: body.map { Int(String($0))! }))
        do { return try ResidentID(full, today: today) } catch { preconditionFailure("bad test ID \(full)") }
    }

    static let owner = makeID(area: "110105", birth: "19560310", sequence: "015")
    static let mother = makeID(area: "110108", birth: "19281105", sequence: "004")
    static let wife = makeID(area: "110105", birth: "19580822", sequence: "002")
    static let grandson = makeID(area: "110105", birth: "19830412", sequence: "031")
    static let daughter = makeID(area: "330302", birth: "19850709", sequence: "022")

    static let beijing = RegionCode("110000")!
    static let wenzhou = RegionCode("330302")!

    static func yuan(_ amount: Int64) -> Money { Money(fen: amount * 100) }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate { CivilDate(year: year, month: month, day: day)! }

    /// Totals for an account holding `amount` yuan, all carried over from last year.
    static func totals(_ account: ResidentID, yuan amount: Int64) -> AccountTotals {
        let entry = LedgerEntry(account: account, date: lastYear, kind: .credit, amount: yuan(amount))
        return AccountTotals(account: account, entries: [entry], asOf: today)
    }

    static func person(_ id: ResidentID, _ name: String, _ scheme: Scheme = .employee, _ region: RegionCode = beijing)
        -> Person
    {
        Person(id: id, name: name, scheme: scheme, region: region, isOwner: id == owner)
    }

    static var household: Household {
        Household(
            date: today,
            persons: [
                owner: person(owner, "张建国"),
                mother: person(mother, "王桂兰", .resident),
                wife: person(wife, "李秀英"),
                grandson: person(grandson, "张伟"),
                daughter: person(daughter, "张丽", .employee, wenzhou),
            ],
            bindings: [
                Binding(payer: owner, beneficiary: mother, relation: .mother, form: .ordered, since: date(2024, 1, 1)),
                Binding(payer: owner, beneficiary: wife, relation: .spouse, form: .ordered, since: date(2024, 2, 1)),
                Binding(
                    payer: owner, beneficiary: daughter, relation: .daughter, form: .quota(yuan(500)),
                    since: date(2026, 2, 1)),
                Binding(
                    payer: grandson, beneficiary: mother, relation: .paternalGrandmother, form: .ordered,
                    since: date(2024, 6, 1)),
                Binding(
                    payer: grandson, beneficiary: daughter, relation: .youngerSister, form: .quota(yuan(200)),
                    since: date(2026, 2, 10)),
            ],
            accounts: [
                owner: totals(owner, yuan: 2_000),
                wife: totals(wife, yuan: 100),
                grandson: totals(grandson, yuan: 350),
                daughter: totals(daughter, yuan: 50),
            ])
    }

    /// The same household where the owner's wife also pays for the owner.
    static var householdWhereOwnerHasPayers: Household {
        var household = household
        household.bindings.append(
            Binding(payer: wife, beneficiary: owner, relation: .spouse, form: .ordered, since: date(2024, 3, 1)))
        return household
    }

    /// The owner's cousins who, with him, pay for 王桂兰: more payers than fit on an 80x24 screen.
    static let cousins: [ResidentID] = (1...11).map { i in
        makeID(area: "110105", birth: "198001\(i < 10 ? "0" : "")\(i)", sequence: "0\(10 + i)")
    }

    /// The household where twelve people pay for 王桂兰: the owner, then eleven relatives with ¥10 each.
    static var householdWithManyPayers: Household {
        var household = household
        household.bindings.removeAll { $0.beneficiary == mother && $0.payer != owner }
        for (index, cousin) in cousins.enumerated() {
            household.persons[cousin] = person(cousin, "亲属\(index + 1)号")
            household.accounts[cousin] = totals(cousin, yuan: 10)
            household.bindings.append(
                Binding(payer: cousin, beneficiary: mother, relation: .paternalGrandmother, form: .ordered, since: lastYear))
        }
        return household
    }

    /// The owner alone: nobody pays for anybody.
    static var householdWithoutPayers: Household {
        Household(
            date: today, persons: [owner: person(owner, "张建国")], accounts: [owner: totals(owner, yuan: 2_000)])
    }

    static func snapshot(_ household: Household = household) -> AppSnapshot {
        AppSnapshot(household: household, owner: owner, lastChange: "2026-03-15")
    }

    /// Every file under `Data/`, keyed by its path relative to `Data/`.
    static func dataFiles() throws -> [String: String] { try RepositoryData.files() }

    /// The real policy and rule texts, "today" fixed.
    static func environment(charset: Charset = .unicode, kiosk: Bool = false) throws -> UIEnvironment {
        let files = try dataFiles()
        return UIEnvironment(
            policy: try PolicyBook.load(files: files), rules: try RuleLibrary.load(files: files), today: today,
            charset: charset, kiosk: kiosk)
    }

    /// The app with `household` loaded and the payer-order screen opened from Home (key 3).
    static func openedState(
        _ household: Household = household, language: Language = .zhHans, size: Size = Size(columns: 80, rows: 24),
        environment: UIEnvironment
    ) -> AppState {
        var state = AppState(language: language, size: size)
        _ = update(&state, .loaded(snapshot(household)), environment: environment)
        _ = update(&state, .key(.char("3")), environment: environment)
        return state
    }

    /// The payer-order screen on top of the stack.
    static func screen(_ state: AppState) throws -> PayerOrderScreen {
        try #require(state.top as? PayerOrderScreen)
    }

    /// Presses keys one after another; returns the effects of the last.
    @discardableResult
    static func press(_ keys: [Key], _ state: inout AppState, environment: UIEnvironment) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects = update(&state, .key(key), environment: environment) }
        return effects
    }
}

/// An in-memory store for scenarios: holds a household, applies payer orders through the model and
/// records every request it was given.
final class PayerOrderMemoryDataSource: AppDataSource {
    var household: Household
    var owner: ResidentID?
    private(set) var requests: [ChangeRequest] = []

    init(household: Household, owner: ResidentID?) {
        self.household = household
        self.owner = owner
    }

    func snapshot(asOf date: CivilDate) throws -> AppSnapshot {
        AppSnapshot(household: household, owner: owner, lastChange: date.description)
    }

    func ledger(of account: ResidentID, offset: Int, limit: Int) throws -> [LedgerEntry] { [] }

    func apply(_ request: ChangeRequest, asOf date: CivilDate) throws -> ChangeOutcome {
        requests.append(request)
        guard case .setPayerOrder(let beneficiary, let order, _) = request else { return .done }
        for change in try household.setPayerOrder(beneficiary: beneficiary, order: order) {
            if case .setPayerOrder(let saved) = change { household.payerOrders[saved.beneficiary] = saved.payers }
        }
        return .done
    }

    func rememberLanguage(_ language: Language) {}
}
