import Foundation
import Testing
import TestSupport
import YibaoCore
import YibaoService
import YibaoStore

/// Issue 12, item 2: random sequences of dated credits, payments, quotas, bindings and unbindings, with
/// the real date moving on, through the service over a real store: on every day, every account's balance
/// stays at or above zero and at or above what its quotas set aside.
@Suite("The ledger invariant over random dated changes")
struct LedgerInvariantPropertyTests {
    typealias F = Fixtures
    static let start = CivilDate(year: 2026, month: 3, day: 1)!
    static let hebei = RegionCode("130100")!
    static let son = Person(id: F.id(5, born: "19850101"), name: "张伟", scheme: .employee, region: F.beijing)
    static let daughter = Person(id: F.id(4, born: "19900101"), name: "张丽", scheme: .resident, region: hebei)

    /// The real date of one sequence, moved on by the test (read by the service on its thread only).
    final class Clock: @unchecked Sendable {
        var today: CivilDate
        init(_ today: CivilDate) { self.today = today }
    }

    /// What happened to the operations of every sequence, so the test knows it tried both sides.
    struct Counts {
        var saved = 0
        var refusedForALaterDay = 0
        var refusedForTheFuture = 0
        var refusedByTheRules = 0
    }

    @Test("on every day every balance stays at or above zero and its quotas, whatever dated changes are asked")
    func invariantHolds() throws {
        var random = Fuzz.generator("ledger-invariant")
        var counts = Counts()
        for sequence in 0..<Fuzz.iterations(default: 200) {
            let dir = TempDir()
            defer { dir.remove() }
            let clock = Clock(Self.start.adding(days: 3))
            let service = try F.service(in: dir) { clock.today }
            try setUp(service, random: &random)
            for step in 0..<10 {
                clock.today = clock.today.adding(days: Int.random(in: 0...1, using: &random))
                let date = Self.date(before: clock.today, random: &random)
                let operation = try perform(service, on: date, random: &random, counts: &counts)
                if let broken = try firstBrokenDay(service, through: clock.today) {
                    Issue.record("sequence \(sequence), step \(step) (\(operation) dated \(date)): \(broken)")
                    return
                }
            }
        }
        #expect(counts.saved > 500)
        #expect(counts.refusedForALaterDay > 20)
        #expect(counts.refusedForTheFuture > 20)
        #expect(counts.refusedByTheRules > 0)
    }

    /// The owner and the son (employee accounts with random opening balances), the grandmother both
    /// pay for in order, and the daughter in Hebei who may be given a quota.
    func setUp(_ service: HouseholdService, random: inout SeededGenerator) throws {
        try service.addPerson(F.owner, openingBalance: Self.money(0...200_000, &random), asOf: Self.start)
        try service.addPerson(Self.son, openingBalance: Self.money(0...200_000, &random), asOf: Self.start)
        try service.addPerson(F.mother, openingBalance: nil, asOf: Self.start)
        try service.addPerson(Self.daughter, openingBalance: nil, asOf: Self.start)
        try service.bind(payer: F.owner.id, beneficiary: F.mother.id, relation: .mother, quota: nil, asOf: Self.start)
        try service.bind(
            payer: Self.son.id, beneficiary: F.mother.id, relation: .paternalGrandmother, quota: nil, asOf: Self.start)
    }

    /// Mostly a day of the last week; now and then one after today (a typo).
    static func date(before today: CivilDate, random: inout SeededGenerator) -> CivilDate {
        if Int.random(in: 0..<10, using: &random) == 0 {
            return today.adding(days: [1, 2, 30, 365 * 30].randomElement(using: &random)!)
        }
        return max(start, today.adding(days: -Int.random(in: 0...6, using: &random)))
    }

    static func money(_ range: ClosedRange<Int64>, _ random: inout SeededGenerator) -> Money {
        Money(fen: Int64.random(in: range, using: &random))
    }

    /// One random change; refusals are counted, anything else fails the test.
    func perform(
        _ service: HouseholdService, on date: CivilDate, random: inout SeededGenerator, counts: inout Counts
    ) throws -> String {
        let payers = [F.owner.id, Self.son.id]
        let everyone = payers + [F.mother.id, Self.daughter.id]
        let name: String
        do {
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<2:
                name = "credit"
                try service.credit(
                    account: payers.randomElement(using: &random)!, amount: Self.money(1...50_000, &random), asOf: date)
            case 2..<7:
                name = "pay"
                try service.pay(
                    beneficiary: everyone.randomElement(using: &random)!, amount: Self.money(1...150_000, &random),
                    asOf: date)
            case 7..<9:
                name = "quota"
                try service.bind(
                    payer: F.owner.id, beneficiary: Self.daughter.id, relation: .daughter,
                    quota: Self.money(1...80_000, &random), asOf: date)
            default:
                name = "unbind"
                try service.unbind(payer: F.owner.id, beneficiary: Self.daughter.id, asOf: date)
            }
            counts.saved += 1
        } catch let refusal as DatedChangeRefusal {
            switch refusal {
            case .future: counts.refusedForTheFuture += 1
            case .shortfall: counts.refusedForALaterDay += 1
            }
        } catch is BindingRefused {
            counts.refusedByTheRules += 1
        }
        return name
    }

    /// The first day from the start through today on which an account is below zero or below the quotas
    /// it had set aside by then (a quota counts from the day its binding began).
    func firstBrokenDay(_ service: HouseholdService, through today: CivilDate) throws -> String? {
        var day = Self.start
        while day <= today {
            var household = try service.store.household(asOf: day)
            household.bindings = household.bindings.filter { $0.since <= day }  // set aside from its first day on
            for (account, totals) in household.accounts.sorted(by: { $0.key < $1.key }) {
                let earmarked = household.earmarked(payer: account)
                if totals.balance < .zero || totals.balance < earmarked {
                    return "\(account.masked) on \(day): balance \(totals.balance), set aside \(earmarked)"
                }
            }
            day = day.adding(days: 1)
        }
        return nil
    }
}
