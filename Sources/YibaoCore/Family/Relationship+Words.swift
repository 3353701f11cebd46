// Everyday words for relationships, in both languages, and their names and explanations.
//
// English words are tokens as a command line takes them: the case's raw value (`elderBrother`), the
// same split by hyphens (`elder-brother`, `husbands-father`, `son-in-law`), and common words (`wife`,
// `dad`, `mom`, `brother`, `boyfriend`, `ex-wife` …). Case, spaces, underscores and apostrophes do
// not matter: `Elder Brother`, `elder_brother` and `husband's father` are read too.
//
// Words that name more than one relationship are not guessed: `grandfather` (paternal or maternal),
// `father-in-law` (a husband's or a wife's father), `parent`, `child`, 媳妇 (wife or daughter-in-law)
// and a few more give nil from `init?(word:)`; `meanings(ofWord:)` lists the choices, so the caller can
// ask which one is meant. `grandson` and `granddaughter` are the raw values and so mean a son's child
// (孙子/孙女); a daughter's child is `maternal-grandson` / `daughters-son` (外孙).

extension Relationship {
    /// Reads one everyday word (`妈妈`, `外公`, `wife`, `elder-brother`); nil when the word is unknown or
    /// names more than one relationship (see `meanings(ofWord:)`).
    public init?(word: String) {
        let meanings = Relationship.meanings(ofWord: word)
        guard meanings.count == 1 else { return nil }
        self = meanings[0]
    }

    /// Every relationship a word may name: empty when unknown, one when clear, several when the word
    /// is ambiguous (`grandfather` → paternal and maternal grandfather).
    public static func meanings(ofWord word: String) -> [Relationship] {
        wordTable[normalisedWord(word)] ?? []
    }

    /// The hyphenated English token for this relationship, e.g. `elder-brother`, `husbands-father`.
    public var englishToken: String {
        var token = ""
        for ch in rawValue {
            if ch.isUppercase {
                token.append("-")
                token.append(contentsOf: ch.lowercased())
            } else {
                token.append(ch)
            }
        }
        return token
    }

    /// Lower case, trimmed, apostrophes dropped, spaces and underscores turned into single hyphens.
    static func normalisedWord(_ word: String) -> String {
        var out = ""
        var pendingHyphen = false
        for ch in word.lowercased() {
            if ch == "'" || ch == "’" { continue }
            if ch.isWhitespace || ch == "_" || ch == "-" {
                pendingHyphen = true
                continue
            }
            if pendingHyphen && !out.isEmpty { out.append("-") }
            pendingHyphen = false
            out.append(ch)
        }
        return out
    }

