import Yams

/// A pooling area (统筹区) for basic medical insurance: the place inside which a move ends no binding.
/// `code` is the area's key: the prefix of the region codes it covers (2 digits for a municipality or a
/// province that pools as one, 4 for a prefecture-level city, 6 for a place pooling on its own).
public struct PoolingArea: Hashable, Sendable {
    public var code: String
    public var level: Level
    /// Where the entry comes from; nil for the default (a prefecture-level city, no entry in the file).
    public var basis: PolicyBasis?
    /// The place's name where the file gives one.
    public var name: LocalizedText?

    public init(code: String, level: Level, basis: PolicyBasis? = nil, name: LocalizedText? = nil) {
        self.code = code
        self.level = level
        self.basis = basis
        self.name = name
    }

    /// How a place pools.
    public enum Level: String, CaseIterable, Sendable {
        /// Beijing, Tianjin, Shanghai, Chongqing: the whole city.
        case municipality
        /// A province pooling as one area.
        case province
        /// The default: the prefecture-level city (地级市), the first four digits.
        case prefecture
        /// A place that is an area of its own (the 兵团's cities): all six digits.
        case own
    }

    /// How sure the data is; the default prefecture rule is the national principle (国发〔1998〕44号).
    public var certainty: Certainty { basis?.certainty ?? .national }
}

/// The pooling-area table of `Data/policy/pooling.yaml`: entries by region code prefix, the longest
/// matching prefix winning; a region no entry covers pools by prefecture-level city.
public struct PoolingAreas: Hashable, Sendable {
    /// Entries by region code prefix.
    public var entries: [String: PoolingArea]

    public init(entries: [String: PoolingArea] = [:]) {
        self.entries = entries
    }

    /// The four municipalities as whole cities, with no sources: what Yibao assumes when the policy
    /// folder has no `pooling.yaml`.
    public static let fallback = PoolingAreas(
        entries: Dictionary(
            uniqueKeysWithValues: ["11", "12", "31", "50"].map { ($0, PoolingArea(code: $0, level: .municipality)) }))

    /// The pooling area `region` belongs to.
    public func area(of region: RegionCode) -> PoolingArea {
        for length in [6, 4, 2] {
            let prefix = String(region.code.prefix(length))
            guard let entry = entries[prefix] else { continue }
            switch entry.level {
            case .municipality, .province: return PoolingArea(code: region.provinceCode, level: entry.level, basis: entry.basis, name: entry.name)
            case .prefecture: return PoolingArea(code: region.cityCode, level: .prefecture, basis: entry.basis, name: entry.name)
            case .own: return PoolingArea(code: region.code, level: .own, basis: entry.basis, name: entry.name)
            }
        }
        return PoolingArea(code: region.cityCode, level: .prefecture)
    }

    /// Whether a move from `a` to `b` stays inside one pooling area.
    public func samePoolingArea(_ a: RegionCode, _ b: RegionCode) -> Bool { area(of: a).code == area(of: b).code }

    /// Reads `policy/pooling.yaml` from `files`; the fallback when the file is not there.
    public static func load(files: [String: String]) throws(PolicyFileError) -> PoolingAreas {
        let path = "policy/pooling.yaml"
        guard let text = files[path] else { return .fallback }
        let reader = PolicyReader(file: path)
        let doc = try reader.document(text)
        try doc.allowOnly(["pooling"])
        var entries: [String: PoolingArea] = [:]
        for node in try reader.list(try doc.required("pooling"), what: "pooling") {
            let area = try reader.poolingArea(node)
            guard entries[area.code] == nil else { throw reader.duplicate(node, "pooling area \(area.code)") }
            entries[area.code] = area
        }
        return PoolingAreas(entries: entries)
    }
}

extension PolicyReader {
    static let poolingKeys: Set<String> = basisKeys.union(["region", "level", "name"])

    func poolingArea(_ node: Node) throws(PolicyFileError) -> PoolingArea {
        let map = try mapping(node, what: "a pooling area")
        try map.allowOnly(PolicyReader.poolingKeys)
        let regionNode = try map.required("region")
        let region = try regionPrefix(regionNode, what: "region")
        let levelNode = try map.required("level")
        let levelText = try string(levelNode, what: "level")
        guard let level = PoolingArea.Level(rawValue: levelText) else {
            throw fail(line(of: levelNode), "`level` should be municipality, province, prefecture or own, not \(levelText)")
        }
        let expected: Int? =
            switch level {
            case .municipality, .province: 2
            case .prefecture: 4
            case .own: 6
            }
        if let expected, region.count != expected {
            throw fail(line(of: regionNode), "a `\(levelText)` pooling area is named by \(expected) digits, not \(region)")
        }
        return PoolingArea(
            code: region, level: level, basis: try basis(map, defaultCertainty: .regional),
            name: try text(try map.required("name"), what: "name"))
    }
}
