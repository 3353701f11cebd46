import Yams

/// The national rules for family mutual aid (家庭共济) in force from one date (`Data/policy/national.yaml`).
public struct NationalRule: Hashable, Sendable {
    public var basis: PolicyBasis
    /// The near-relative classes a payer may pay for.
    public var nearRelatives: Set<KinClass>
    /// Where payer and beneficiary must both be insured for an ordered binding.
    public var geography: Geography
    /// Whether a payer may set a quota (共济额度) for a relative insured in another province.
    public var crossProvinceQuota: Bool
    /// Whether the beneficiary must be enrolled in basic medical insurance to be bound.
    public var beneficiaryMustBeEnrolled: Bool
    /// In the 2025 wallet period (医保钱包): the limits on each transfer into a relative's wallet.
    /// Nil under the 2026 quota model (共济额度), whose limits were not published (REFERENCE §8.1).
    public var walletTransfers: WalletLimits?
    /// The ids of the uses (`Data/policy/uses.yaml`) the national rule allows for a relative.
    public var uses: [String]
    /// What the rule says, in a sentence or two.
    public var summary: LocalizedText

    public var effectiveFrom: CivilDate { basis.effectiveFrom }
    public var source: String { basis.source }

    public init(
        basis: PolicyBasis, nearRelatives: Set<KinClass>, geography: Geography, crossProvinceQuota: Bool,
        beneficiaryMustBeEnrolled: Bool, uses: [String], summary: LocalizedText, walletTransfers: WalletLimits? = nil
    ) {
        self.basis = basis
        self.nearRelatives = nearRelatives
        self.geography = geography
        self.crossProvinceQuota = crossProvinceQuota
        self.beneficiaryMustBeEnrolled = beneficiaryMustBeEnrolled
        self.uses = uses
        self.summary = summary
        self.walletTransfers = walletTransfers
    }

    /// Where payer and beneficiary must be insured (within a province; across provinces is the quota).
    public enum Geography: String, CaseIterable, Sendable, Codable {
        /// The same pooling area (统筹区): the same city, or the same municipality (Beijing, Tianjin,
        /// Shanghai, Chongqing).
        case samePoolingArea = "same_pooling_area"
        /// Anywhere in the same province (省内跨统筹区).
        case sameProvince = "same_province"

        /// Whether two insured regions satisfy this rule.
        public func allows(_ a: RegionCode, _ b: RegionCode) -> Bool {
            switch self {
            case .sameProvince: return a.sameProvince(as: b)
            case .samePoolingArea: return a.poolingArea == b.poolingArea
            }
        }
    }

    /// The rule before family mutual aid existed (before the first entry of the file): nobody may be paid for.
    static func none(before date: CivilDate) -> NationalRule {
        NationalRule(
            basis: PolicyBasis(
                effectiveFrom: CivilDate(year: 1, month: 1, day: 1)!, source: "—", certainty: .national),
            nearRelatives: [], geography: .samePoolingArea, crossProvinceQuota: false,
            beneficiaryMustBeEnrolled: true, uses: [],
            summary: LocalizedText(
                zh: "\(date.iso)之前还没有家庭共济：个人账户只能本人使用。",
                en: "Before \(date.iso) there was no family mutual aid: the account was for its holder only."))
    }
}

extension RegionCode {
    /// The pooling area (统筹区) as a code: the province for the four municipalities, else the city.
    public var poolingArea: String {
        ["11", "12", "31", "50"].contains(provinceCode) ? provinceCode : cityCode
    }
}

extension PolicyReader {
    static let nationalKeys: Set<String> = basisKeys.union([
        "near_relatives", "geography", "cross_province_quota", "beneficiary_must_be_enrolled", "uses", "summary", "wallet_transfers",
    ])

    func nationalRule(_ node: Node, knownUses: Set<String>) throws(PolicyFileError) -> NationalRule {
        let map = try mapping(node, what: "a national rule")
        try map.allowOnly(PolicyReader.nationalKeys)
        let basis = try basis(map, defaultCertainty: .national)
        var kin: Set<KinClass> = []
        for item in try list(try map.required("near_relatives"), what: "near_relatives") {
            let k = try kinClass(item)
            guard kin.insert(k).inserted else { throw fail(line(of: item), "`\(k.yamlName)` is listed twice") }
        }
        let geoNode = try map.required("geography")
        let geoText = try string(geoNode, what: "geography")
        guard let geography = NationalRule.Geography(rawValue: geoText) else {
            throw fail(line(of: geoNode), "`geography` should be same_pooling_area or same_province, not \(geoText)")
        }
        var uses: [String] = []
        for item in try list(try map.required("uses"), what: "uses") {
            let id = try string(item, what: "uses")
            guard knownUses.contains(id) else {
                throw fail(line(of: item), "`\(id)` is not a use listed in policy/uses.yaml")
            }
            uses.append(id)
        }
        return NationalRule(
            basis: basis, nearRelatives: kin, geography: geography,
            crossProvinceQuota: try bool(try map.required("cross_province_quota"), what: "cross_province_quota"),
            beneficiaryMustBeEnrolled: try bool(
                try map.required("beneficiary_must_be_enrolled"), what: "beneficiary_must_be_enrolled"),
            uses: uses, summary: try text(try map.required("summary"), what: "summary"),
            walletTransfers: try map.optional("wallet_transfers").map { (n) throws(PolicyFileError) in
                try walletLimits(n)
            })
    }
}
