/// Someone Yibao knows about: the store's owner, or a relative.
public struct Person: Hashable, Sendable, Codable, Identifiable {
    public var id: ResidentID
    public var name: String
    public var scheme: Scheme
    public var region: RegionCode
    /// The store's owner: the person the app opens for (`--me`).
    public var isOwner: Bool
    /// The day the person died, once recorded (`yibao person died`); nil while alive.
    public var diedOn: CivilDate?
    /// The day the person retired, when recorded: their monthly credit then follows the retirees' rule.
    public var retiredOn: CivilDate?
    /// The monthly contribution base (缴费基数) while in service, when recorded.
    public var contributionBase: Money?

    public init(
        id: ResidentID, name: String, scheme: Scheme, region: RegionCode, isOwner: Bool = false,
        diedOn: CivilDate? = nil, retiredOn: CivilDate? = nil, contributionBase: Money? = nil
    ) {
        self.id = id
        self.name = name
        self.scheme = scheme
        self.region = region
        self.isOwner = isOwner
        self.diedOn = diedOn
        self.retiredOn = retiredOn
        self.contributionBase = contributionBase
    }

    /// Whether the person has an employee personal account (and so may pay for relatives).
    public var hasPersonalAccount: Bool { scheme == .employee }

    /// Whether a death has been recorded.
    public var hasDied: Bool { diedOn != nil }
}