    /// Words (already normalised) for each relationship.
    static let words: [Relationship: [String]] = [
        .spouse: ["wife", "husband", "配偶", "丈夫", "妻子", "老公", "老婆", "爱人", "老伴", "太太"],
        .father: ["dad", "daddy", "papa", "父亲", "爸爸", "爸", "老爸"],
        .mother: ["mom", "mum", "mommy", "mummy", "mama", "母亲", "妈妈", "妈", "老妈"],
        .son: ["儿子"],
        .daughter: ["女儿"],
        .elderBrother: ["older-brother", "big-brother", "哥哥", "哥"],
        .youngerBrother: ["little-brother", "弟弟"],
        .elderSister: ["older-sister", "big-sister", "姐姐", "姐"],
        .youngerSister: ["little-sister", "妹妹"],
        .brother: ["兄弟"],
        .sister: ["姐妹"],
        .paternalGrandfather: ["fathers-father", "祖父", "爷爷"],
        .paternalGrandmother: ["fathers-mother", "祖母", "奶奶"],
        .maternalGrandfather: ["mothers-father", "外祖父", "外公", "姥爷"],
        .maternalGrandmother: ["mothers-mother", "外祖母", "外婆", "姥姥"],
        .grandson: ["sons-son", "孙子"],
        .granddaughter: ["sons-daughter", "孙女"],
        .maternalGrandson: ["daughters-son", "外孙", "外孙子"],
        .maternalGranddaughter: ["daughters-daughter", "外孙女"],
        .husbandsFather: ["公公"],
        .husbandsMother: ["婆婆"],
        .wifesFather: ["岳父", "丈人", "老丈人"],
        .wifesMother: ["岳母", "丈母娘"],
        .sonInLaw: ["daughters-husband", "女婿"],
        .daughterInLaw: ["sons-wife", "儿媳", "儿媳妇"],
        .siblingInLaw: [
            "brother-in-law", "sister-in-law", "嫂子", "嫂嫂", "弟媳", "弟妹", "姐夫", "妹夫", "大伯子", "小叔子",
            "大姑子", "小姑子", "大舅子", "小舅子", "大姨子", "小姨子", "妯娌", "连襟",
        ],
        .uncle: ["叔叔", "伯伯", "舅舅", "姑父", "姨父", "伯父", "叔父", "舅父", "姑丈", "姨丈"],
        .aunt: ["姑姑", "姨妈", "阿姨", "舅妈", "婶婶", "伯母", "姑妈", "婶子", "姨"],
        .nephew: ["侄子", "外甥"],
        .niece: ["侄女", "外甥女"],
        .cousin: [
            "堂兄", "堂弟", "堂姐", "堂妹", "堂哥", "表哥", "表弟", "表姐", "表妹", "表兄", "堂兄弟", "表兄弟",
            "堂姐妹", "表姐妹",
        ],
        .greatGrandparent: [
            "great-grandfather", "great-grandmother", "曾祖父", "曾祖母", "太爷爷", "太奶奶", "外曾祖父", "外曾祖母",
            "太姥爷", "太姥姥",
        ],
        .greatGrandchild: [
            "great-grandson", "great-granddaughter", "曾孙", "曾孙女", "曾孙子", "重孙", "重孙女", "曾外孙", "曾外孙女",
        ],
        .exSpouse: ["ex-wife", "ex-husband", "ex", "前夫", "前妻"],
        .partner: [
            "boyfriend", "girlfriend", "fiance", "fiancee", "fiancé", "fiancée", "男朋友", "女朋友", "男友",
            "女友", "未婚夫", "未婚妻", "对象",
        ],
        .friend: ["朋友"],
    ]

    /// Words that name several relationships; the reader must choose.
    static let ambiguousWords: [String: [Relationship]] = [
        "grandfather": [.paternalGrandfather, .maternalGrandfather],
        "grandpa": [.paternalGrandfather, .maternalGrandfather],
        "grandmother": [.paternalGrandmother, .maternalGrandmother],
        "grandma": [.paternalGrandmother, .maternalGrandmother],
        "grandparent": [.paternalGrandfather, .paternalGrandmother, .maternalGrandfather, .maternalGrandmother],
        "grandchild": [.grandson, .granddaughter, .maternalGrandson, .maternalGranddaughter],
        "father-in-law": [.husbandsFather, .wifesFather],
        "mother-in-law": [.husbandsMother, .wifesMother],
        "parent": [.father, .mother],
        "child": [.son, .daughter],
        "sibling": [.brother, .sister],
        "父母": [.father, .mother],
        "子女": [.son, .daughter],
        "孩子": [.son, .daughter],
        "兄弟姐妹": [.brother, .sister],
        "媳妇": [.spouse, .daughterInLaw],
    ]

    static let wordTable: [String: [Relationship]] = {
        var table = ambiguousWords
        for relation in Relationship.allCases {
            var all = [relation.rawValue.lowercased(), relation.englishToken]
            all += words[relation] ?? []
            for word in all {
                let key = normalisedWord(word)
                if table[key] == nil { table[key] = [relation] }
            }
        }
        return table
    }()

