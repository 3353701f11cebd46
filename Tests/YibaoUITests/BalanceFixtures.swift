import Foundation
import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

/// Shared fixtures of the balance screen's tests: the real policy and rules, a demo-like household,
/// an in-memory data source that can pretend to hold 100,000 ledger lines, and a small driver that
/// runs `update` and performs effects the way `Runtime` does.
enum BalanceFixture {
    /// "Today" in every balance test: early in the year, after the cross-province quota rules began.
    static let today = CivilDate(year: 2026, month: 3, day: 15)!


    /// Every file under `Data/`, keyed by its path relative to `Data/`.
    static func dataFiles() throws -> [String: String] { try RepositoryData.files() }

    private static let loaded: Result<(PolicyBook, RuleLibrary, [String: String]), any Error> = Result {
        let files = try dataFiles()
        return (try PolicyBook.load(files: files), try RuleLibrary.load(files: files), files)
    }

    static func environment(charset: Charset = .unicode, kiosk: Bool = false) throws -> UIEnvironment {
        let (policy, rules, _) = try loaded.get()
        return UIEnvironment(policy: policy, rules: rules, today: today, charset: charset, kiosk: kiosk)
    }

    // MARK: - People

    /// A valid ID number (GB 11643 check digit) from its first 17 digits.
    static func id(_ body: String) throws -> ResidentID {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body, weights).reduce(0) { $0 + ($1.0.wholeNumberValue ?? 0) * $1.1 }
        let check = Array("10X98765432")[sum % 11]
        return try ResidentID(body + String(check), today: today)
    }

    // MARK: - The demo household

    /// The household of `Data/demo/household.yaml` as the demo builds it on `today`: its people,
    /// bindings and ledgers, and the ¥300 the owner paid for his mother today.
    static func demo() throws -> (household: Household, owner: ResidentID, ledgers: [ResidentID: [LedgerEntry]]) {
        let (policy, _, files) = try loaded.get()
        let demo = try DemoHousehold(yaml: try #require(files["demo/household.yaml"]), today: today)
        var persons: [ResidentID: Person] = [:]
        var ledgers: [ResidentID: [LedgerEntry]] = [:]
        var owner: ResidentID?
        for spec in demo.people {
            persons[spec.person.id] = spec.person
            if spec.person.isOwner { owner = spec.person.id }
            let entries = demo.ledger(for: spec, today: today, policy: policy)
            if !entries.isEmpty { ledgers[spec.person.id] = entries }
        }
        let ownerID = try #require(owner)
        let bindings = demo.bindings.map {
            Binding(
                payer: $0.payer, beneficiary: $0.beneficiary, relation: $0.relation,
                form: $0.quota.map { .quota($0) } ?? .ordered, since: today)
        }
        for payment in demo.payments {
            ledgers[ownerID, default: []].append(
                LedgerEntry(
                    account: ownerID, date: today, kind: .relativeSpending, amount: -payment.amount,
                    counterparty: payment.beneficiary, note: "门诊"))
        }
        let household = household(persons: persons, bindings: bindings, ledgers: ledgers)
        return (household, ownerID, ledgers)
    }

    /// A household with totals computed from `ledgers` as of `today`.
    static func household(
        persons: [ResidentID: Person], bindings: [Binding] = [], ledgers: [ResidentID: [LedgerEntry]]
    ) -> Household {
        var accounts: [ResidentID: AccountTotals] = [:]
        for (account, entries) in ledgers {
            accounts[account] = AccountTotals(account: account, entries: entries, asOf: today)
        }
        return Household(date: today, persons: persons, bindings: bindings, accounts: accounts)
    }

    /// The demo household in a data source (ledgers newest first, as the store pages them).
    static func demoData() throws -> BalanceMemoryData {
        let demo = try demo()
        return BalanceMemoryData(household: demo.household, owner: demo.owner, ledgers: demo.ledgers)
    }

    // MARK: - Chinese names of several widths

    /// An owner who paid for four relatives whose names are 2, 3 and 4 characters long (and one
    /// Latin name), each several times, so the ledger shows names of every width.
    static func manyNames() throws -> BalanceMemoryData {
        let region = try #require(RegionCode("110000"))
        let owner = Person(
            id: try id("11010519560310001"), name: "张建国", scheme: .employee, region: region, isOwner: true)
        let relatives = [
            Person(id: try id("11010519580822002"), name: "李丽", scheme: .employee, region: region),
            Person(id: try id("11010819281105004"), name: "王桂兰", scheme: .resident, region: region),
            Person(id: try id("11010519830412003"), name: "欧阳建华", scheme: .employee, region: region),
            Person(id: try id("11010520100101002"), name: "Anna Li", scheme: .resident, region: region),
        ]
        var persons = [owner.id: owner]
        var entries: [LedgerEntry] = []
        var bindings: [Binding] = []
        let start = CivilDate(year: 2026, month: 1, day: 5)!
        entries.append(
            LedgerEntry(
                account: owner.id, date: CivilDate(year: 2025, month: 12, day: 1)!, kind: .adjustment,
                amount: Money(fen: 500_000), note: "期初余额"))
        for (index, relative) in relatives.enumerated() {
            persons[relative.id] = relative
            bindings.append(
                Binding(payer: owner.id, beneficiary: relative.id, relation: .daughter, form: .ordered, since: start))
            for round in 0..<2 {
                entries.append(
                    LedgerEntry(
                        account: owner.id, date: start.adding(days: index * 3 + round * 20),
                        kind: index == 3 ? .premiumForRelative : .relativeSpending,
                        amount: Money(fen: -Int64(1_250 + index * 10_000 + round * 333)), counterparty: relative.id,
                        note: index == 3 ? "居民医保保费" : "药店 买药"))
            }
        }
        entries.append(
            LedgerEntry(account: owner.id, date: start, kind: .credit, amount: Money(fen: 11_000), note: "月度划入"))
        entries.append(
            LedgerEntry(
                account: owner.id, date: start.adding(days: 30), kind: .ownSpending, amount: Money(fen: -8_640),
                note: "社区医院 门诊"))
        let household = household(persons: persons, bindings: bindings, ledgers: [owner.id: entries])
        return BalanceMemoryData(household: household, owner: owner.id, ledgers: [owner.id: entries])
    }

    /// An owner with a personal account that has no ledger lines yet (a new account, balance ¥0.00).
    static func emptyLedger() throws -> BalanceMemoryData {
        let region = try #require(RegionCode("110000"))
        let owner = Person(
            id: try id("11010519560310001"), name: "张建国", scheme: .employee, region: region, isOwner: true)
        let household = Household(
            date: today, persons: [owner.id: owner], accounts: [owner.id: AccountTotals(account: owner.id)])
        return BalanceMemoryData(household: household, owner: owner.id, ledgers: [owner.id: []])
    }

    // MARK: - A very long ledger

    /// An owner whose ledger has `count` lines, made on demand (never stored): line `i` (0 = newest)
    /// says `第 i+1 笔` in its note, so a test can tell which lines are on the screen.
    static func longLedger(count: Int = 100_000) throws -> BalanceMemoryData {
        let region = try #require(RegionCode("110000"))
        let owner = Person(
            id: try id("11010519560310001"), name: "张建国", scheme: .employee, region: region, isOwner: true)
        let totals = AccountTotals(
            account: owner.id, balance: Money(fen: 1_234_567), balanceAtStartOfYear: Money(fen: 1_200_000),
            thisYearByKind: [.credit: Money(fen: 33_000), .ownSpending: Money(fen: -12_345)])
        let household = Household(date: today, persons: [owner.id: owner], accounts: [owner.id: totals])
        let account = owner.id
        let generated = BalanceMemoryData.GeneratedLedger(count: count) { index in
            LedgerEntry(
                id: Int64(count - index), account: account, date: today.adding(days: -(index / 3)),
                kind: index % 3 == 0 ? .credit : .ownSpending,
                amount: index % 3 == 0 ? Money(fen: 11_000) : Money(fen: -Int64(100 + index % 9_000)),
                note: "第 \(index + 1) 笔")
        }
        return BalanceMemoryData(household: household, owner: owner.id, generated: [owner.id: generated])
    }

    /// The note of line `index` of `longLedger`.
    static func longLedgerNote(_ index: Int) -> String { "第 \(index + 1) 笔" }
}

