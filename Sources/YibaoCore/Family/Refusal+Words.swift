/// The words refusals are built from: relations, near-relative classes, dates and regions.
enum RefusalWords {
    /// What a relation is called, from the payer's side. Relations added later fall back to their
    /// near-relative class, then to their raw name.
    static func relation(_ r: Relationship) -> LocalizedText {
        if let words = relationNames[r] { return words }
        if let kin = r.kinClass { return kinClass(kin) }
        return LocalizedText(zh: r.rawValue, en: r.rawValue)
    }

    static let relationNames: [Relationship: LocalizedText] = [
        .spouse: .init(zh: "配偶", en: "spouse"),
        .father: .init(zh: "父亲", en: "father"),
        .mother: .init(zh: "母亲", en: "mother"),
        .son: .init(zh: "儿子", en: "son"),
        .daughter: .init(zh: "女儿", en: "daughter"),
        .elderBrother: .init(zh: "哥哥", en: "elder brother"),
        .youngerBrother: .init(zh: "弟弟", en: "younger brother"),
        .elderSister: .init(zh: "姐姐", en: "elder sister"),
        .youngerSister: .init(zh: "妹妹", en: "younger sister"),
        .paternalGrandfather: .init(zh: "爷爷", en: "grandfather (father's father)"),
        .paternalGrandmother: .init(zh: "奶奶", en: "grandmother (father's mother)"),
        .maternalGrandfather: .init(zh: "外公", en: "grandfather (mother's father)"),
        .maternalGrandmother: .init(zh: "外婆", en: "grandmother (mother's mother)"),
        .grandson: .init(zh: "孙子", en: "grandson (son's son)"),
        .granddaughter: .init(zh: "孙女", en: "granddaughter (son's daughter)"),
        .maternalGrandson: .init(zh: "外孙", en: "grandson (daughter's son)"),
        .maternalGranddaughter: .init(zh: "外孙女", en: "granddaughter (daughter's daughter)"),
        .husbandsFather: .init(zh: "公公", en: "father-in-law"),
        .husbandsMother: .init(zh: "婆婆", en: "mother-in-law"),
        .wifesFather: .init(zh: "岳父", en: "father-in-law"),
        .wifesMother: .init(zh: "岳母", en: "mother-in-law"),
        .sonInLaw: .init(zh: "女婿", en: "son-in-law"),
        .daughterInLaw: .init(zh: "儿媳", en: "daughter-in-law"),
        .siblingInLaw: .init(zh: "嫂子、姐夫等姻亲", en: "brother- or sister-in-law"),
        .uncle: .init(zh: "叔叔、伯伯、舅舅", en: "uncle"),
        .aunt: .init(zh: "姑姑、姨妈", en: "aunt"),
        .nephew: .init(zh: "侄子、外甥", en: "nephew"),
        .niece: .init(zh: "侄女、外甥女", en: "niece"),
        .cousin: .init(zh: "堂表兄弟姐妹", en: "cousin"),
        .greatGrandparent: .init(zh: "曾祖父母", en: "great-grandparent"),
        .greatGrandchild: .init(zh: "曾孙子女", en: "great-grandchild"),
        .exSpouse: .init(zh: "前夫或前妻", en: "former spouse"),
        .partner: .init(zh: "未婚伴侣", en: "unmarried partner"),
        .friend: .init(zh: "朋友", en: "friend"),
    ]

    static func kinClass(_ k: KinClass) -> LocalizedText {
        switch k {
        case .spouse: return .init(zh: "配偶", en: "a spouse")
        case .parent: return .init(zh: "父母", en: "parents")
        case .child: return .init(zh: "子女", en: "children")
        case .sibling: return .init(zh: "兄弟姐妹", en: "brothers and sisters")
        case .paternalGrandparent: return .init(zh: "祖父母", en: "paternal grandparents")
        case .maternalGrandparent: return .init(zh: "外祖父母", en: "maternal grandparents")
        case .paternalGrandchild: return .init(zh: "孙子女", en: "a son's children")
        case .maternalGrandchild: return .init(zh: "外孙子女", en: "a daughter's children")
        }
    }

    /// `配偶、父母、子女` / `a spouse, parents and children`, in the order of `KinClass.allCases`.
    static func kinList(_ set: Set<KinClass>) -> LocalizedText {
        let names = KinClass.allCases.filter(set.contains).map(kinClass)
        let en = names.map(\.en)
        let enText = en.count <= 1 ? (en.first ?? "") : en.dropLast().joined(separator: ", ") + " and " + en.last!
        return LocalizedText(zh: names.map(\.zh).joined(separator: "、"), en: enText)
    }

    /// `an elder brother`, `a mother-in-law`.
    static func article(_ noun: String) -> String {
        guard let first = noun.first else { return noun }
        return ("aeiou".contains(first) ? "an " : "a ") + noun
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// `2024年8月2日` / `2 August 2024`.
    static func date(_ d: CivilDate) -> LocalizedText {
        LocalizedText(zh: "\(d.year)年\(d.month)月\(d.day)日", en: "\(d.day) \(monthNames[d.month - 1]) \(d.year)")
    }

    /// `330300（浙江）` / `330300 (Zhejiang)`.
    static func region(_ r: RegionCode) -> LocalizedText {
        LocalizedText(zh: "\(r.code)（\(r.province.name.zh)）", en: "\(r.code) (\(r.province.name.en))")
    }

    static func role(_ role: Refusal.Role) -> LocalizedText {
        switch role {
        case .payer: return .init(zh: "出钱的人", en: "the payer")
        case .beneficiary: return .init(zh: "要付钱的家人", en: "the relative to be paid for")
        }
    }

    static func sex(_ s: ResidentID.Sex) -> LocalizedText {
        switch s {
        case .male: return .init(zh: "男性", en: "male")
        case .female: return .init(zh: "女性", en: "female")
        }
    }
}

extension String {
    /// The string with its first character upper-cased.
    var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