    /// A short name for lists and pickers: `母亲` / `mother`.
    public var name: LocalizedText {
        switch self {
        case .spouse: return .init(zh: "配偶", en: "spouse")
        case .father: return .init(zh: "父亲", en: "father")
        case .mother: return .init(zh: "母亲", en: "mother")
        case .son: return .init(zh: "儿子", en: "son")
        case .daughter: return .init(zh: "女儿", en: "daughter")
        case .elderBrother: return .init(zh: "哥哥", en: "elder brother")
        case .youngerBrother: return .init(zh: "弟弟", en: "younger brother")
        case .elderSister: return .init(zh: "姐姐", en: "elder sister")
        case .youngerSister: return .init(zh: "妹妹", en: "younger sister")
        case .brother: return .init(zh: "兄弟", en: "brother")
        case .sister: return .init(zh: "姐妹", en: "sister")
        case .paternalGrandfather: return .init(zh: "祖父（爷爷）", en: "paternal grandfather")
        case .paternalGrandmother: return .init(zh: "祖母（奶奶）", en: "paternal grandmother")
        case .maternalGrandfather: return .init(zh: "外祖父（外公）", en: "maternal grandfather")
        case .maternalGrandmother: return .init(zh: "外祖母（外婆）", en: "maternal grandmother")
        case .grandson: return .init(zh: "孙子", en: "grandson (son's son)")
        case .granddaughter: return .init(zh: "孙女", en: "granddaughter (son's daughter)")
        case .maternalGrandson: return .init(zh: "外孙", en: "grandson (daughter's son)")
        case .maternalGranddaughter: return .init(zh: "外孙女", en: "granddaughter (daughter's daughter)")
        case .husbandsFather: return .init(zh: "公公", en: "husband's father")
        case .husbandsMother: return .init(zh: "婆婆", en: "husband's mother")
        case .wifesFather: return .init(zh: "岳父", en: "wife's father")
        case .wifesMother: return .init(zh: "岳母", en: "wife's mother")
        case .sonInLaw: return .init(zh: "女婿", en: "son-in-law")
        case .daughterInLaw: return .init(zh: "儿媳", en: "daughter-in-law")
        case .siblingInLaw: return .init(zh: "嫂子、姐夫等", en: "brother- or sister-in-law")
        case .uncle: return .init(zh: "叔伯舅等", en: "uncle")
        case .aunt: return .init(zh: "姑姨婶等", en: "aunt")
        case .nephew: return .init(zh: "侄子、外甥", en: "nephew")
        case .niece: return .init(zh: "侄女、外甥女", en: "niece")
        case .cousin: return .init(zh: "堂表兄弟姐妹", en: "cousin")
        case .greatGrandparent: return .init(zh: "曾祖父母", en: "great-grandparent")
        case .greatGrandchild: return .init(zh: "曾孙辈", en: "great-grandchild")
        case .exSpouse: return .init(zh: "前夫或前妻", en: "former spouse")
        case .partner: return .init(zh: "未婚伴侣", en: "unmarried partner")
        case .friend: return .init(zh: "朋友", en: "friend")
        }
    }

