/// Facts a rule page shows but does not restate: a paragraph `{{data:fraud}}` in the Markdown stands for
/// the penalties of `Data/policy/fraud.yaml` in force on the day, so each fact has one source (the YAML)
/// and the page keeps only the prose around it.
extension RulePage {
    /// The placeholder for the penalties of `fraud.yaml`.
    public static let fraudPlaceholder = "{{data:fraud}}"

    /// The lines a placeholder stands for, in the page's language; nil for an unknown placeholder (and for
    /// the withdrawal cases' placeholders when no `guide` is given).
    public func dataLines(
        for placeholder: String, policy: PolicyBook, guide: WithdrawalGuide? = nil, on date: CivilDate
    ) -> [String]? {
        if placeholder.hasPrefix(RulePage.localCasesPlaceholder.dropLast(2)) {
            return guide.flatMap { caseLines(for: placeholder, guide: $0, policy: policy, on: date) }
        }
        switch placeholder {
        case RulePage.fraudPlaceholder:
            let zh = language == .zhHans
            return policy.fraudPenalties.filter { $0.basis.effectiveFrom <= date }.map {
                let line = zh ? "\($0.conduct.zh)\($0.penalty.zh)" : "\($0.conduct.en) \($0.penalty.en)"
                return $0.basis.certainty == .national ? line : line + (zh ? "（\($0.basis.certainty.name.zh)）" : " (\($0.basis.certainty.name.en))")
            }
        case RulePage.usesEverywherePlaceholder:
            return policy.uses.nationalInForce(on: date).filter(\.allowed).map { useLine($0, policy: policy) }
        case RulePage.usesSomePlacesPlaceholder:
            return policy.uses.regionalInForce(on: date).filter(\.allowed).map { useLine($0, policy: policy) }
        case RulePage.usesNotAllowedPlaceholder:
            return policy.uses.nationalInForce(on: date).filter { !$0.allowed }.map { useLine($0, policy: policy) }
        case RulePage.creditsPlaceholder:
            return policy.creditRules.inForce(on: date).map { rule in
                let zh = language == .zhHans
                let place = rule.region == "national" ? nil : RulePage.placeName(rule.region, policy: policy)
                let text = zh ? rule.text.zh : rule.text.en
                let line = place.map { zh ? "\($0.zh)：\(text)" : "\($0.en): \(text)" } ?? text
                return line + certaintyNote(rule.basis.certainty)
            }
        case RulePage.regionsPlaceholder:
            return regionLines(policy: policy, on: date)
        default:
            return nil
        }
    }

    /// The placeholders for the uses of `uses.yaml` in force: allowed everywhere, allowed in some places
    /// (with the places' names), and not allowed.
    public static let usesEverywherePlaceholder = "{{data:uses:everywhere}}"
    public static let usesSomePlacesPlaceholder = "{{data:uses:some-places}}"
    public static let usesNotAllowedPlaceholder = "{{data:uses:not-allowed}}"
    /// The placeholder for the credits of `credits.yaml` in force, national first.
    public static let creditsPlaceholder = "{{data:credits}}"

    /// Every placeholder a page may hold.
    public static let dataPlaceholders = [
        fraudPlaceholder, usesEverywherePlaceholder, usesSomePlacesPlaceholder, usesNotAllowedPlaceholder,
        creditsPlaceholder, regionsPlaceholder,
    ]

    /// One use in the page's language: the places first for a local one, "for yourself only" when
    /// relatives may not use it, and how sure we are when it is not a national rule.
    private func useLine(_ use: AccountUse, policy: PolicyBook) -> String {
        let zh = language == .zhHans
        var line = zh ? use.text.zh : use.text.en
        if !use.regions.isEmpty {
            let places = use.regions.map { RulePage.placeName($0, policy: policy) }
            line = zh ? places.map(\.zh).joined(separator: "、") + "：" + line
                : places.map(\.en).joined(separator: ", ") + ": " + line
        }
        if !use.forRelatives { line += zh ? "（仅限本人）" : " (for yourself only)" }
        return line + certaintyNote(use.basis.certainty)
    }

    /// `（据媒体转载）` / ` (from press reports)` for anything but a national or local rule.
    func certaintyNote(_ certainty: Certainty) -> String {
        guard certainty != .national, certainty != .regional else { return "" }
        return language == .zhHans ? "（\(certainty.name.zh)）" : " (\(certainty.name.en))"
    }

    /// A region prefix's place name (`11` → 北京市 / Beijing; `3702` → 青岛市 / Qingdao).
    static func placeName(_ prefix: String, policy: PolicyBook) -> LocalizedText {
        let padded = prefix + String(repeating: "0", count: max(0, 6 - prefix.count))
        guard let code = RegionCode(padded) else { return .init(zh: prefix, en: prefix) }
        return policy.regionCatalog.name(code)
    }

    /// The page with each placeholder paragraph replaced by its lines from the policy tables (and, given
    /// the guide, the withdrawal cases), as list items (and as `- ` lines in the plain text).
    public func fillingData(from policy: PolicyBook, guide: WithdrawalGuide? = nil, on date: CivilDate) -> RulePage {
        var page = self
        page.blocks = blocks.flatMap { block -> [RuleBlock] in
            if case .paragraph(let text) = block,
                let lines = dataLines(for: text, policy: policy, guide: guide, on: date)
            {
                return lines.map { .listItem($0) }
            }
            return [block]
        }
        page.body = body.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let text = String(line)
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard let lines = dataLines(for: trimmed, policy: policy, guide: guide, on: date) else {
                return text
            }
            return lines.map { "- " + $0 }.joined(separator: "\n")
        }.joined(separator: "\n")
        return page
    }
}

extension [AccountUse] {
    /// For each use id, the national entry in force on `date` (the latest), in file order.
    func nationalInForce(on date: CivilDate) -> [AccountUse] {
        latest(filter { $0.isNational && $0.basis.effectiveFrom <= date }) { $0.id }
    }

    /// For each use id and set of places, the local entry in force on `date` (the latest), in file order.
    func regionalInForce(on date: CivilDate) -> [AccountUse] {
        latest(filter { !$0.isNational && $0.basis.effectiveFrom <= date }) { $0.id + ":" + $0.regions.sorted().joined(separator: ",") }
    }

    private func latest(_ uses: [AccountUse], key: (AccountUse) -> String) -> [AccountUse] {
        var kept: [String: AccountUse] = [:]
        var order: [String] = []
        for use in uses {
            let k = key(use)
            if let known = kept[k] {
                if use.basis.effectiveFrom > known.basis.effectiveFrom { kept[k] = use }
            } else {
                kept[k] = use
                order.append(k)
            }
        }
        return order.compactMap { kept[$0] }
    }
}

extension [CreditRule] {
    /// For each place and group, the rule in force on `date` (the latest): the national rules first,
    /// then the places in file order.
    func inForce(on date: CivilDate) -> [CreditRule] {
        var kept: [String: CreditRule] = [:]
        var order: [String] = []
        for rule in self where rule.basis.effectiveFrom <= date {
            let k = rule.region + ":" + rule.group.rawValue
            if let known = kept[k] {
                if rule.basis.effectiveFrom > known.basis.effectiveFrom { kept[k] = rule }
            } else {
                kept[k] = rule
                order.append(k)
            }
        }
        let rules = order.compactMap { kept[$0] }
        return rules.filter { $0.region == "national" } + rules.filter { $0.region != "national" }
    }
}
