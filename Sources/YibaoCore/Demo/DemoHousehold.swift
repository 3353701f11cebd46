import Yams

/// The sample household of `Data/demo/household.yaml`, turned into the steps that build it.
///
/// Each step is a model decision (`(Household) throws -> [Change]`); the service runs them all in ONE
/// transaction, each on the household the earlier steps left, so the demo goes through the same rules
/// as a person's own changes and is saved whole or not at all.
public struct DemoHousehold: Sendable {
    public struct PersonSpec: Sendable {
        public var person: Person
        public var openingBalance: Money?
        /// Used only for months where the credit table gives no amount.
        public var monthlyCredit: Money?
        /// Whose credit rule applies (`credit_group`); nil keeps `monthlyCredit` for every month.
        public var creditGroup: CreditGroup?
        /// The contribution base (缴费基数) for in-service credits.
        public var contributionBase: Money?
        public var spending: [(monthsAgo: Int, day: Int, amount: Money, note: String)]
    }
    public struct BindingSpec: Sendable {
        public var payer: ResidentID
        public var beneficiary: ResidentID
        public var relation: Relationship
        public var quota: Money?
    }
    public var people: [PersonSpec]
    public var bindings: [BindingSpec]
    public var payments: [(beneficiary: ResidentID, amount: Money)]

    /// Reads the demo file; `today` dates the ledger and validates the ID numbers.
    public init(yaml text: String, file: String = "demo/household.yaml", today: CivilDate) throws(PolicyFileError) {
        func fail(_ node: Node?, _ message: String) -> PolicyFileError {
            PolicyFileError(file: file, line: node?.mark?.line ?? 0, message: message)
        }
        guard let root = try YAMLText.compose(text, file: file) else { throw fail(nil, "the file is empty") }
        func string(_ node: Node?, _ key: String) throws(PolicyFileError) -> String {
            guard let value = node?[key]?.string else { throw fail(node, "missing `\(key)`") }
            return value
        }
        func money(_ node: Node?, _ key: String) throws(PolicyFileError) -> Money? {
            guard let raw = node?[key]?.string else { return nil }
            do { return try Money.parse(raw) } catch { throw fail(node?[key], "`\(key)`: \(error.message.en)") }
        }
        func id(_ node: Node?, _ key: String) throws(PolicyFileError) -> ResidentID {
            let raw = try string(node, key)
            do { return try ResidentID(raw, today: today) } catch { throw fail(node?[key], error.message.en) }
        }

        var people: [PersonSpec] = []
        for node in root["people"]?.sequence ?? [] {
            guard let scheme = Scheme(rawValue: try string(node, "scheme")) else { throw fail(node, "unknown scheme") }
            guard let region = RegionCode(try string(node, "region")) else { throw fail(node, "bad region code") }
            let person = Person(
                id: try id(node, "id"), name: try string(node, "name"), scheme: scheme, region: region,
                isOwner: node["owner"]?.bool ?? false)
            var spending: [(Int, Int, Money, String)] = []
            for item in node["spending"]?.sequence ?? [] {
                guard let months = item["months_ago"]?.int, let day = item["day"]?.int, (1...28).contains(day),
                    let amount = try money(item, "amount")
                else { throw fail(item, "spending needs months_ago, day (1-28) and amount") }
                spending.append((months, day, amount, item["note"]?.string ?? ""))
            }
            var group: CreditGroup?
            if let raw = node["credit_group"]?.string {
                guard let g = CreditGroup(rawValue: raw) else { throw fail(node["credit_group"], "unknown credit_group") }
                group = g
            }
            people.append(
                PersonSpec(
                    person: person, openingBalance: try money(node, "opening_balance"),
                    monthlyCredit: try money(node, "monthly_credit"), creditGroup: group,
                    contributionBase: try money(node, "contribution_base"), spending: spending))
        }
        var bindings: [BindingSpec] = []
        for node in root["bindings"]?.sequence ?? [] {
            guard let relation = Relationship(rawValue: try string(node, "relation")) else {
                throw fail(node, "unknown relation")
            }
            bindings.append(
                BindingSpec(
                    payer: try id(node, "payer"), beneficiary: try id(node, "beneficiary"), relation: relation,
                    quota: try money(node, "quota")))
        }
        var payments: [(ResidentID, Money)] = []
        for node in root["payments"]?.sequence ?? [] {
            guard let amount = try money(node, "amount") else { throw fail(node, "missing `amount`") }
            payments.append((try id(node, "beneficiary"), amount))
        }
        self.people = people
        self.bindings = bindings
        self.payments = payments
    }

    /// The credit for `spec` in the month of `date`: from the credit table (`policy`) for the person's
    /// region, group, base and age on that date; `monthlyCredit` where the table gives no amount.
    public func credit(for spec: PersonSpec, on date: CivilDate, policy: PolicyBook?) -> Money? {
        if let policy, let group = spec.creditGroup,
            let amount = policy.monthlyCredit(
                region: spec.person.region, group: group, on: date, base: spec.contributionBase,
                birthDate: spec.person.id.birthDate)
        {
            return amount
        }
        return spec.monthlyCredit
    }

    /// Ledger lines for one person over the 24 months before `today`, oldest first: the opening
    /// balance 24 months back, a credit on the 5th of each month (from `policy`'s credit table where it
    /// has one), and the listed spending.
    public func ledger(for spec: PersonSpec, today: CivilDate, policy: PolicyBook? = nil) -> [LedgerEntry] {
        guard spec.person.hasPersonalAccount else { return [] }
        func monthsBack(_ n: Int, day: Int) -> CivilDate {
            let index = today.year * 12 + (today.month - 1) - n
            return CivilDate(year: index / 12, month: index % 12 + 1, day: day)!
        }
        var entries: [LedgerEntry] = []
        let id = spec.person.id
        if let opening = spec.openingBalance, opening > .zero {
            entries.append(
                LedgerEntry(
                    account: id, date: monthsBack(24, day: 1), kind: .adjustment, amount: opening,
                    note: "期初余额 opening balance"))
        }
        for n in stride(from: 23, through: 0, by: -1) {
            let date = monthsBack(n, day: 5)
            if date <= today, let credit = credit(for: spec, on: date, policy: policy) {
                entries.append(LedgerEntry(account: id, date: date, kind: .credit, amount: credit, note: "月度划入"))
            }
            for s in spec.spending where s.monthsAgo == n {
                let date = monthsBack(n, day: s.day)
                if date <= today {
                    entries.append(
                        LedgerEntry(account: id, date: date, kind: .ownSpending, amount: -s.amount, note: s.note))
                }
            }
        }
        return entries.sorted { $0.date < $1.date }
    }
}
