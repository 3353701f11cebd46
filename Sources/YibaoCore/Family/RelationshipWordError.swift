/// Why a typed relationship word cannot be read: unknown, or naming more than one relationship.
public enum RelationshipWordError: UserFacingError, Equatable {
    /// Nothing but spaces was typed.
    case empty
    /// The word names no relationship Yibao knows.
    case unknown
    /// The word names several relationships (`grandfather`, 媳妇); the choices, for the caller to ask.
    case ambiguous([Relationship])

    public var message: LocalizedText {
        switch self {
        case .empty:
            return .init(
                zh: "请写出这位亲属是您的什么人，例如 母亲、儿子、配偶。",
                en: "Please say what the relative is to you, for example mother, son or spouse.")
        case .unknown:
            return .init(
                zh: "不认识这个称呼。请用 配偶、父亲、母亲、儿子、女儿、哥哥、姐姐、爷爷、外婆、孙子 等。",
                en: "That is not a relationship word I know. Try spouse, mother, son, elder-sister, …")
        case .ambiguous(let choices):
            return .init(
                zh: "这个称呼可以指不同的人，请说清楚是哪一个：" + choices.map(\.name.zh).joined(separator: "、") + "。",
                en: "That word can mean different people; please say which one: "
                    + choices.map(\.englishToken).joined(separator: ", ") + ".")
        }
    }
}

extension Relationship {
    /// Reads one everyday word as `init?(word:)` does, but says why a word cannot be read, listing the
    /// choices when it names more than one relationship.
    public static func parse(_ word: String) throws(RelationshipWordError) -> Relationship {
        let key = normalisedWord(word)
        guard !key.isEmpty else { throw .empty }
        let meanings = wordTable[key] ?? []
        switch meanings.count {
        case 0: throw .unknown
        case 1: return meanings[0]
        default: throw .ambiguous(meanings)
        }
    }
}
