import Yams

/// One entry of `Data/policy/regions.yaml`: how a region (by code prefix) differs from the national rules
/// from a date. Only the flags the entry names are overridden; the others come from shorter prefixes.
public struct RegionOverride: Hashable, Sendable {
    /// 2, 4 or 6 digits: `33` (Zhejiang), `3303` (Wenzhou), `440300` (Shenzhen).
    public var prefix: String
    public var name: LocalizedText
    public var basis: PolicyBasis
    public var onePayerPerSettlement: Bool?
    public var onlyPriorYearsShareable: Bool?
    public var crossProvinceQuota: Bool?
    public var maxPayersPerBeneficiary: Int?
    public var maxBeneficiariesPerPayer: Int?
    public var oneRolePerPerson: Bool?
    public var payerOrderSetBy: PayerOrderSetter?
    /// The month (1-12) the insurance year (医保年度) starts on the 1st of: 7 in Shanghai (July to June).
    public var insuranceYearStartMonth: Int?

    public init(
        prefix: String, name: LocalizedText, basis: PolicyBasis, onePayerPerSettlement: Bool? = nil,
        onlyPriorYearsShareable: Bool? = nil, crossProvinceQuota: Bool? = nil, maxPayersPerBeneficiary: Int? = nil,
        maxBeneficiariesPerPayer: Int? = nil, oneRolePerPerson: Bool? = nil, payerOrderSetBy: PayerOrderSetter? = nil,
        insuranceYearStartMonth: Int? = nil
    ) {
        self.insuranceYearStartMonth = insuranceYearStartMonth
        self.payerOrderSetBy = payerOrderSetBy
        self.maxBeneficiariesPerPayer = maxBeneficiariesPerPayer
        self.oneRolePerPerson = oneRolePerPerson
        self.prefix = prefix
        self.name = name
        self.basis = basis
        self.onePayerPerSettlement = onePayerPerSettlement
        self.onlyPriorYearsShareable = onlyPriorYearsShareable
        self.crossProvinceQuota = crossProvinceQuota
        self.maxPayersPerBeneficiary = maxPayersPerBeneficiary
    }

    /// Whether the entry covers `region` on `date`.
    public func applies(to region: RegionCode, on date: CivilDate) -> Bool {
        region.code.hasPrefix(prefix) && basis.effectiveFrom <= date
    }

    /// The keys of the flags this entry sets: two entries for one prefix and date may not set the same
    /// flag (each fact once, with its own source and certainty).
    public var flagsSet: Set<String> {
        var keys: Set<String> = []
        if onePayerPerSettlement != nil { keys.insert("one_payer_per_settlement") }
        if onlyPriorYearsShareable != nil { keys.insert("only_prior_years_shareable") }
        if crossProvinceQuota != nil { keys.insert("cross_province_quota") }
        if maxPayersPerBeneficiary != nil { keys.insert("max_payers_per_beneficiary") }
        if maxBeneficiariesPerPayer != nil { keys.insert("max_beneficiaries_per_payer") }
        if oneRolePerPerson != nil { keys.insert("one_role_per_person") }
        if payerOrderSetBy != nil { keys.insert("payer_order_set_by") }
        if insuranceYearStartMonth != nil { keys.insert("insurance_year_starts_month") }
        return keys
    }
}