    /// Who this is, said to the payer: 婆婆 is `你丈夫的母亲` / `your husband's mother`.
    public var explanation: LocalizedText {
        switch self {
        case .spouse: return .init(zh: "你的丈夫或妻子", en: "your husband or wife")
        case .father: return .init(zh: "你的父亲（爸爸）", en: "your father")
        case .mother: return .init(zh: "你的母亲（妈妈）", en: "your mother")
        case .son: return .init(zh: "你的儿子", en: "your son")
        case .daughter: return .init(zh: "你的女儿", en: "your daughter")
        case .elderBrother: return .init(zh: "比你年长的兄弟", en: "your brother who is older than you")
        case .youngerBrother: return .init(zh: "比你年幼的兄弟", en: "your brother who is younger than you")
        case .elderSister: return .init(zh: "比你年长的姐妹", en: "your sister who is older than you")
        case .youngerSister: return .init(zh: "比你年幼的姐妹", en: "your sister who is younger than you")
        case .brother: return .init(zh: "你的兄弟（哥哥或弟弟）", en: "your brother, older or younger")
        case .sister: return .init(zh: "你的姐妹（姐姐或妹妹）", en: "your sister, older or younger")
        case .paternalGrandfather: return .init(zh: "你父亲的父亲", en: "your father's father")
        case .paternalGrandmother: return .init(zh: "你父亲的母亲", en: "your father's mother")
        case .maternalGrandfather: return .init(zh: "你母亲的父亲", en: "your mother's father")
        case .maternalGrandmother: return .init(zh: "你母亲的母亲", en: "your mother's mother")
        case .grandson: return .init(zh: "你儿子的儿子", en: "your son's son")
        case .granddaughter: return .init(zh: "你儿子的女儿", en: "your son's daughter")
        case .maternalGrandson: return .init(zh: "你女儿的儿子", en: "your daughter's son")
        case .maternalGranddaughter: return .init(zh: "你女儿的女儿", en: "your daughter's daughter")
        case .husbandsFather: return .init(zh: "你丈夫的父亲", en: "your husband's father")
        case .husbandsMother: return .init(zh: "你丈夫的母亲", en: "your husband's mother")
        case .wifesFather: return .init(zh: "你妻子的父亲", en: "your wife's father")
        case .wifesMother: return .init(zh: "你妻子的母亲", en: "your wife's mother")
        case .sonInLaw: return .init(zh: "你女儿的丈夫", en: "your daughter's husband")
        case .daughterInLaw: return .init(zh: "你儿子的妻子", en: "your son's wife")
        case .siblingInLaw:
            return .init(
                zh: "你兄弟姐妹的配偶，或你配偶的兄弟姐妹",
                en: "the husband or wife of your brother or sister, or a brother or sister of your spouse")
        case .uncle:
            return .init(
                zh: "你父母的兄弟，或你父母姐妹的丈夫",
                en: "a brother of your father or mother, or the husband of their sister")
        case .aunt:
            return .init(
                zh: "你父母的姐妹，或你父母兄弟的妻子",
                en: "a sister of your father or mother, or the wife of their brother")
        case .nephew: return .init(zh: "你兄弟姐妹的儿子", en: "the son of your brother or sister")
        case .niece: return .init(zh: "你兄弟姐妹的女儿", en: "the daughter of your brother or sister")
        case .cousin: return .init(zh: "你父母的兄弟姐妹的孩子", en: "a child of your father's or mother's brother or sister")
        case .greatGrandparent:
            return .init(zh: "你祖父母或外祖父母的父母", en: "a parent of one of your grandparents")
        case .greatGrandchild:
            return .init(zh: "你孙子女或外孙子女的孩子", en: "a child of one of your grandchildren")
        case .exSpouse: return .init(zh: "你已经离婚的前夫或前妻", en: "a husband or wife you are divorced from")
        case .partner:
            return .init(
                zh: "你没有登记结婚的伴侣，如男女朋友、未婚夫妻",
                en: "someone you are with but not married to, such as a boyfriend, girlfriend or fiancé(e)")
        case .friend: return .init(zh: "你的朋友，与你没有亲属关系", en: "a friend of yours who is not a relative")
        }
    }

    /// The relationships a picker offers, in order: the near relatives of the Civil Code first, then
    /// the common relations that are not near relatives. `brother` and `sister` (兄弟, 姐妹) follow the
    /// elder and younger ones: for twins, or whenever who is older does not matter.
    public static var everydayChoices: [Relationship] {
        [
            .spouse, .father, .mother, .son, .daughter,
            .elderBrother, .youngerBrother, .elderSister, .youngerSister, .brother, .sister,
            .paternalGrandfather, .paternalGrandmother, .maternalGrandfather, .maternalGrandmother,
            .grandson, .granddaughter, .maternalGrandson, .maternalGranddaughter,
            .husbandsFather, .husbandsMother, .wifesFather, .wifesMother, .sonInLaw, .daughterInLaw,
            .siblingInLaw, .uncle, .aunt, .nephew, .niece, .cousin, .greatGrandparent, .greatGrandchild,
            .exSpouse, .partner, .friend,
        ]
    }
}
