import Yams

/// How much is credited to a personal account each month (每月划入) for a group of people in a region,
/// from a date (`Data/policy/credits.yaml`).
public struct CreditRule: Hashable, Sendable {
    /// Region prefix; empty for the national rule.
    public var region: String
    public var group: CreditGroup
    public var basis: PolicyBasis
    public var amount: Amount
    /// The rule in words.
    public var text: LocalizedText

    public init(region: String, group: CreditGroup, basis: PolicyBasis, amount: Amount, text: LocalizedText) {
        self.region = region
        self.group = group
        self.basis = basis
        self.amount = amount
        self.text = text
    }

    /// How the amount is found.
    public enum Amount: Hashable, Sendable {
        /// A share of the person's contribution base (缴费基数), in hundredths of a percent (200 = 2%).
        case percentOfBase(basisPoints: Int)
        /// A fixed amount per month by age on the date (the last band whose `fromAge` is reached).
        case monthlyByAge([AgeBand])
        /// A fixed amount per year by age; per month it is a twelfth.
        case yearlyByAge([AgeBand])
        /// A share of a local reference amount (e.g. the 2021 city-average monthly pension) named in words.
        case percentOfReference(basisPoints: Int, reference: LocalizedText)
    }

    /// From `fromAge` (whole years) on, `amount`.
    public struct AgeBand: Hashable, Sendable {
        public var fromAge: Int
        public var amount: Money
        public init(fromAge: Int, amount: Money) {
            self.fromAge = fromAge
            self.amount = amount
        }
    }

    /// The month's credit, fen-exact: shares and twelfths are rounded to the nearest fen, halves up.
    /// Nil when the rule needs an input that is not given (the base, the age, or the reference amount).
    public func monthlyAmount(base: Money? = nil, age: Int? = nil, reference: Money? = nil) -> Money? {
        switch amount {
        case .percentOfBase(let bp):
            guard let base, base.fen >= 0 else { return nil }
            return Money(fen: CreditRule.share(base.fen * Int64(bp), of: 10_000))
        case .percentOfReference(let bp, _):
            guard let reference, reference.fen >= 0 else { return nil }
            return Money(fen: CreditRule.share(reference.fen * Int64(bp), of: 10_000))
        case .monthlyByAge(let bands):
            guard let age, let band = bands.last(where: { $0.fromAge <= age }) else { return nil }
            return band.amount
        case .yearlyByAge(let bands):
            guard let age, let band = bands.last(where: { $0.fromAge <= age }) else { return nil }
            return Money(fen: CreditRule.share(band.amount.fen, of: 12))
        }
    }

    /// `n / d` rounded to the nearest whole number, halves up (n ≥ 0, d > 0).
    static func share(_ n: Int64, of d: Int64) -> Int64 { (n * 2 + d) / (d * 2) }
}

/// Whose credits a rule is for.
public enum CreditGroup: String, CaseIterable, Sendable, Codable {
    /// 在职职工: credited from their own contribution.
    case inService = "in_service"
    /// 退休人员: a fixed amount from the pooled fund.
    case retired
}

extension [CreditRule] {
    /// The rule in force for `group` in `region` on `date`: longest region prefix, then latest date.
    func rule(for region: RegionCode, group: CreditGroup, on date: CivilDate) -> CreditRule? {
        filter { $0.group == group && region.code.hasPrefix($0.region) && $0.basis.effectiveFrom <= date }
            .max { ($0.region.count, $0.basis.effectiveFrom) < ($1.region.count, $1.basis.effectiveFrom) }
    }
}

extension PolicyReader {
    static let creditKeys: Set<String> = basisKeys.union([
        "region", "group", "text", "percent_of_base", "monthly_by_age", "yearly_by_age", "percent_of_reference",
        "reference",
    ])

    func creditRule(_ node: Node) throws(PolicyFileError) -> CreditRule {
        let map = try mapping(node, what: "a credit rule")
        try map.allowOnly(PolicyReader.creditKeys)
        let regionNode = try map.required("region")
        let region = try string(regionNode, what: "region") == "national" ? "" : try regionPrefix(regionNode, what: "region")
        let groupNode = try map.required("group")
        let groupText = try string(groupNode, what: "group")
        guard let group = CreditGroup(rawValue: groupText) else {
            throw fail(line(of: groupNode), "`group` should be in_service or retired, not \(groupText)")
        }
        let kinds = ["percent_of_base", "monthly_by_age", "yearly_by_age", "percent_of_reference"]
        let given = kinds.filter { map.optional($0) != nil }
        guard given.count == 1 else {
            throw fail(map.line, "a credit rule needs exactly one of: \(kinds.joined(separator: ", "))")
        }
        let amount: CreditRule.Amount
        let node = try map.required(given[0])
        switch given[0] {
        case "percent_of_base":
            amount = .percentOfBase(basisPoints: try percent(node, what: "percent_of_base"))
        case "percent_of_reference":
            amount = .percentOfReference(
                basisPoints: try percent(node, what: "percent_of_reference"),
                reference: try text(try map.required("reference"), what: "reference"))
        case "monthly_by_age":
            amount = .monthlyByAge(try ageBands(node, what: "monthly_by_age"))
        default:
            amount = .yearlyByAge(try ageBands(node, what: "yearly_by_age"))
        }
        if map.optional("reference") != nil, given[0] != "percent_of_reference" {
            throw fail(map.keyLine("reference"), "`reference` is only used with percent_of_reference")
        }
        return CreditRule(
            region: region, group: group, basis: try basis(map, defaultCertainty: region.isEmpty ? .national : .regional),
            amount: amount, text: try text(try map.required("text"), what: "text"))
    }

    private func ageBands(_ node: Node, what: String) throws(PolicyFileError) -> [CreditRule.AgeBand] {
        var bands: [CreditRule.AgeBand] = []
        for item in try list(node, what: what) {
            let map = try mapping(item, what: "an age band")
            try map.allowOnly(["from_age", "amount"])
            let ageNode = try map.required("from_age")
            let band = CreditRule.AgeBand(
                fromAge: try int(ageNode, what: "from_age", range: 0...150),
                amount: try money(try map.required("amount"), what: "amount"))
            if let last = bands.last, band.fromAge <= last.fromAge {
                throw fail(line(of: ageNode), "age bands must go up: \(band.fromAge) comes after \(last.fromAge)")
            }
            if bands.isEmpty, band.fromAge != 0 {
                throw fail(line(of: ageNode), "the first age band must start at from_age: 0")
            }
            bands.append(band)
        }
        return bands
    }
}
