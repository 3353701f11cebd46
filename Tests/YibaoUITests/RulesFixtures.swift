import Foundation
import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

/// The real policy and rule texts from `Data/`, a small household (owner insured in Shenzhen,
/// 440300), and helpers to drive the rules screens through the app's `update` and `render`.
enum RulesFixture {
    static let today = CivilDate(year: 2026, month: 3, day: 15)!
    static let shenzhen = RegionCode("440300")!
    static let ownerID = rulesID("440301197512310093")
    static let motherID = rulesID("11010519491231002X")

    static func rulesID(_ text: String) -> ResidentID {
        do { return try ResidentID(text, today: today) } catch { preconditionFailure("bad test ID \(text)") }
    }


    /// Every file under `Data/`, keyed by its path relative to `Data/`.
    static func dataFiles() throws -> [String: String] { try RepositoryData.files() }

    static func environment(charset: Charset = .unicode, kiosk: Bool = false) throws -> UIEnvironment {
        let files = try dataFiles()
        return UIEnvironment(
            policy: try PolicyBook.load(files: files), rules: try RuleLibrary.load(files: files), today: today,
            charset: charset, kiosk: kiosk)
    }

    /// The owner (Shenzhen, employee insurance) and their mother (Beijing, resident insurance).
    static func household(ownerRegion: RegionCode = shenzhen) -> Household {
        Household(
            date: today,
            persons: [
                ownerID: Person(id: ownerID, name: "王建国", scheme: .employee, region: ownerRegion, isOwner: true),
                motherID: Person(id: motherID, name: "李秀英", scheme: .resident, region: RegionCode("110000")!),
            ])
    }

    static func snapshot(ownerRegion: RegionCode = shenzhen, withOwner: Bool = true) -> AppSnapshot {
        AppSnapshot(
            household: household(ownerRegion: ownerRegion), owner: withOwner ? ownerID : nil, lastChange: "2026-03-01")
    }

    /// An app showing Home, then `screens` on top.
    static func state(
        _ screens: [any ScreenState] = [], language: Language = .zhHans, size: Size = Size(columns: 80, rows: 24),
        snapshot: AppSnapshot? = RulesFixture.snapshot()
    ) -> AppState {
        var state = AppState(language: language, size: size)
        state.snapshot = snapshot
        state.stack = [HomeScreen()] + screens
        return state
    }

    /// Sends keys through the app's `update`; returns every effect asked for.
    @discardableResult
    static func press(_ keys: [Key], _ state: inout AppState, _ environment: UIEnvironment) -> [Effect] {
        keys.flatMap { update(&state, .key($0), environment: environment) }
    }

    static func context(_ state: AppState, _ environment: UIEnvironment) -> ScreenContext {
        state.context(environment)
    }

    /// The rows of the rendered screen, as text.
    static func rows(_ state: AppState, _ environment: UIEnvironment) -> [String] {
        render(state, environment: environment).lines
    }

    static func screenText(_ state: AppState, _ environment: UIEnvironment) -> String {
        render(state, environment: environment).text
    }
}

/// An in-memory data source for rules scenarios: one snapshot, nothing stored.
final class RulesMemoryDataSource: AppDataSource, @unchecked Sendable {
    var current: AppSnapshot
    private(set) var languages: [Language] = []
    private(set) var applied: [ChangeRequest] = []

    init(_ snapshot: AppSnapshot) { current = snapshot }

    func snapshot(asOf date: CivilDate) throws -> AppSnapshot { current }
    func ledger(of account: ResidentID, offset: Int, limit: Int) throws -> [LedgerEntry] { [] }
    func apply(_ request: ChangeRequest, asOf date: CivilDate) throws -> ChangeOutcome {
        applied.append(request)
        return .done
    }
    func rememberLanguage(_ language: Language) { languages.append(language) }
}
