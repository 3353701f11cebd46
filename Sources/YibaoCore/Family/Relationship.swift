/// What a beneficiary is to the payer, from the payer's side: `.mother` means "the payer's mother".
///
/// Includes relations that are *not* near relatives (in-laws, cousins, …) so that a refusal can
/// say why. Everyday words in both languages are read by `Relationship(word:)`.
public enum Relationship: String, CaseIterable, Sendable, Codable {
    // The eight near-relative classes of Civil Code Art. 1045.
    case spouse
    case father, mother
    case son, daughter
    case elderBrother, youngerBrother, elderSister, youngerSister
    case brother, sister  // 兄弟, 姐妹: a sibling whose age relative to the payer is not given
    case paternalGrandfather, paternalGrandmother
    case maternalGrandfather, maternalGrandmother
    case grandson, granddaughter  // a son's children (孙子女)
    case maternalGrandson, maternalGranddaughter  // a daughter's children (外孙子女)
    // Not near relatives.
    case husbandsFather, husbandsMother  // 公公, 婆婆
    case wifesFather, wifesMother  // 岳父, 岳母
    case sonInLaw, daughterInLaw  // 女婿, 儿媳
    case siblingInLaw  // 嫂子, 弟媳, 姐夫, 妹夫, 大伯子, 小姑子, 小舅子, 大姨子 …
    case uncle, aunt  // 叔叔, 伯伯, 舅舅, 姑姑, 姨妈 …
    case nephew, niece  // 侄子, 外甥 …
    case cousin  // 堂/表兄弟姐妹
    case greatGrandparent, greatGrandchild
    case exSpouse  // 前夫, 前妻
    case partner  // unmarried partner (未婚伴侣)
    case friend

    /// The near-relative class (近亲属类别) of Civil Code Art. 1045, or nil when not a near relative.
    public var kinClass: KinClass? {
        switch self {
        case .spouse: return .spouse
        case .father, .mother: return .parent
        case .son, .daughter: return .child
        case .elderBrother, .youngerBrother, .elderSister, .youngerSister, .brother, .sister: return .sibling
        case .paternalGrandfather, .paternalGrandmother: return .paternalGrandparent
        case .maternalGrandfather, .maternalGrandmother: return .maternalGrandparent
        case .grandson, .granddaughter: return .paternalGrandchild
        case .maternalGrandson, .maternalGranddaughter: return .maternalGrandchild
        default: return nil
        }
    }

    /// The sex the beneficiary must have, when the word implies one.
    public var impliedSex: ResidentID.Sex? {
        switch self {
        case .father, .son, .elderBrother, .youngerBrother, .brother, .paternalGrandfather, .maternalGrandfather,
            .grandson, .maternalGrandson, .husbandsFather, .wifesFather, .sonInLaw, .uncle, .nephew:
            return .male
        case .mother, .daughter, .elderSister, .youngerSister, .sister, .paternalGrandmother, .maternalGrandmother,
            .granddaughter, .maternalGranddaughter, .husbandsMother, .wifesMother, .daughterInLaw, .aunt,
            .niece:
            return .female
        default: return nil
        }
    }

    /// Whether the beneficiary must be older (`.older`) or younger (`.younger`) than the payer.
    public var impliedAge: AgeOrder? {
        switch self {
        case .father, .mother, .paternalGrandfather, .paternalGrandmother, .maternalGrandfather,
            .maternalGrandmother, .elderBrother, .elderSister, .greatGrandparent:
            return .older
        case .son, .daughter, .grandson, .granddaughter, .maternalGrandson, .maternalGranddaughter,
            .youngerBrother, .youngerSister, .greatGrandchild:
            return .younger
        default: return nil
        }
    }

    public enum AgeOrder: Sendable { case older, younger }
}

/// The eight classes of near relatives (近亲属) in Civil Code Art. 1045.
public enum KinClass: String, CaseIterable, Sendable, Codable {
    case spouse, parent, child, sibling
    case paternalGrandparent, maternalGrandparent
    case paternalGrandchild, maternalGrandchild
}
