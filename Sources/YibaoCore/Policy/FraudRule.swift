import Yams

/// A kind of forbidden conduct with the medical-insurance account or card, and what it costs
/// (`Data/policy/fraud.yaml`).
public struct FraudRule: Hashable, Sendable {
    /// A short stable word, e.g. `lend_card`.
    public var id: String
    public var basis: PolicyBasis
    /// What is forbidden, in plain words.
    public var conduct: LocalizedText
    /// What happens to someone who does it.
    public var penalty: LocalizedText

    public init(id: String, basis: PolicyBasis, conduct: LocalizedText, penalty: LocalizedText) {
        self.id = id
        self.basis = basis
        self.conduct = conduct
        self.penalty = penalty
    }
}

extension PolicyReader {
    static let fraudKeys: Set<String> = basisKeys.union(["id", "conduct", "penalty"])

    func fraudRule(_ node: Node) throws(PolicyFileError) -> FraudRule {
        let map = try mapping(node, what: "a conduct entry")
        try map.allowOnly(PolicyReader.fraudKeys)
        return FraudRule(
            id: try string(try map.required("id"), what: "id"),
            basis: try basis(map, defaultCertainty: .national),
            conduct: try text(try map.required("conduct"), what: "conduct"),
            penalty: try text(try map.required("penalty"), what: "penalty"))
    }
}
