/// The policy tables of `Data/policy`, loaded and checked: national rules by date, regional overrides,
/// uses of the account, monthly credits and forbidden conduct. Load it with `PolicyBook.load(files:)`.
public struct PolicyBook: Sendable, RegionRules {
    /// National rules, oldest first.
    public var nationalRules: [NationalRule]
    public var regionOverrides: [RegionOverride]
    /// Every use entry, in file order (use `uses(in:on:)` for those in force somewhere).
    public var uses: [AccountUse]
    public var creditRules: [CreditRule]
    public var fraudPenalties: [FraudRule]
    /// Pooling areas (`pooling.yaml`): where a move ends a binding.
    public var poolingAreas: PoolingAreas = .fallback
    /// Every real region code (GB/T 2260), from `Data/regions/gb2260.tsv`; empty when not given.
    public var regionCatalog: RegionCatalog = .empty

    public init(
        nationalRules: [NationalRule], regionOverrides: [RegionOverride] = [], uses: [AccountUse] = [],
        creditRules: [CreditRule] = [], fraudPenalties: [FraudRule] = []
    ) {
        self.nationalRules = nationalRules.sorted { $0.effectiveFrom < $1.effectiveFrom }
        self.regionOverrides = regionOverrides
        self.uses = uses
        self.creditRules = creditRules
        self.fraudPenalties = fraudPenalties
    }

    /// The national rule in force on `date` (the latest whose `effective_from` ≤ date). Before the first
    /// entry, a rule under which nobody may be paid for.
    public func nationalRule(on date: CivilDate) -> NationalRule {
        nationalRules.last { $0.effectiveFrom <= date }
            ?? NationalRule.none(before: nationalRules.first?.effectiveFrom ?? date)
    }

    /// The first date after `date` on which the national rules allow `kin`, if any.
    public func firstDate(allowing kin: KinClass, after date: CivilDate) -> CivilDate? {
        nationalRules.first { $0.effectiveFrom > date && $0.nearRelatives.contains(kin) }?.effectiveFrom
    }

    /// The first date after `date` on which the national geography becomes `geography`, if any.
    public func firstDate(of geography: NationalRule.Geography, after date: CivilDate) -> CivilDate? {
        nationalRules.first { $0.effectiveFrom > date && $0.geography == geography }?.effectiveFrom
    }

    /// The first date after `date` from which cross-province quotas are allowed, if any.
    public func firstCrossProvinceQuotaDate(after date: CivilDate) -> CivilDate? {
        nationalRules.first { $0.effectiveFrom > date && $0.crossProvinceQuota }?.effectiveFrom
    }

    /// How `region` differs from the national rules on `date`. Each flag separately: the longest
    /// matching prefix wins, then the latest `effective_from` ≤ date; unset flags keep the defaults.
    public func flags(for region: RegionCode, on date: CivilDate) -> RegionFlags {
        regionOverrides.flags(for: region, on: date)
    }

    /// The regional entries that apply to `region` on `date` (for showing their notes), most specific first.
    public func overrides(for region: RegionCode, on date: CivilDate) -> [RegionOverride] {
        regionOverrides.filter { $0.applies(to: region, on: date) }
            .sorted { ($0.prefix.count, $0.basis.effectiveFrom) > ($1.prefix.count, $1.basis.effectiveFrom) }
    }

    /// For each kind of use, the entry in force in `region` on `date`; allowed uses first.
    public func uses(in region: RegionCode, on date: CivilDate) -> [AccountUse] {
        uses.inForce(in: region, on: date)
    }

    /// The credit rule in force for `group` in `region` on `date` (longest prefix, then latest date).
    public func creditRule(for region: RegionCode, group: CreditGroup, on date: CivilDate) -> CreditRule? {
        creditRules.rule(for: region, group: group, on: date)
    }

    /// The monthly credit for a person, fen-exact (nearest fen, halves up), when the rule in force gives a
    /// computable amount: in-service rules need `base` (缴费基数), age bands need `birthDate`, shares of a
    /// local reference amount need `reference`. Nil when there is no rule or an input is missing.
    public func monthlyCredit(
        region: RegionCode, group: CreditGroup, on date: CivilDate, base: Money? = nil, birthDate: CivilDate? = nil,
        reference: Money? = nil
    ) -> Money? {
        creditRule(for: region, group: group, on: date)?
            .monthlyAmount(base: base, age: birthDate.map { $0.years(until: date) }, reference: reference)
    }
}
