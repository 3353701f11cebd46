import Foundation
import ScreenKit
import Testing
import TestSupport
import YibaoCore

@testable import YibaoUI

/// What the first-run, set-up, Home, Help and app-frame tests share: the real policy and rules from
/// `Data/`, a small household with an owner, and app states driven by keys through `update`.
enum FirstRunFixture {
    static let today = CivilDate(year: 2026, month: 3, day: 15)!


    /// Every file under `Data/`, keyed by its path relative to `Data/`.
    static func dataFiles() throws -> [String: String] { try RepositoryData.files() }

    /// Policy and rules, read once for all tests.
    static let loaded: Result<(PolicyBook, RuleLibrary), any Error> = Result {
        let files = try dataFiles()
        return (try PolicyBook.load(files: files), try RuleLibrary.load(files: files))
    }

    static func environment(kiosk: Bool = false, charset: Charset = .unicode) throws -> UIEnvironment {
        let (policy, rules) = try loaded.get()
        return UIEnvironment(policy: policy, rules: rules, today: today, charset: charset, kiosk: kiosk)
    }

    static func id(_ text: String) -> ResidentID {
        do { return try ResidentID(text, today: today) } catch { preconditionFailure("bad test ID \(text)") }
    }

    /// The owner of the sample household, and her husband.
    static let ownerID = id("110105195808220029")
    static let husbandID = id("110105195603100015")
    static let beijing = RegionCode("110000")!
    /// A valid ID number for typing into the set-up form (male, born 1956-03-10, Beijing).
    static let typedID = "110105195603100015"

    /// 李秀英 (owner, employee) and 张建国 (employee), with a balance for the owner.
    static func household() -> Household {
        let owner = Person(id: ownerID, name: "李秀英", scheme: .employee, region: beijing, isOwner: true)
        let husband = Person(id: husbandID, name: "张建国", scheme: .employee, region: beijing)
        let opening = LedgerEntry(
            account: ownerID, date: CivilDate(year: 2026, month: 1, day: 5)!, kind: .adjustment,
            amount: Money(fen: 150_000), note: "期初余额")
        return Household(
            date: today, persons: [ownerID: owner, husbandID: husband],
            accounts: [ownerID: AccountTotals(account: ownerID, entries: [opening], asOf: today)])
    }

    static func ownerSnapshot() -> AppSnapshot {
        AppSnapshot(household: household(), owner: ownerID, lastChange: "2026-03-10T09:30:00Z", ledgerCounts: [ownerID: 1])
    }

    static func emptySnapshot() -> AppSnapshot {
        AppSnapshot(household: Household(date: today), owner: nil, lastChange: nil)
    }

    /// An app state as the runtime makes it: sized, then loaded.
    static func state(
        _ snapshot: AppSnapshot, language: Language = .zhHans, size: Size = Size(columns: 80, rows: 24),
        environment: UIEnvironment
    ) -> AppState {
        var state = AppState(language: language, size: size)
        _ = update(&state, .resize(size), environment: environment)
        _ = update(&state, .loaded(snapshot), environment: environment)
        return state
    }

    /// Presses keys one after another; returns every effect they asked for.
    @discardableResult
    static func press(_ keys: [Key], _ state: inout AppState, environment: UIEnvironment) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects += update(&state, .key(key), environment: environment) }
        return effects
    }

    /// Types text character by character.
    @discardableResult
    static func type(_ text: String, _ state: inout AppState, environment: UIEnvironment) -> [Effect] {
        press(text.map { Key.char($0) }, &state, environment: environment)
    }

    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)]

    /// Snapshots a state made by `make` in both languages at 80x24 and 120x40: `<name>-zh-80x24`, ….
    static func assertEverySize(
        _ name: String, kiosk: Bool = false, filePath: StaticString = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation,
        _ make: (inout AppState, UIEnvironment) -> Void
    ) throws {
        let environment = try environment(kiosk: kiosk)
        for language in Language.allCases {
            for size in sizes {
                var state = AppState(language: language, size: size)
                _ = update(&state, .resize(size), environment: environment)
                make(&state, environment)
                let tag = language == .zhHans ? "zh" : "en"
                assertScreen(
                    render(state, environment: environment), named: "\(name)-\(tag)-\(size.columns)x\(size.rows)",
                    filePath: filePath, sourceLocation: sourceLocation)
                expectNarrowSafe(
                    state, environment: environment, "\(name)-\(tag)-\(size)", sourceLocation: sourceLocation)
            }
        }
    }
}

/// An in-memory store for `Runtime` scenarios: changes go through the real model on a `Household`.
final class FirstRunMemoryData: AppDataSource {
    var household: Household
    var owner: ResidentID?
    var lastChange: String?
    var ledgers: [ResidentID: [LedgerEntry]] = [:]
    private(set) var requests: [ChangeRequest] = []
    private(set) var rememberedLanguages: [Language] = []

    init(household: Household = Household(date: FirstRunFixture.today), owner: ResidentID? = nil) {
        self.household = household
        self.owner = owner
    }

    func snapshot(asOf date: CivilDate) throws -> AppSnapshot {
        var copy = household
        copy.date = date
        return AppSnapshot(
            household: copy, owner: owner, lastChange: lastChange, ledgerCounts: ledgers.mapValues(\.count))
    }

    func ledger(of account: ResidentID, offset: Int, limit: Int) throws -> [LedgerEntry] {
        Array((ledgers[account] ?? []).reversed().dropFirst(offset).prefix(limit))
    }

    func apply(_ request: ChangeRequest, asOf date: CivilDate) throws -> ChangeOutcome {
        requests.append(request)
        household.date = date
        switch request {
        case .addPerson(let person, let opening):
            write(try household.addPerson(person, openingBalance: opening), date: date)
        case .createDemo:
            let files = try FirstRunFixture.dataFiles()
            let demo = try DemoHousehold(yaml: files["demo/household.yaml"] ?? "", today: date)
            for spec in demo.people {
                write(try household.addPerson(spec.person, openingBalance: nil), date: date)
                for entry in demo.ledger(for: spec, today: date, policy: try FirstRunFixture.loaded.get().0) { write([.addLedgerEntry(entry)], date: date) }
            }
        default:
            throw HouseholdError.amountNotPositive
        }
        return .done
    }

    private func write(_ changes: [Change], date: CivilDate) {
        for change in changes {
            switch change {
            case .addPerson(let person), .updatePerson(let person):
                household.persons[person.id] = person
                if person.isOwner { owner = person.id }
            case .addLedgerEntry(let entry):
                ledgers[entry.account, default: []].append(entry)
                household.accounts[entry.account] = AccountTotals(
                    account: entry.account, entries: ledgers[entry.account] ?? [], asOf: date)
            default: break
            }
        }
        lastChange = date.iso
    }

    func rememberLanguage(_ language: Language) { rememberedLanguages.append(language) }
}