/// An in-memory `AppDataSource`: a fixed household, ledgers held in arrays or made on demand, and a
/// record of every page asked for and how many lines were handed out.
final class BalanceMemoryData: AppDataSource {
    /// A ledger whose lines are made when asked for, so a 100,000-line ledger costs nothing to hold.
    struct GeneratedLedger {
        var count: Int
        var entry: (Int) -> LedgerEntry
    }

    var household: Household
    let owner: ResidentID
    private var generated: [ResidentID: GeneratedLedger]
    private(set) var requests: [(account: ResidentID, offset: Int, limit: Int)] = []
    private(set) var linesServed = 0

    init(household: Household, owner: ResidentID, ledgers: [ResidentID: [LedgerEntry]] = [:]) {
        self.household = household
        self.owner = owner
        generated = [:]
        for (account, entries) in ledgers {
            let newestFirst = entries.enumerated().sorted { ($0.element.date, $0.offset) > ($1.element.date, $1.offset) }
                .map(\.element)
            generated[account] = GeneratedLedger(count: newestFirst.count) { newestFirst[$0] }
        }
    }

    init(household: Household, owner: ResidentID, generated: [ResidentID: GeneratedLedger]) {
        self.household = household
        self.owner = owner
        self.generated = generated
    }

    func snapshot(asOf date: CivilDate) throws -> AppSnapshot {
        AppSnapshot(
            household: household, owner: owner, lastChange: "2026-03-15T09:30:00Z",
            ledgerCounts: generated.mapValues(\.count))
    }

