import Yams

/// One thing the personal account may (or may not) pay for, nationally or in some regions
/// (`Data/policy/uses.yaml`).
public struct AccountUse: Hashable, Sendable {
    /// A short stable word, e.g. `pharmacy`, `resident_premium`, `fitness`.
    public var id: String
    public var allowed: Bool
    /// Region prefixes where the entry applies; empty for a national entry.
    public var regions: [String]
    /// Whether the account holder may use it for bound relatives too (false: only for the holder).
    public var forRelatives: Bool
    public var basis: PolicyBasis
    /// What the use is, in a few words.
    public var text: LocalizedText

    public var isNational: Bool { regions.isEmpty }

    public init(
        id: String, allowed: Bool, regions: [String] = [], forRelatives: Bool = true, basis: PolicyBasis,
        text: LocalizedText
    ) {
        self.id = id
        self.allowed = allowed
        self.regions = regions
        self.forRelatives = forRelatives
        self.basis = basis
        self.text = text
    }

    /// The length of the longest of `regions` that `region` starts with: 0 for a national entry, nil if
    /// the entry does not cover the region.
    func match(_ region: RegionCode) -> Int? {
        if regions.isEmpty { return 0 }
        return regions.filter { region.code.hasPrefix($0) }.map(\.count).max()
    }
}

extension [AccountUse] {
    /// For each use id, the entry in force in `region` on `date`: the most specific region wins, then the
    /// latest `effective_from`. Sorted: allowed uses first, in file order.
    func inForce(in region: RegionCode, on date: CivilDate) -> [AccountUse] {
        var best: [String: (use: AccountUse, match: Int, order: Int)] = [:]
        for (order, use) in enumerated() where use.basis.effectiveFrom <= date {
            guard let match = use.match(region) else { continue }
            if let current = best[use.id] {
                let better = (match, use.basis.effectiveFrom) > (current.match, current.use.basis.effectiveFrom)
                if !better { continue }
                best[use.id] = (use, match, Swift.min(order, current.order))
            } else {
                best[use.id] = (use, match, order)
            }
        }
        return best.values.sorted { ($0.use.allowed ? 0 : 1, $0.order) < ($1.use.allowed ? 0 : 1, $1.order) }
            .map(\.use)
    }
}

extension PolicyReader {
    static let useKeys: Set<String> = basisKeys.union(["id", "allowed", "regions", "for_relatives", "text"])

    func accountUse(_ node: Node) throws(PolicyFileError) -> AccountUse {
        let map = try mapping(node, what: "a use")
        try map.allowOnly(PolicyReader.useKeys)
        let idNode = try map.required("id")
        let id = try string(idNode, what: "id")
        guard id.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" }) else {
            throw fail(line(of: idNode), "`id` should be lower-case letters, digits and _, not \(id)")
        }
        var regions: [String] = []
        if let list = map.optional("regions") {
            for item in try self.list(list, what: "regions") {
                regions.append(try regionPrefix(item, what: "regions"))
            }
        }
        return AccountUse(
            id: id, allowed: try bool(try map.required("allowed"), what: "allowed"), regions: regions,
            forRelatives: try map.optional("for_relatives").map { (n) throws(PolicyFileError) in
                try bool(n, what: "for_relatives")
            } ?? true,
            basis: try basis(map, defaultCertainty: regions.isEmpty ? .national : .regional),
            text: try text(try map.required("text"), what: "text"))
    }
}
