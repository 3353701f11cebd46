import Foundation
import ScreenKit
import TestSupport
import YibaoCore

@testable import YibaoUI

/// A family for the Relatives screen tests, the real policy and rules from `Data/`, and an in-memory
/// data source that makes changes with the real model functions (so refusals are the model's own).
enum RelativesFixtures {
    static let today = CivilDate(year: 2026, month: 2, day: 1)!

    /// A valid ID number for an area, a birth date (YYYYMMDD) and a sequence (odd: male).
    static func id(_ area: String, _ birth: String, _ seq: String) -> ResidentID {
        try! ResidentID(idText(area, birth, seq), today: today)
    }

    static func idText(_ area: String, _ birth: String, _ seq: String) -> String {
        let body = area + birth + seq
        return body + String(ResidentID.checkCharacter(for: body.map { Int(String($0))! }))
    }

    static let owner = try! ResidentID("110105195603100015", today: today)  // 张建国
    static let spouse = try! ResidentID("110105195808220029", today: today)  // 李秀英
    static let mother = try! ResidentID("110108192811050046", today: today)  // 王桂兰
    static let son = try! ResidentID("110105198304120036", today: today)  // 张伟, pays for the owner
    static let daughter = try! ResidentID("310104198507090026", today: today)  // 张丽, Shanghai, quota
    /// Not in the store: the owner's father, for adding.
    static let fatherText = idText("110105", "19300415", "011")
    /// Not in the store: an elder sister insured in Hangzhou (another province).
    static let sisterText = idText("330106", "19520303", "022")
    /// In the store but not bound yet: the owner's elder sister 张秀珍, for "reuse, do not add twice".
    static let storedSisterText = idText("110108", "19400606", "024")

    static let region = RegionCode("110000")!

    static var people: [Person] {
        [
            Person(id: owner, name: "张建国", scheme: .employee, region: region, isOwner: true),
            Person(id: spouse, name: "李秀英", scheme: .employee, region: region),
            Person(id: mother, name: "王桂兰", scheme: .resident, region: RegionCode("110108")!),
            Person(id: son, name: "张伟", scheme: .employee, region: region),
            Person(id: daughter, name: "张丽", scheme: .employee, region: RegionCode("310000")!),
            Person(id: try! ResidentID(storedSisterText, today: today), name: "张秀珍", scheme: .resident, region: region),
        ]
    }

