import YibaoCore
import YibaoStore

extension HouseholdService {
    /// Builds the demo household (`Data/demo/household.yaml`) through the model, in ONE transaction
    /// with one audit row: its people and their ledgers, then the bindings, then the payments, each
    /// step deciding on the household the earlier steps left. Only into a store with no one in it;
    /// all of it or nothing.
    public func loadDemo(asOf today: CivilDate) throws {
        guard let text = demoText else { throw ServiceRefusal.demoMissing }
        let demo: DemoHousehold
        do { demo = try DemoHousehold(yaml: text, today: today) } catch {
            throw ServiceRefusal.demoFile(detail: error.description)
        }
        let policy = try policy()
        try store.changeInSteps(
            asOf: today, today: self.today(), years: insuranceYears(), action: .demo, summary: AuditWords.demo(demo)
        ) { steps in
            try steps.step { household in
                guard household.persons.isEmpty else { throw ServiceRefusal.demoNeedsEmptyStore }
                return []
            }
            for spec in demo.people {
                try steps.step {
                    try $0.addPerson(spec.person, openingBalance: nil)
                        + demo.ledger(for: spec, today: today, policy: policy).map(Change.addLedgerEntry)
                }
            }
            for b in demo.bindings {
                try steps.step {
                    try $0.bind(
                        payer: b.payer, beneficiary: b.beneficiary, relation: b.relation, quota: b.quota,
                        policy: policy)
                }
            }
            for p in demo.payments {
                try steps.step { try $0.pay(beneficiary: p.beneficiary, amount: p.amount, rules: policy).changes }
            }
        }
    }
}
