extension Relationship {
    /// The words a relation is found by as someone types in a list: its Chinese name (`岳父`), pinyin and
    /// initials (`yuefu`, `yf`), English name and token (`wife's father`, `wifes-father`), and every
    /// everyday word read for it (`妈妈`, `mom`). Lower case, for `TypeAhead`.
    public var searchKeys: [String] {
        var keys = [name.zh, name.en.lowercased(), englishToken]
        for syllables in pinyin {
            keys.append(syllables.joined())
            keys.append(String(syllables.compactMap(\.first)))
        }
        for (word, meanings) in Relationship.wordTable where meanings.contains(self) { keys.append(word) }
        return keys.map { TypeAhead.normalised($0) }
    }

    /// The pinyin of the Chinese name's words, syllable by syllable (from pypinyin, checked by hand).
    var pinyin: [[String]] {
        switch self {
        case .spouse: return [["pei", "ou"]]
        case .father: return [["fu", "qin"], ["ba", "ba"]]
        case .mother: return [["mu", "qin"], ["ma", "ma"]]
        case .son: return [["er", "zi"]]
        case .daughter: return [["nv", "er"], ["nü", "er"]]
        case .elderBrother: return [["ge", "ge"]]
        case .youngerBrother: return [["di", "di"]]
        case .elderSister: return [["jie", "jie"]]
        case .youngerSister: return [["mei", "mei"]]
        case .brother: return [["xiong", "di"]]
        case .sister: return [["jie", "mei"]]
        case .paternalGrandfather: return [["zu", "fu"], ["ye", "ye"]]
        case .paternalGrandmother: return [["zu", "mu"], ["nai", "nai"]]
        case .maternalGrandfather: return [["wai", "zu", "fu"], ["wai", "gong"]]
        case .maternalGrandmother: return [["wai", "zu", "mu"], ["wai", "po"]]
        case .grandson: return [["sun", "zi"]]
        case .granddaughter: return [["sun", "nv"]]
        case .maternalGrandson: return [["wai", "sun"]]
        case .maternalGranddaughter: return [["wai", "sun", "nv"]]
        case .husbandsFather: return [["gong", "gong"]]
        case .husbandsMother: return [["po", "po"]]
        case .wifesFather: return [["yue", "fu"]]
        case .wifesMother: return [["yue", "mu"]]
        case .sonInLaw: return [["nv", "xu"]]
        case .daughterInLaw: return [["er", "xi"]]
        case .siblingInLaw: return [["sao", "zi"], ["jie", "fu"]]
        case .uncle: return [["shu", "shu"], ["jiu", "jiu"], ["bo", "bo"]]
        case .aunt: return [["gu", "gu"], ["a", "yi"], ["shen", "shen"]]
        case .nephew: return [["zhi", "zi"], ["wai", "sheng"]]
        case .niece: return [["zhi", "nv"], ["wai", "sheng", "nv"]]
        case .cousin: return [["tang", "biao", "xiong", "di", "jie", "mei"]]
        case .greatGrandparent: return [["zeng", "zu", "fu", "mu"]]
        case .greatGrandchild: return [["zeng", "sun", "bei"]]
        case .exSpouse: return [["qian", "fu"], ["qian", "qi"]]
        case .partner: return [["wei", "hun", "ban", "lv"]]
        case .friend: return [["peng", "you"]]
        }
    }
}
