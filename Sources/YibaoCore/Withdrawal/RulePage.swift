/// One help page about a rule (taking money out, family aid, …) in one language, read from
/// `Data/rules/<language>/<topic>.md`.
public struct RulePage: Hashable, Sendable {
    /// The file name without `.md`, e.g. `withdrawal`, `family-aid`.
    public var topic: String
    public var language: Language
    /// From the front matter (`title:`), e.g. 提取规则.
    public var title: String
    /// The date the page's facts are current as of (front matter `effective:`).
    public var effective: CivilDate
    /// Everything below the front matter, in reading order (the Sources list and the note included).
    public var blocks: [RuleBlock]
    /// The lines of the Sources (来源) section, each naming a document and its date.
    public var sources: [String]
    /// The closing note that local policy prevails.
    public var localPolicyNote: String
    /// The Markdown below the front matter.
    public var body: String

    public init(
        topic: String, language: Language, title: String, effective: CivilDate, blocks: [RuleBlock],
        sources: [String], localPolicyNote: String, body: String
    ) {
        self.topic = topic
        self.language = language
        self.title = title
        self.effective = effective
        self.blocks = blocks
        self.sources = sources
        self.localPolicyNote = localPolicyNote
        self.body = body
    }

    /// The page as the CLI prints it: the Markdown without its front matter.
    public func text() -> String { body }
}

/// One piece of a rule page: a heading, a paragraph, a list item or a note (`> …`).
public enum RuleBlock: Hashable, Sendable {
    case heading(level: Int, text: String)
    case paragraph(String)
    case listItem(String)
    case note(String)

    /// The words of the block, without Markdown marks.
    public var text: String {
        switch self {
        case .heading(_, let text), .paragraph(let text), .listItem(let text), .note(let text): return text
        }
    }
}
