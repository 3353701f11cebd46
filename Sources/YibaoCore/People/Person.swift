/// Someone Yibao knows about: the store's owner, or a relative.
public struct Person: Hashable, Sendable, Codable, Identifiable {
    public var id: ResidentID
    public var name: String
    public var scheme: Scheme
    public var region: RegionCode
    /// The store's owner: the person the app opens for (`--me`).
    public var isOwner: Bool

    public init(id: ResidentID, name: String, scheme: Scheme, region: RegionCode, isOwner: Bool = false) {
        self.id = id
        self.name = name
        self.scheme = scheme
        self.region = region
        self.isOwner = isOwner
    }

    /// Whether the person has an employee personal account (and so may pay for relatives).
    public var hasPersonalAccount: Bool { scheme == .employee }
}
