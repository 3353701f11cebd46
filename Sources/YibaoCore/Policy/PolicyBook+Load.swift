import Yams

extension PolicyBook {
    /// The files a `PolicyBook` reads, relative to `Data/`, with the list each one holds.
    public static let fileNames: [String] = [
        "policy/national.yaml", "policy/regions.yaml", "policy/uses.yaml", "policy/credits.yaml",
        "policy/fraud.yaml",
    ]

    /// Reads and checks the policy files. `files` maps paths relative to `Data/` to their text (the app
    /// merges the embedded files with an operator's override folder first); keys this loader does not
    /// own are ignored. Refuses, with the file and line, any syntax error, unknown key, bad date, unknown
    /// near-relative class, bad region code, missing `source`/`effective_from`, duplicate entry or empty list.
    public static func load(files: [String: String]) throws(PolicyFileError) -> PolicyBook {
        try load(files: files, regionOverrides: nil)
    }

    /// The same, with `regions.yaml`'s entries already read from these `files` by `regionOverrides(files:)`
    /// (the app gives the built-in file's entries compiled in at build time, `BuiltInPolicy`): that file is
    /// not parsed again.
    public static func load(files: [String: String], regionOverrides parsedRegions: [RegionOverride]?)
        throws(PolicyFileError) -> PolicyBook
    {
        let (useReader, useNodes) = try entries(files, "policy/uses.yaml", key: "uses")
        var uses: [AccountUse] = []
        for node in useNodes {
            let use = try useReader.accountUse(node)
            if uses.contains(where: {
                $0.id == use.id && $0.basis.effectiveFrom == use.basis.effectiveFrom
                    && Set($0.regions) == Set(use.regions)
            }) {
                throw useReader.duplicate(node, "use `\(use.id)` from \(use.basis.effectiveFrom.iso)")
            }
            uses.append(use)
        }

        let (nationalReader, nationalNodes) = try entries(files, "policy/national.yaml", key: "rules")
        var national: [NationalRule] = []
        for node in nationalNodes {
            let rule = try nationalReader.nationalRule(node, knownUses: Set(uses.map(\.id)))
            if national.contains(where: { $0.effectiveFrom == rule.effectiveFrom }) {
                throw nationalReader.duplicate(node, "national rule from \(rule.effectiveFrom.iso)")
            }
            national.append(rule)
        }

        let regions: [RegionOverride]
        if let parsedRegions { regions = parsedRegions } else { regions = try regionOverrides(files: files) }

        let (creditReader, creditNodes) = try entries(files, "policy/credits.yaml", key: "credits")
        var credits: [CreditRule] = []
        for node in creditNodes {
            let rule = try creditReader.creditRule(node)
            if credits.contains(where: {
                $0.region == rule.region && $0.group == rule.group && $0.basis.effectiveFrom == rule.basis.effectiveFrom
            }) {
                let region = rule.region.isEmpty ? "national" : rule.region
                throw creditReader.duplicate(
                    node, "\(rule.group.rawValue) credit rule for \(region) from \(rule.basis.effectiveFrom.iso)")
            }
            credits.append(rule)
        }

        let (fraudReader, fraudNodes) = try entries(files, "policy/fraud.yaml", key: "conduct")
        var fraud: [FraudRule] = []
        for node in fraudNodes {
            let rule = try fraudReader.fraudRule(node)
            if fraud.contains(where: { $0.id == rule.id }) {
                throw fraudReader.duplicate(node, "conduct `\(rule.id)`")
            }
            fraud.append(rule)
        }

        var book = PolicyBook(
            nationalRules: national, regionOverrides: regions, uses: uses, creditRules: credits,
            fraudPenalties: fraud)
        book.poolingAreas = try PoolingAreas.load(files: files)
        if let list = files[RegionCatalog.fileName] { book.regionCatalog = RegionCatalog.reading(list) }
        return book
    }

    /// The entries of `policy/regions.yaml` in `files`, checked as `load` checks them (syntax, keys, dates,
    /// codes, and no two entries for the same prefix and date setting the same flag).
    public static func regionOverrides(files: [String: String]) throws(PolicyFileError) -> [RegionOverride] {
        let (regionReader, regionNodes) = try entries(files, "policy/regions.yaml", key: "regions")
        var regions: [RegionOverride] = []
        for node in regionNodes {
            let entry = try regionReader.regionOverride(node)
            if regions.contains(where: {
                $0.prefix == entry.prefix && $0.basis.effectiveFrom == entry.basis.effectiveFrom
                    && !$0.flagsSet.isDisjoint(with: entry.flagsSet)
            }) {
                throw regionReader.duplicate(node, "region \(entry.prefix) from \(entry.basis.effectiveFrom.iso)")
            }
            regions.append(entry)
        }
        return regions
    }

    /// One policy file's reader and the list under its one top-level `key`.
    private static func entries(_ files: [String: String], _ path: String, key: String) throws(PolicyFileError)
        -> (PolicyReader, [Node])
    {
        let reader = PolicyReader(file: path)
        guard let text = files[path] else { throw reader.fail(0, "the file is missing") }
        let doc = try reader.document(text)
        try doc.allowOnly([key])
        return (reader, try reader.list(try doc.required(key), what: key))
    }
}

extension PolicyReader {
    func duplicate(_ node: Node, _ what: String) -> PolicyFileError {
        fail(line(of: node), "duplicate entry: \(what) is already given above")
    }
}