    static func since(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// The owner pays for spouse, mother and (with a quota) daughter; the son pays for the owner.
    static var household: Household {
        Household(
            date: today, persons: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) }),
            bindings: [
                Binding(payer: owner, beneficiary: mother, relation: .mother, form: .ordered, since: since("2024-03-01")),
                Binding(payer: owner, beneficiary: spouse, relation: .spouse, form: .ordered, since: since("2024-03-01")),
                Binding(
                    payer: owner, beneficiary: daughter, relation: .daughter, form: .quota(Money(fen: 50_000)),
                    since: since("2026-01-10")),
                Binding(payer: son, beneficiary: owner, relation: .father, form: .ordered, since: since("2025-06-01")),
            ],
            accounts: [
                owner: AccountTotals(account: owner, balance: Money(fen: 200_000), balanceAtStartOfYear: Money(fen: 190_000)),
                son: AccountTotals(account: son, balance: Money(fen: 320_000), balanceAtStartOfYear: Money(fen: 300_000)),
            ],
            quotaUsed: [Household.QuotaKey(payer: owner, beneficiary: daughter): Money(fen: 12_000)])
    }

    /// Only the owner: both sections empty.
    static var emptyHousehold: Household {
        Household(
            date: today, persons: [owner: people[0]],
            accounts: [owner: AccountTotals(account: owner, balance: Money(fen: 200_000), balanceAtStartOfYear: Money(fen: 190_000))])
    }

    /// The family plus ten grandchildren the owner pays for: more entries than fit at 80x24.
    static var longHousehold: Household {
        var household = Self.household
        for n in 0..<10 {
            let month = n + 1 < 10 ? "0\(n + 1)" : "\(n + 1)"
            let sequence = String(repeating: "0", count: 3 - String(2 * n + 1).count) + String(2 * n + 1)
            let id = Self.id("110105", "2010" + month + "01", sequence)
            household.persons[id] = Person(id: id, name: "张小\(n)", scheme: .resident, region: region)
            household.bindings.append(
                Binding(payer: owner, beneficiary: id, relation: .grandson, form: .ordered, since: since("2025-01-01")))
        }
        return household
    }

    /// Every file under `Data/`, keyed by its path relative to `Data/`.
    static let dataFiles: [String: String] = (try? RepositoryData.files()) ?? [:]

    static let policy = try! PolicyBook.load(files: dataFiles)
    static let rules = try! RuleLibrary.load(files: dataFiles)

    static func environment(charset: Charset = .unicode, kiosk: Bool = false) -> UIEnvironment {
        UIEnvironment(policy: policy, rules: rules, today: today, charset: charset, kiosk: kiosk)
    }

    /// The day of the owner's last recorded credit: January's, so only this month (February) is missing.
    static let lastCredit = CivilDate(year: 2026, month: 1, day: 5)!

    static func snapshot(_ household: Household, ends: [BindingEnd] = [], lastCredit: CivilDate? = lastCredit) -> AppSnapshot {
        AppSnapshot(
            household: household, owner: owner, lastChange: "2026-01-31", bindingEnds: ends, ownerLastCredit: lastCredit)
    }

    /// Not in `household`: the owner's father 张德福, never bound and not insured (his premium may be paid).
    static let father = try! ResidentID(fatherText, today: today)

    /// The family after the daughter moved to Beijing on 2026-01-20 (her quota binding ended by itself,
    /// ¥380.00 back to the owner), with the uninsured father added and never bound; and that ended binding.
    static var othersHousehold: (household: Household, ends: [BindingEnd]) {
        var household = Self.household
        let ended = household.bindings.first { $0.beneficiary == daughter }!
        household.bindings.removeAll { $0.beneficiary == daughter }
        household.quotaUsed = [:]
        household.persons[daughter]?.region = RegionCode("110105")!
        household.persons[father] = Person(id: father, name: "张德福", scheme: Scheme.none, region: region)
        let end = BindingEnd(binding: ended, endedOn: since("2026-01-20"), reason: .moved, quotaReturned: Money(fen: 38_000))
        return (household, [end])
    }

    /// The app loaded with `household` (and the bindings that ended by themselves, `ends`), on Home.
    static func home(
        _ household: Household = household, ends: [BindingEnd] = [], language: Language = .zhHans,
        size: Size = Size(columns: 80, rows: 24), environment: UIEnvironment = environment()
    ) -> AppState {
        var state = AppState(language: language, size: size)
        _ = update(&state, .loaded(snapshot(household, ends: ends)), environment: environment)
        return state
    }

    /// The app on the Relatives screen (Home, then key 2).
    static func relatives(
        _ household: Household = household, ends: [BindingEnd] = [], language: Language = .zhHans,
        size: Size = Size(columns: 80, rows: 24), environment: UIEnvironment = environment()
    ) -> AppState {
        var state = home(household, ends: ends, language: language, size: size, environment: environment)
        _ = update(&state, .key(.char("2")), environment: environment)
        return state
    }

    /// The app on the add-a-relative form (Relatives, then A).
    static func addForm(
        _ household: Household = household, language: Language = .zhHans, size: Size = Size(columns: 80, rows: 24),
        environment: UIEnvironment = environment()
    ) -> AppState {
        var state = relatives(household, language: language, size: size, environment: environment)
        _ = update(&state, .key(.char("a")), environment: environment)
        return state
    }

    /// Presses keys one by one; returns every effect asked for.
    @discardableResult
    static func press(_ keys: [Key], _ state: inout AppState, environment: UIEnvironment = environment()) -> [Effect] {
        keys.flatMap { update(&state, .key($0), environment: environment) }
    }

    /// What the screens see for `state`.
    static func context(_ state: AppState, environment: UIEnvironment = environment()) -> ScreenContext {
        state.context(environment)
    }

    /// Types text as separate key presses.
    @discardableResult
    static func type(_ text: String, _ state: inout AppState, environment: UIEnvironment = environment()) -> [Effect] {
        press(text.map { Key.char($0) }, &state, environment: environment)
    }

    /// Keys that choose the relation at `relation` in the picker (from "please choose").
    static func chooseRelation(_ relation: Relationship) -> [Key] {
        let index = Relationship.everydayChoices.firstIndex(of: relation)! + 1
        return [.enter] + Array(repeating: .down, count: index) + [.enter]
    }

    /// Keys that choose the region `code` in the region picker (focus on it): its digits typed, which
    /// open the list narrowed to that place, then Enter.
    static func chooseRegion(_ code: String) -> [Key] {
        code.map { Key.char($0) } + [.enter]
    }

    /// On the empty form: types a name and an ID number, picks the relation, and (when given) moves the
    /// region choice to `regionCode`. Focus ends on the region field.
    static func fill(
        name: String, id: String, relation: Relationship, regionCode: String? = nil, _ state: inout AppState,
        environment: UIEnvironment = environment()
    ) {
        type(name, &state, environment: environment)
        press([.tab], &state, environment: environment)
        type(id, &state, environment: environment)
        press([.tab] + chooseRelation(relation) + [.tab, .tab], &state, environment: environment)
        if let regionCode { press(chooseRegion(regionCode), &state, environment: environment) }
    }

    /// Moves focus to the form's "Check and save" button and presses Enter.
    @discardableResult
    static func submit(_ state: inout AppState, environment: UIEnvironment = environment()) -> [Effect] {
        guard var screen = form(state) else { return [] }
        screen.form.focus = screen.form.fields.count
        state.stack[state.stack.count - 1] = screen
        return press([.enter], &state, environment: environment)
    }

    /// Performs effects through `data` the way the runtime does, feeding each result back to `update`
    /// until nothing is left to do.
    static func run(
        _ effects: [Effect], _ state: inout AppState, data: RelativesMemoryData,
        environment: UIEnvironment = environment()
    ) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if let event = data.perform(effect, today: environment.today) {
                queue += update(&state, event, environment: environment)
            }
        }
    }

    /// The add form on top of the stack.
    static func form(_ state: AppState) -> AddRelativeScreen? { state.stack.last as? AddRelativeScreen }

    /// The screen as text rows (no styles), for assertions on what a person reads.
    static func text(_ state: AppState, environment: UIEnvironment = environment()) -> String {
        render(state, environment: environment).lines.joined(separator: "\n")
    }
}

