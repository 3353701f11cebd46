import YibaoCore
import YibaoData
import YibaoStore

/// Times the store work behind the screens, in this process, as the app does it: open and read what
/// Home shows, read the first page of the Balance ledger, save a binding, record a payment.
struct StoreOperations {
    let path: String
    let today: CivilDate
    let policy: PolicyBook
    let owner: ResidentID
    let unbound: ResidentID
    let patient: ResidentID

    /// The ledger page the Balance screen asks for (a generous screenful).
    static let pageSize = 50

    init(path: String, date: String, spec: StoreSpec) throws(BenchError) {
        guard let today = CivilDate(iso: date) else { throw BenchError("bad date \(date)") }
        do {
            policy = try PolicyBook.load(files: EmbeddedFiles.all)
            owner = try ResidentID(StoreSpec.owner.id, today: today)
            unbound = try ResidentID(StoreSpec.unbound.id, today: today)
            patient = try ResidentID(spec.relative(0).person.id, today: today)
        } catch {
            throw BenchError("could not prepare the store timing: \(error)")
        }
        self.path = path
        self.today = today
    }

    func run(as subject: String, into samples: inout Samples) throws(BenchError) {
        do {
            var started = Clock.now()
            let store = try Store.open(path: path, create: false)
            let opened = Clock.now()
            let household = try store.household(asOf: today)
            let summed = Clock.now()
            _ = try store.owner()
            _ = try store.lastChange()
            let counts = try store.ledgerCounts()
            for (id, person) in household.persons where person.hasPersonalAccount {
                _ = counts[id] ?? 0
            }
            let done = Clock.now()
            samples.add(subject, "store_open_home_ms", Clock.ms(started, done))
            samples.add(subject, "store_open_ms", Clock.ms(started, opened))
            samples.add(subject, "store_household_ms", Clock.ms(opened, summed))
            samples.add(subject, "store_ledger_counts_ms", Clock.ms(summed, done))

            started = Clock.now()
            let page = try store.ledger(of: owner, offset: 0, limit: StoreOperations.pageSize)
            samples.add(subject, "store_balance_page_ms", Clock.ms(started, Clock.now()))
            guard !page.isEmpty else { throw BenchError("\(subject): the owner's ledger is empty") }

            let (owner, unbound, patient, policy) = (self.owner, self.unbound, self.patient, self.policy)
            started = Clock.now()
            _ = try store.change(asOf: today, action: .bind, summary: "bench: bind") {
                try $0.bind(payer: owner, beneficiary: unbound, relation: .daughter, quota: nil, policy: policy)
            }
            samples.add(subject, "store_bind_ms", Clock.ms(started, Clock.now()))
            _ = try store.change(asOf: today, action: .unbind, summary: "bench: unbind") {
                try $0.unbind(payer: owner, beneficiary: unbound).changes
            }

            started = Clock.now()
            _ = try store.change(asOf: today, action: .pay, summary: "bench: payment") {
                try $0.pay(beneficiary: patient, amount: Money(fen: 1_000), rules: policy).changes
            }
            samples.add(subject, "store_pay_ms", Clock.ms(started, Clock.now()))
            try store.close()
        } catch let error as BenchError {
            throw error
        } catch {
            throw BenchError("\(subject): a store operation failed: \(error)")
        }
    }
}
