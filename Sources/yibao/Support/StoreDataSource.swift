import YibaoCore
import YibaoStore
import YibaoUI

/// The app's data over the real store and policy: reads snapshots, pages the ledger, and carries
/// out each change as one transaction decided by the model.
final class StoreDataSource: AppDataSource {
    let store: Store
    let policy: PolicyBook
    /// Home's data read ahead (while the data files were still being parsed), given out once by the
    /// first `snapshot(asOf:)` for that date.
    private var prefetched: AppSnapshot?

    init(store: Store, policy: PolicyBook, prefetched: AppSnapshot? = nil) {
        self.store = store
        self.policy = policy
        self.prefetched = prefetched
    }

    func snapshot(asOf date: CivilDate) throws -> AppSnapshot {
        if let ready = prefetched {
            prefetched = nil
            if ready.household.date == date { return ready }
        }
        return try StoreDataSource.snapshot(of: store, asOf: date)
    }

    /// What every screen reads: the household as of `date`, the owner, the last change, ledger counts.
    static func snapshot(of store: Store, asOf date: CivilDate) throws -> AppSnapshot {
        let household = try store.household(asOf: date)
        let all = try store.ledgerCounts()
        var counts: [ResidentID: Int] = [:]
        for (id, person) in household.persons where person.hasPersonalAccount {
            counts[id] = all[id] ?? 0
        }
        return AppSnapshot(
            household: household, owner: try store.owner()?.id, lastChange: try store.lastChange(), ledgerCounts: counts)
    }

    func ledger(of account: ResidentID, offset: Int, limit: Int) throws -> [LedgerEntry] {
        try store.ledger(of: account, offset: offset, limit: limit)
    }

    func apply(_ request: ChangeRequest, asOf date: CivilDate) throws -> ChangeOutcome {
        let policy = self.policy
        switch request {
        case .addPerson(let person, let opening):
            try store.change(asOf: date, action: "person.add", summary: "add person \(person.id.masked)") {
                try $0.addPerson(person, openingBalance: opening)
            }
        case .bind(let payer, let beneficiary, let relation, let quota):
            try store.change(
                asOf: date, action: "bind", summary: "bind \(payer.masked) -> \(beneficiary.masked) as \(relation.rawValue)"
            ) {
                try $0.bind(payer: payer, beneficiary: beneficiary, relation: relation, quota: quota, policy: policy)
            }
        case .unbind(let payer, let beneficiary):
            var returned = Money.zero
            try store.change(asOf: date, action: "unbind", summary: "unbind \(payer.masked) -> \(beneficiary.masked)") {
                let result = try $0.unbind(payer: payer, beneficiary: beneficiary)
                returned = result.returnedQuota
                return result.changes
            }
            return .unbound(returnedQuota: returned)
        case .setPayerOrder(let beneficiary, let order):
            try store.change(asOf: date, action: "order", summary: "set payer order for \(beneficiary.masked)") {
                try $0.setPayerOrder(beneficiary: beneficiary, order: order)
            }
        case .createDemo:
            try DemoLoader.build(into: store, today: date, policy: policy)
        }
        return .done
    }

    func rememberLanguage(_ language: Language) {
        try? store.setPreference("language", language.rawValue)
    }
}