extension [RegionOverride] {
    /// Resolves each flag separately: among entries that set it and apply, the longest prefix wins, and
    /// among those the latest `effective_from`.
    func flags(for region: RegionCode, on date: CivilDate) -> RegionFlags {
        let applicable = filter { $0.applies(to: region, on: date) }
            .sorted { ($0.prefix.count, $0.basis.effectiveFrom) > ($1.prefix.count, $1.basis.effectiveFrom) }
        var flags = RegionFlags()
        if let v = applicable.lazy.compactMap(\.onePayerPerSettlement).first { flags.onePayerPerSettlement = v }
        if let v = applicable.lazy.compactMap(\.onlyPriorYearsShareable).first { flags.onlyPriorYearsShareable = v }
        if let v = applicable.lazy.compactMap(\.crossProvinceQuota).first { flags.crossProvinceQuota = v }
        if let v = applicable.lazy.compactMap(\.maxPayersPerBeneficiary).first {
            flags.maxPayersPerBeneficiary = v == 0 ? nil : v
        }
        if let v = applicable.lazy.compactMap(\.maxBeneficiariesPerPayer).first {
            flags.maxBeneficiariesPerPayer = v == 0 ? nil : v
        }
        if let v = applicable.lazy.compactMap(\.oneRolePerPerson).first { flags.oneRolePerPerson = v }
        if let v = applicable.lazy.compactMap(\.payerOrderSetBy).first { flags.payerOrderSetBy = v }
        if let v = applicable.lazy.compactMap(\.insuranceYearStartMonth).first { flags.insuranceYearStartMonth = v }
        return flags
    }
}

extension PolicyReader {
    static let regionKeys: Set<String> = basisKeys.union([
        "region", "name", "one_payer_per_settlement", "only_prior_years_shareable", "cross_province_quota",
        "max_payers_per_beneficiary", "max_beneficiaries_per_payer", "one_role_per_person", "payer_order_set_by",
        "insurance_year_starts_month",
    ])

    func regionOverride(_ node: Node) throws(PolicyFileError) -> RegionOverride {
        let map = try mapping(node, what: "a region entry")
        try map.allowOnly(PolicyReader.regionKeys)
        let prefix = try regionPrefix(try map.required("region"), what: "region")
        let basis = try basis(map, defaultCertainty: .regional)
        func flag(_ key: String) throws(PolicyFileError) -> Bool? {
            guard let n = map.optional(key) else { return nil }
            return try bool(n, what: key)
        }
        let entry = RegionOverride(
            prefix: prefix, name: try text(try map.required("name"), what: "name"), basis: basis,
            onePayerPerSettlement: try flag("one_payer_per_settlement"),
            onlyPriorYearsShareable: try flag("only_prior_years_shareable"),
            crossProvinceQuota: try flag("cross_province_quota"),
            maxPayersPerBeneficiary: try map.optional("max_payers_per_beneficiary").map {
                (n) throws(PolicyFileError) in try int(n, what: "max_payers_per_beneficiary", range: 0...99)
            },
            maxBeneficiariesPerPayer: try map.optional("max_beneficiaries_per_payer").map {
                (n) throws(PolicyFileError) in try int(n, what: "max_beneficiaries_per_payer", range: 0...99)
            },
            oneRolePerPerson: try flag("one_role_per_person"),
            payerOrderSetBy: try map.optional("payer_order_set_by").map { (n) throws(PolicyFileError) in
                let text = try string(n, what: "payer_order_set_by")
                guard let who = PayerOrderSetter(rawValue: text) else {
                    throw fail(line(of: n), "`payer_order_set_by` should be beneficiary or payer, not \(text)")
                }
                return who
            },
            insuranceYearStartMonth: try map.optional("insurance_year_starts_month").map {
                (n) throws(PolicyFileError) in try int(n, what: "insurance_year_starts_month", range: 1...12)
            })
        guard entry.onePayerPerSettlement != nil || entry.onlyPriorYearsShareable != nil
            || entry.crossProvinceQuota != nil || entry.maxPayersPerBeneficiary != nil
            || entry.maxBeneficiariesPerPayer != nil || entry.oneRolePerPerson != nil || entry.payerOrderSetBy != nil
            || entry.insuranceYearStartMonth != nil
        else {
            throw fail(
                map.line,
                "this region entry changes nothing: give at least one of one_payer_per_settlement, "
                    + "only_prior_years_shareable, cross_province_quota, max_payers_per_beneficiary")
        }
        return entry
    }
}
