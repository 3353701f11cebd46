/// How a region's rules differ from the national ones on a given date (from `Data/policy/regions.yaml`).
public struct RegionFlags: Hashable, Sendable, Codable {
    /// Wenzhou-type: one settlement may draw on at most one payer's account.
    public var onePayerPerSettlement: Bool
    /// Shanghai/Zhejiang-type: only the prior-years balance (历年结余) of a payer may be shared.
    public var onlyPriorYearsShareable: Bool
    /// Whether the region takes part in cross-province quotas (跨省共济额度).
    public var crossProvinceQuota: Bool
    /// A cap on payers per beneficiary, where the region sets one.
    public var maxPayersPerBeneficiary: Int?
    /// A cap on beneficiaries per payer, where the region sets one (Linyi: 6).
    public var maxBeneficiariesPerPayer: Int?
    /// Linyi-type: a person is either a payer or a beneficiary, never both.
    public var oneRolePerPerson: Bool
    /// Who sets the order in which a beneficiary's payers are charged (REFERENCE §1.11).
    public var payerOrderSetBy: PayerOrderSetter
    /// The month the insurance year (医保年度) starts on the 1st of: 1 (the calendar year) unless the
    /// region says otherwise (Shanghai: 7, July to June). "This year" and "prior years" (历年) follow it.
    public var insuranceYearStartMonth: Int

    public init(
        onePayerPerSettlement: Bool = false, onlyPriorYearsShareable: Bool = false,
        crossProvinceQuota: Bool = true, maxPayersPerBeneficiary: Int? = nil, maxBeneficiariesPerPayer: Int? = nil,
        oneRolePerPerson: Bool = false, payerOrderSetBy: PayerOrderSetter = .beneficiary,
        insuranceYearStartMonth: Int = 1
    ) {
        self.insuranceYearStartMonth = insuranceYearStartMonth
        self.payerOrderSetBy = payerOrderSetBy
        self.maxBeneficiariesPerPayer = maxBeneficiariesPerPayer
        self.oneRolePerPerson = oneRolePerPerson
        self.onePayerPerSettlement = onePayerPerSettlement
        self.onlyPriorYearsShareable = onlyPriorYearsShareable
        self.crossProvinceQuota = crossProvinceQuota
        self.maxPayersPerBeneficiary = maxPayersPerBeneficiary
    }
}

/// Anything that can say how a region's rules differ on a date (`PolicyBook` in production, a
/// fixed table in tests).
public protocol RegionRules: Sendable {
    func flags(for region: RegionCode, on date: CivilDate) -> RegionFlags
}

/// Who may set the order of a beneficiary's payers: the beneficiary (Beijing: the person who uses the
/// linked accounts, or a guardian) or each payer (Wenzhou: the 发起人). Not confirmed in general, so
/// the default is the beneficiary, who (or whose guardian) must agree to any order set for them.
public enum PayerOrderSetter: String, CaseIterable, Hashable, Sendable, Codable {
    case beneficiary
    case payer
}
