import Foundation
import Testing
import YibaoCore
import YibaoService
import YibaoStore

/// Balance's missing months: several months' estimated credits in one transaction with one audit row,
/// refused whole when a month is already recorded; the snapshot says when the owner's last credit was.
@Suite("Missing monthly credits, recorded together")
struct MissingCreditsServiceTests {
    typealias F = Fixtures

    func owner(_ dir: TempDir) throws -> HouseholdService {
        let service = try F.service(in: dir, today: { F.today })
        try service.addPerson(F.owner, openingBalance: Money(fen: 500_000), asOf: F.today)
        try service.editPerson(F.owner.id, PersonEdit(contributionBase: Money(fen: 800_000)), asOf: F.today)
        return service
    }

    static func month(_ m: Int) -> CivilDate { CivilDate(year: 2026, month: m, day: 1)! }

    @Test("Three missing months are recorded as three estimated lines with ONE audit row; the snapshot's last credit moves")
    func threeMonths() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try owner(dir)
        // The opening balance is an adjustment, not a credit: no credit is recorded yet.
        #expect(try service.snapshot(asOf: F.today).ownerLastCredit == nil)
        let auditBefore = try service.store.auditCount()
        let estimates = try service.creditEstimated(for: F.owner.id, months: [Self.month(1), Self.month(2), Self.month(3)])
        #expect(estimates.map(\.month) == ["2026-01", "2026-02", "2026-03"])
        #expect(estimates.allSatisfy { $0.amount == Money(fen: 16_000) })
        let credits = try service.ledger(of: F.owner.id, limit: 10).filter { $0.kind == .credit }
        #expect(credits.count == 3)
        #expect(credits.allSatisfy(Household.isEstimate))
        #expect(Set(credits.map(\.date)) == [Self.month(1), Self.month(2), Self.month(3)])
        #expect(try service.store.auditCount() == auditBefore + 1)
        #expect(try service.audit(limit: 1).first?.auditAction == .creditEstimated)
        #expect(try service.snapshot(asOf: F.today).ownerLastCredit == Self.month(3))
    }

    @Test("A batch with a month already credited is refused whole: nothing written, no audit row")
    func refusedWhole() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try owner(dir)
        try service.creditEstimated(for: F.owner.id, month: Self.month(2))
        let before = try service.export()
        #expect(throws: LifeEventError.monthAlreadyCredited(month: "2026-02")) {
            try service.creditEstimated(for: F.owner.id, months: [Self.month(1), Self.month(2), Self.month(3)])
        }
        #expect(try service.export() == before)
    }

    @Test("Applied as a request from the screens, the months come back as the outcome")
    func asRequest() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try owner(dir)
        let outcome = try service.apply(
            .creditEstimatedMonths(person: F.owner.id, months: [Self.month(1), Self.month(2)]), asOf: F.today)
        guard case .estimatedMonths(let estimates) = outcome else {
            Issue.record("outcome \(outcome)")
            return
        }
        #expect(estimates.map(\.month) == ["2026-01", "2026-02"])
    }
}

/// A relative's balance recorded later: one adjustment of the difference, one audit row.
@Suite("A recorded balance")
struct RecordedBalanceServiceTests {
    typealias F = Fixtures

    @Test("A balance read in the app is recorded as one adjustment of the difference, audited; the same again is refused")
    func adjustment() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try F.service(in: dir, today: { F.today })
        try service.addPerson(F.owner, openingBalance: Money(fen: 500_000), asOf: F.today)
        try service.apply(.recordBalance(person: F.owner.id, balance: Money(fen: 512_345)), asOf: F.today)
        let line = try #require(try service.ledger(of: F.owner.id, limit: 1).first)
        #expect(line.kind == .adjustment)
        #expect(line.amount == Money(fen: 12_345))
        #expect(line.note.contains("¥5,123.45"))
        #expect(try service.snapshot(asOf: F.today).household.accounts[F.owner.id]?.balance == Money(fen: 512_345))
        #expect(try service.audit(limit: 1).first?.auditAction == .balanceRecorded)
        let before = try service.store.auditCount()
        #expect(throws: LifeEventError.balanceUnchanged(name: F.owner.name, balance: Money(fen: 512_345))) {
            try service.recordBalance(F.owner.id, balance: Money(fen: 512_345), asOf: F.today)
        }
        #expect(try service.store.auditCount() == before)
    }
}
