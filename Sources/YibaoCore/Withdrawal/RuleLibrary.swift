/// The rule pages in both languages and the withdrawal guide, loaded from the data files
/// (`rules/<language>/<topic>.md`, `policy/questionnaire.yaml`, `policy/withdrawal.yaml`).
public struct RuleLibrary: Hashable, Sendable {
    /// The topics every library has, in reading order; other topics follow them alphabetically.
    public static let readingOrder = ["withdrawal", "transfer", "family-aid", "uses", "fraud", "glossary"]

    /// Topic ids in reading order.
    public let topics: [String]
    public let guide: WithdrawalGuide
    private let pages: [String: [Language: RulePage]]

    public init(pages: [RulePage], guide: WithdrawalGuide) {
        var byTopic: [String: [Language: RulePage]] = [:]
        for page in pages { byTopic[page.topic, default: [:]][page.language] = page }
        self.pages = byTopic
        self.guide = guide
        let extra = byTopic.keys.filter { !RuleLibrary.readingOrder.contains($0) }.sorted()
        self.topics = RuleLibrary.readingOrder.filter { byTopic[$0] != nil } + extra
    }

    /// The page on `topic` in `language`, or nil for an unknown topic.
    public func page(_ topic: String, language: Language) -> RulePage? {
        pages[topic]?[language]
    }

    /// The path of a topic's page, relative to `Data/`.
    public static func path(topic: String, language: Language) -> String {
        "rules/\(language.rawValue)/\(topic).md"
    }

    /// Loads the library from data files keyed by their path relative to `Data/` (other keys are
    /// ignored). Refuses, with file and line, a page without front matter, Sources or the
    /// local-policy note; a topic in one language only; a missing standard topic; and any fault
    /// in the withdrawal files.
    public static func load(files: [String: String]) throws(PolicyFileError) -> RuleLibrary {
        var pages: [RulePage] = []
        var found: [String: Set<Language>] = [:]
        for path in files.keys.sorted() {
            guard let (language, topic) = pageKey(path) else { continue }
            guard !topic.isEmpty, topic.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" })
            else {
                throw PolicyFileError(file: path, line: 0, message: "a topic file name may use only a-z, 0-9 and -")
            }
            pages.append(try RulePage.parse(files[path] ?? "", topic: topic, language: language, file: path))
            found[topic, default: []].insert(language)
        }
        for topic in readingOrder where found[topic] == nil {
            throw PolicyFileError(
                file: path(topic: topic, language: .zhHans), line: 0,
                message: "missing: every library has a `\(topic)` page in zh-Hans and en")
        }
        for topic in found.keys.sorted() {
            for language in Language.allCases where found[topic]?.contains(language) != true {
                let other = Language.allCases.first { found[topic]?.contains($0) == true } ?? .zhHans
                throw PolicyFileError(
                    file: path(topic: topic, language: other), line: 0,
                    message: "this topic has no \(language.rawValue) page (\(path(topic: topic, language: language)))")
            }
        }
        guard let questionnaire = files[WithdrawalGuide.questionnaireFile] else {
            throw PolicyFileError(file: WithdrawalGuide.questionnaireFile, line: 0, message: "missing")
        }
        guard let cases = files[WithdrawalGuide.casesFile] else {
            throw PolicyFileError(file: WithdrawalGuide.casesFile, line: 0, message: "missing")
        }
        let guide = try WithdrawalGuide.load(questionnaire: questionnaire, cases: cases)
        return RuleLibrary(pages: pages, guide: guide)
    }

    /// `rules/<language>/<topic>.md` → (language, topic); nil for any other path.
    static func pageKey(_ path: String) -> (Language, String)? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "rules", parts[2].hasSuffix(".md"),
            let language = Language.allCases.first(where: { $0.rawValue == parts[1] })
        else { return nil }
        return (language, String(parts[2].dropLast(3)))
    }
}
