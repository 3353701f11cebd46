/// What `yibao person edit` (or the edit screen) asks to change; nil leaves a part as it is.
public struct PersonEdit: Hashable, Sendable {
    public var name: String?
    public var scheme: Scheme?
    public var region: RegionCode?
    /// `.some(date)`: retired on that day; `.some(nil)`: working (no retirement recorded).
    public var retiredOn: CivilDate??
    public var contributionBase: Money?

    public init(
        name: String? = nil, scheme: Scheme? = nil, region: RegionCode? = nil, retiredOn: CivilDate?? = nil,
        contributionBase: Money? = nil
    ) {
        self.name = name
        self.scheme = scheme
        self.region = region
        self.retiredOn = retiredOn
        self.contributionBase = contributionBase
    }
}

/// What a life event changes: the changes to write and the bindings that ended with it.
public struct LifeEventResult: Hashable, Sendable {
    public var changes: [Change]
    public var ended: [BindingEnd]

    public init(changes: [Change], ended: [BindingEnd]) {
        self.changes = changes
        self.ended = ended
    }
}