/// An in-memory store: keeps a `Household` and makes every change with the model's own functions.
final class RelativesMemoryData: AppDataSource {
    var household: Household
    let owner: ResidentID
    let policy: PolicyBook
    /// Every change asked for, in order, refused or not.
    private(set) var requests: [ChangeRequest] = []

    init(household: Household, owner: ResidentID = RelativesFixtures.owner, policy: PolicyBook = RelativesFixtures.policy) {
        self.household = household
        self.owner = owner
        self.policy = policy
    }

    /// The bindings that ended by themselves, as the store keeps them.
    private(set) var bindingEnds: [BindingEnd] = []

    func snapshot(asOf date: CivilDate) throws -> AppSnapshot {
        AppSnapshot(
            household: household, owner: owner, lastChange: date.iso, bindingEnds: bindingEnds,
            ownerLastCredit: RelativesFixtures.lastCredit)
    }

    func ledger(of account: ResidentID, offset: Int, limit: Int) throws -> [LedgerEntry] { [] }

    func apply(_ request: ChangeRequest, asOf date: CivilDate) throws -> ChangeOutcome {
        requests.append(request)
        switch request {
        case .addPerson(let person, let opening):
            write(try household.addPerson(person, openingBalance: opening))
            return .done
        case .addRelative(let person, let opening, let payer, let relation, let quota):
            // Both steps decided before anything is kept, as the service's one transaction does.
            var after = household
            apply(try after.addPerson(person, openingBalance: opening), to: &after)
            let bound = try after.bind(
                payer: payer, beneficiary: person.id, relation: relation, quota: quota, policy: policy)
            apply(bound, to: &after)
            household = after
            return .done
        case .bind(let payer, let beneficiary, let relation, let quota):
            write(try household.bind(payer: payer, beneficiary: beneficiary, relation: relation, quota: quota, policy: policy))
            return .done
        case .unbind(let payer, let beneficiary):
            var dated = household
            dated.date = date
            let (changes, returned) = try dated.unbindOnRequest(payer: payer, beneficiary: beneficiary)
            write(changes)
            return .unbound(returnedQuota: returned)
        case .editPerson(let id, let edit):
            var dated = household
            dated.date = date
            let result = try dated.editPerson(id, edit, pooling: policy.poolingAreas, today: date)
            write(result.changes)
            return .ended(result.ended)
        case .recordDeath(let id):
            var dated = household
            dated.date = date
            let result = try dated.recordDeath(id, today: date)
            write(result.changes)
            return .ended(result.ended)
        case .payPremium(let payer, let beneficiary, let relation, let amount, let year):
            write(
                try household.premium(
                    payer: payer, beneficiary: beneficiary, relation: relation, amount: amount, year: year, policy: policy))
            return .done
        case .setPayerOrder, .createDemo, .creditEstimated, .creditEstimatedMonths:
            return .done
        case .recordBalance(let person, let balance):
            write(try household.recordBalance(account: person, balance: balance))
            return .done
        case .dated(let inner, let day):
            return try apply(inner, asOf: day)
        }
    }

    func rememberLanguage(_ language: Language) {}

    private func write(_ changes: [Change]) { apply(changes, to: &household) }

    private func apply(_ changes: [Change], to household: inout Household) {
        for change in changes {
            switch change {
            case .addPerson(let person), .updatePerson(let person): household.persons[person.id] = person
            case .addBinding(let binding): household.bindings.append(binding)
            case .removeBinding(let payer, let beneficiary):
                household.bindings.removeAll { $0.payer == payer && $0.beneficiary == beneficiary }
            case .setPayerOrder(let order): household.payerOrders[order.beneficiary] = order.payers
            case .recordBindingEnd(let end): bindingEnds.append(end)
            case .addLedgerEntry, .recordPersonEvent: break
            case .markPending(let id): household.pending.insert(id)
            case .confirmPerson(let id): household.pending.remove(id)
            }
        }
    }
}
