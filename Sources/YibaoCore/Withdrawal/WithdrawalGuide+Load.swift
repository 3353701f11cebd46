import Yams

/// Reading the guide from `policy/questionnaire.yaml` and `policy/withdrawal.yaml`, refusing unknown
/// keys and values, and cases that name questions the questionnaire does not have.
extension WithdrawalGuide {
    public static let questionnaireFile = "policy/questionnaire.yaml"
    public static let casesFile = "policy/withdrawal.yaml"

    static let caseKeys = [
        "id", "title", "outcome", "scope", "applies_when", "replaces", "summary", "reason", "materials", "where",
        "notes", "source", "effective_from", "certainty",
    ]
    static let requiredCaseKeys = [
        "id", "title", "outcome", "scope", "applies_when", "summary", "materials", "where", "source",
        "effective_from", "certainty",
    ]

    /// Reads both files (their texts); errors name `policy/questionnaire.yaml` or `policy/withdrawal.yaml`.
    public static func load(questionnaire: String, cases: String) throws(PolicyFileError) -> WithdrawalGuide {
        let questions = try loadQuestions(questionnaire)
        let reader = WithdrawalYAMLReader(file: casesFile)
        let root = try reader.fields(
            try reader.compose(cases), what: "the file",
            allowed: ["principle", "fraud_warning", "local_policy_note", "unsure", "cases"],
            required: ["principle", "fraud_warning", "local_policy_note", "cases"])
        let known = Set(questions.map(\.id))
        var loaded: [WithdrawalCase] = []
        var replacing: [(node: Node, id: String)] = []
        for node in try reader.sequence(root.value("cases"), what: "cases") {
            let (item, replaceNodes) = try loadCase(node, reader: reader, questions: known)
            if let twin = loaded.first(where: { $0.id == item.id }) {
                throw reader.fail(node, "two cases have the id `\(twin.id)`")
            }
            loaded.append(item)
            replacing += replaceNodes
        }
        guard !loaded.isEmpty else { throw reader.fail(root.value("cases"), "there are no cases") }
        for (node, id) in replacing where !loaded.contains(where: { $0.id == id }) {
            throw reader.fail(node, "replaces `\(id)`, but there is no case with that id")
        }
        return WithdrawalGuide(
            questions: questions, cases: loaded,
            principle: try reader.text(root.value("principle"), what: "principle"),
            fraudWarning: try reader.text(root.value("fraud_warning"), what: "fraud_warning"),
            localPolicyNote: try reader.text(root.value("local_policy_note"), what: "local_policy_note"),
            unsure: try root["unsure"].map { node throws(PolicyFileError) in try reader.text(node, what: "unsure") })
    }

    static func loadQuestions(_ text: String) throws(PolicyFileError) -> [Question] {
        let reader = WithdrawalYAMLReader(file: questionnaireFile)
        let root = try reader.fields(
            try reader.compose(text), what: "the file", allowed: ["questions"], required: ["questions"])
        var questions: [Question] = []
        for node in try reader.sequence(root.value("questions"), what: "questions") {
            let fields = try reader.fields(
                node, what: "a question", allowed: ["id", "text", "help", "only_if", "only_in", "min_age", "max_age"],
                required: ["id", "text"])
            let id = try identifier(fields.value("id"), reader: reader, what: "a question id")
            guard !questions.contains(where: { $0.id == id }) else {
                throw reader.fail(fields.value("id"), "two questions have the id `\(id)`")
            }
            var onlyIf: [String: Bool] = [:]
            if let node = fields["only_if"] {
                for condition in try reader.conditions(node, what: "only_if") {
                    guard questions.contains(where: { $0.id == condition.id }) else {
                        throw reader.fail(
                            condition.node,
                            "only_if names `\(condition.id)`, which is not a question asked before this one")
                    }
                    onlyIf[condition.id] = condition.answer
                }
            }
            questions.append(
                Question(
                    id: id, text: try reader.text(fields.value("text"), what: "text"),
                    help: try fields["help"].map { node throws(PolicyFileError) in try reader.text(node, what: "help")
                    },
                    onlyIf: onlyIf,
                    onlyIn: try fields["only_in"].map { node throws(PolicyFileError) in try scope(node, reader: reader) }
                        ?? .national,
                    minAge: try fields["min_age"].map { node throws(PolicyFileError) in try age(node, reader: reader) },
                    maxAge: try fields["max_age"].map { node throws(PolicyFileError) in try age(node, reader: reader) }))
        }
        guard !questions.isEmpty else { throw reader.fail(root.value("questions"), "there are no questions") }
        return questions
    }

