import Yams

/// Reads a composed YAML tree for the withdrawal files, refusing anything unexpected with the file
/// and line at fault (lines come from the Yams node marks).
struct WithdrawalYAMLReader {
    /// Path relative to `Data/`, e.g. `policy/withdrawal.yaml`.
    let file: String

    func fail(_ node: Node?, _ message: String) -> PolicyFileError {
        PolicyFileError(file: file, line: node?.mark?.line ?? 0, message: message)
    }

    /// The document's root node.
    func compose(_ text: String) throws(PolicyFileError) -> Node {
        let root = try YAMLText.compose(text, file: file, resolver: .basic)
        guard let root else { throw PolicyFileError(file: file, line: 0, message: "the file is empty") }
        return root
    }

    /// A mapping's entries, refusing keys outside `allowed`, repeated keys and missing `required` ones.
    func fields(
        _ node: Node, what: String, allowed: [String], required: [String]
    ) throws(PolicyFileError) -> WithdrawalYAMLFields {
        guard let mapping = node.mapping else { throw fail(node, "\(what) must be a mapping of `key: value` lines") }
        var fields = WithdrawalYAMLFields(node: node)
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { throw fail(key, "\(what) has a key that is not a word") }
            guard allowed.contains(name) else {
                throw fail(key, "unknown key `\(name)` in \(what) (known: \(allowed.joined(separator: ", ")))")
            }
            guard fields.entries[name] == nil else { throw fail(key, "`\(name)` is given twice in \(what)") }
            fields.entries[name] = (key, value)
        }
        for name in required where fields.entries[name] == nil {
            throw fail(node, "\(what) has no `\(name)`")
        }
        return fields
    }

    /// A non-empty plain value.
    func string(_ node: Node, what: String) throws(PolicyFileError) -> String {
        guard let scalar = node.scalar else { throw fail(node, "\(what) must be a single value") }
        let text = scalar.string.withdrawalTrimmed
        guard !text.isEmpty else { throw fail(node, "\(what) is empty") }
        return text
    }

    /// `{zh: …, en: …}`: both languages, nothing else.
    func text(_ node: Node, what: String) throws(PolicyFileError) -> LocalizedText {
        let entries = try fields(node, what: what, allowed: ["zh", "en"], required: ["zh", "en"])
        return LocalizedText(
            zh: try string(entries.value("zh"), what: "\(what) (zh)"),
            en: try string(entries.value("en"), what: "\(what) (en)"))
    }

    /// The items of a list (`[]` is an empty list).
    func sequence(_ node: Node, what: String) throws(PolicyFileError) -> [Node] {
        guard let sequence = node.sequence else { throw fail(node, "\(what) must be a list") }
        return Array(sequence)
    }

    func texts(_ node: Node, what: String) throws(PolicyFileError) -> [LocalizedText] {
        var result: [LocalizedText] = []
        for item in try sequence(node, what: what) { result.append(try text(item, what: what)) }
        return result
    }

    func strings(_ node: Node, what: String) throws(PolicyFileError) -> [String] {
        var result: [String] = []
        for item in try sequence(node, what: what) { result.append(try string(item, what: what)) }
        return result
    }

    /// `true` or `false`.
    func bool(_ node: Node, what: String) throws(PolicyFileError) -> Bool {
        switch try string(node, what: what) {
        case "true": return true
        case "false": return false
        default: throw fail(node, "\(what) must be true or false")
        }
    }

    /// `YYYY-MM-DD`.
    func date(_ node: Node, what: String) throws(PolicyFileError) -> CivilDate {
        guard let date = CivilDate(iso: try string(node, what: what)) else {
            throw fail(node, "\(what) is not a date (YYYY-MM-DD)")
        }
        return date
    }

    /// `{question_id: true|false, …}` with each key's node for later checks.
    func conditions(_ node: Node, what: String) throws(PolicyFileError) -> [WithdrawalYAMLCondition] {
        guard let mapping = node.mapping else { throw fail(node, "\(what) must map question ids to true or false") }
        var result: [WithdrawalYAMLCondition] = []
        for (key, value) in mapping {
            let id = try string(key, what: "a question id in \(what)")
            guard !result.contains(where: { $0.id == id }) else { throw fail(key, "`\(id)` is given twice in \(what)") }
            result.append(
                WithdrawalYAMLCondition(id: id, answer: try bool(value, what: "`\(id)` in \(what)"), node: key))
        }
        return result
    }
}

/// The entries of one YAML mapping, by key.
struct WithdrawalYAMLFields {
    let node: Node
    var entries: [String: (key: Node, value: Node)] = [:]

    subscript(_ name: String) -> Node? { entries[name]?.value }

    /// The value of a key that `fields(…required:)` has already checked is present.
    func value(_ name: String) -> Node { entries[name]?.value ?? node }

    /// The key's own node (for its line), or the mapping's.
    func keyNode(_ name: String) -> Node { entries[name]?.key ?? node }
}

/// One `question_id: true|false` entry and where it was written.
struct WithdrawalYAMLCondition {
    let id: String
    let answer: Bool
    let node: Node
}

extension String {
    /// Without leading and trailing white space.
    fileprivate var withdrawalTrimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