    func ledger(of account: ResidentID, offset: Int, limit: Int) throws -> [LedgerEntry] {
        requests.append((account, offset, limit))
        guard let ledger = generated[account], offset < ledger.count else { return [] }
        let lines = (max(0, offset)..<min(ledger.count, offset + max(0, limit))).map(ledger.entry)
        linesServed += lines.count
        return lines
    }

    func apply(_ request: ChangeRequest, asOf date: CivilDate) throws -> ChangeOutcome { .done }

    func rememberLanguage(_ language: Language) {}
}

/// Runs the app's `update` on events and performs the effects with a `BalanceMemoryData`, as the
/// runtime does, keeping every effect for the test to look at.
struct BalanceDriver {
    var state: AppState
    let data: BalanceMemoryData
    let environment: UIEnvironment
    private(set) var effects: [Effect] = []

    /// Home, loaded, at `size` in `language`.
    init(data: BalanceMemoryData, environment: UIEnvironment, language: Language, size: Size) throws {
        self.data = data
        self.environment = environment
        state = AppState(language: language, size: size)
        send(.resize(size))
        send(.loaded(try data.snapshot(asOf: environment.today)))
    }

    /// Opens the balance screen from Home (key 1), then presses `keys`.
    static func balance(
        _ data: BalanceMemoryData, language: Language = .zhHans, size: Size = Size(columns: 80, rows: 24),
        charset: Charset = .unicode, kiosk: Bool = false, keys: [Key] = []
    ) throws -> BalanceDriver {
        var driver = try BalanceDriver(
            data: data, environment: try BalanceFixture.environment(charset: charset, kiosk: kiosk), language: language,
            size: size)
        driver.press(.char("1"))
        for key in keys { driver.press(key) }
        return driver
    }

    /// Pushes a screen as Home would (running its `onAppear`).
    mutating func push(_ screen: any ScreenState) {
        state.stack.append(PushingScreen(target: screen))
        press(.enter)
    }

    mutating func press(_ key: Key) { send(.key(key)) }

    /// Sends one event; effects are performed (in order) and their results sent in turn.
    mutating func send(_ event: Event) {
        var queue = [event]
        while !queue.isEmpty {
            let produced = update(&state, queue.removeFirst(), environment: environment)
            effects += produced
            for effect in produced {
                if let result = data.perform(effect, today: environment.today) { queue.append(result) }
            }
        }
    }

    var balance: BalanceScreen? { state.top as? BalanceScreen }

    func screen() -> ScreenBuffer { render(state, environment: environment) }

    /// The ledger pages asked for so far, as (offset, limit).
    var pageRequests: [[Int]] {
        effects.compactMap {
            if case .loadLedger(_, let offset, let limit) = $0 { return [offset, limit] }
            return nil
        }
    }
}

/// A stand-in screen that replaces itself with `target` on Enter, so tests can push any screen the
/// way the app does (through `apply`, which runs `onAppear`).
private struct PushingScreen: ScreenState {
    let target: any ScreenState
    func title(_ context: ScreenContext) -> LocalizedText { .init(zh: "", en: "") }
    func hints(_ context: ScreenContext) -> [Command] { [] }
    func helpText(_ context: ScreenContext) -> LocalizedText { .init(zh: "", en: "") }
    mutating func handle(_ input: Input, context: ScreenContext) -> [Action] { [.replace(target)] }
    func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {}
}