    static func loadCase(
        _ node: Node, reader: WithdrawalYAMLReader, questions: Set<String>
    ) throws(PolicyFileError) -> (WithdrawalCase, [(node: Node, id: String)]) {
        let fields = try reader.fields(node, what: "a case", allowed: caseKeys, required: requiredCaseKeys)
        let id = try identifier(fields.value("id"), reader: reader, what: "a case id")
        let what = "case `\(id)`"

        let outcomeNode = fields.value("outcome")
        let outcomeText = try reader.string(outcomeNode, what: "outcome")
        guard let outcome = WithdrawalOutcome(rawValue: outcomeText) else {
            let known = WithdrawalOutcome.allCases.map(\.rawValue).joined(separator: ", ")
            throw reader.fail(outcomeNode, "unknown outcome `\(outcomeText)` (known: \(known))")
        }
        let certaintyNode = fields.value("certainty")
        let certaintyText = try reader.string(certaintyNode, what: "certainty")
        guard let certainty = WithdrawalCertainty(rawValue: certaintyText) else {
            let known = WithdrawalCertainty.allCases.map(\.rawValue).joined(separator: ", ")
            throw reader.fail(certaintyNode, "unknown certainty `\(certaintyText)` (known: \(known))")
        }

        var appliesWhen: [String: Bool] = [:]
        for condition in try reader.conditions(fields.value("applies_when"), what: "applies_when") {
            guard questions.contains(condition.id) else {
                throw reader.fail(
                    condition.node,
                    "\(what) asks about `\(condition.id)`, which is not a question in \(questionnaireFile)")
            }
            appliesWhen[condition.id] = condition.answer
        }
        guard !appliesWhen.isEmpty else {
            throw reader.fail(fields.value("applies_when"), "\(what) has no conditions in applies_when")
        }

        var replaces: [(node: Node, id: String)] = []
        if let node = fields["replaces"] {
            for item in try reader.sequence(node, what: "replaces") {
                let other = try reader.string(item, what: "replaces")
                guard other != id else { throw reader.fail(item, "\(what) cannot replace itself") }
                replaces.append((item, other))
            }
        }

        var reason: LocalizedText?
        if let node = fields["reason"] {
            guard outcome == .notAllowed else {
                throw reader.fail(fields.keyNode("reason"), "reason is only for not_allowed cases")
            }
            reason = try reader.text(node, what: "reason")
        } else if outcome == .notAllowed {
            throw reader.fail(node, "\(what) is not_allowed and must say why (reason)")
        }

        let materials = try reader.texts(fields.value("materials"), what: "materials")
        if materials.isEmpty, outcome == .withdrawToOwnBank || outcome == .transfer {
            throw reader.fail(fields.keyNode("materials"), "\(what) must list the materials to bring")
        }
        let sources = try reader.strings(fields.value("source"), what: "source")
        guard !sources.isEmpty else { throw reader.fail(fields.keyNode("source"), "\(what) has no source") }

        let item = WithdrawalCase(
            id: id, title: try reader.text(fields.value("title"), what: "title"), outcome: outcome,
            scope: try scope(fields.value("scope"), reader: reader), appliesWhen: appliesWhen,
            replaces: replaces.map(\.id), summary: try reader.text(fields.value("summary"), what: "summary"),
            reason: reason, materials: materials,
            whereToApply: try reader.text(fields.value("where"), what: "where"),
            notes: try fields["notes"].map { node throws(PolicyFileError) in try reader.texts(node, what: "notes") }
                ?? [],
            sources: sources, effectiveFrom: try reader.date(fields.value("effective_from"), what: "effective_from"),
            certainty: certainty)
        return (item, replaces)
    }

    /// `national`, or a list of region-code prefixes of 2, 4 or 6 digits naming a mainland province.
    static func scope(_ node: Node, reader: WithdrawalYAMLReader) throws(PolicyFileError) -> WithdrawalScope {
        if node.scalar != nil {
            guard try reader.string(node, what: "scope") == "national" else {
                throw reader.fail(
                    node, "scope must be `national` or a list of region-code prefixes like [\"44\", \"3301\"]")
            }
            return .national
        }
        var prefixes: [String] = []
        for item in try reader.sequence(node, what: "scope") {
            let prefix = try reader.string(item, what: "a scope prefix")
            guard [2, 4, 6].contains(prefix.count), prefix.allSatisfy({ $0.isASCII && $0.isNumber }),
                let province = Province(code: String(prefix.prefix(2))), province.isMainland
            else {
                throw reader.fail(
                    item, "`\(prefix)` is not a region-code prefix (2, 4 or 6 digits of a mainland region)")
            }
            prefixes.append(prefix)
        }
        guard !prefixes.isEmpty else { throw reader.fail(node, "scope lists no regions") }
        return .regions(prefixes)
    }

    /// An age in whole years, 0 to 150.
    static func age(_ node: Node, reader: WithdrawalYAMLReader) throws(PolicyFileError) -> Int {
        let text = try reader.string(node, what: "an age")
        guard let age = Int(text), (0...150).contains(age) else {
            throw reader.fail(node, "an age must be a whole number from 0 to 150, not `\(text)`")
        }
        return age
    }

    /// Lower-case letters, digits and `_`.
    static func identifier(_ node: Node, reader: WithdrawalYAMLReader, what: String) throws(PolicyFileError) -> String {
        let id = try reader.string(node, what: what)
        guard id.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" }) else {
            throw reader.fail(node, "\(what) may use only a-z, 0-9 and _ (`\(id)`)")
        }
        return id
    }
}
