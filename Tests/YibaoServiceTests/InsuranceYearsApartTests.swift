import Foundation
import Testing
import YibaoCore
import YibaoService
import YibaoStore

/// Issue 19 (round four): the app gives the service the insurance years read from `regions.yaml` alone, so
/// reading Home again (after a change, on return, when another window writes) never parses every policy
/// table; a change still loads the policy, and from then on its own years are used.
@Suite("Insurance years given apart from the policy")
struct InsuranceYearsApartTests {
    typealias F = Fixtures

    /// Counts the loads a service asks for.
    final class Loads: @unchecked Sendable {
        var policy = 0
        var years = 0
    }

    static func service(in dir: TempDir, loads: Loads) throws -> HouseholdService {
        let setup = try F.service(in: dir)
        try setup.addPerson(F.owner, openingBalance: Money(fen: 1_000), asOf: F.today)
        return HouseholdService(
            store: setup.store,
            policy: {
                loads.policy += 1
                return F.policy
            },
            insuranceYears: {
                loads.years += 1
                return F.policy.insuranceYears
            })
    }

    @Test("snapshots and household reads use the years given and do not load the policy")
    func readsDoNotLoadPolicy() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let loads = Loads()
        let service = try Self.service(in: dir, loads: loads)
        let snapshot = try service.snapshot(asOf: F.today)
        _ = try service.snapshot(asOf: F.today)
        _ = try service.household(asOf: F.today)
        #expect(snapshot.household.accounts[F.owner.id]?.balance == Money(fen: 1_000))
        #expect(loads.policy == 0)
        #expect(loads.years == 3)
    }

    @Test("once a change has loaded the policy, reads count years by the policy itself")
    func afterChangeUsesPolicy() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let loads = Loads()
        let service = try Self.service(in: dir, loads: loads)
        try service.addRelative(
            F.mother, openingBalance: nil, payer: F.owner.id, relation: .mother, quota: nil, asOf: F.today)
        #expect(loads.policy == 1)
        let yearsBefore = loads.years
        _ = try service.snapshot(asOf: F.today)
        #expect(loads.years == yearsBefore)
        #expect(loads.policy == 1)
    }
}
