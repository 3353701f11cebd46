import Yams

/// Reads one policy file's YAML into checked values; every problem becomes a `PolicyFileError` with the
/// file and line, so a person editing the file knows where to look.
struct PolicyReader {
    let file: String

    func fail(_ line: Int, _ message: String) -> PolicyFileError {
        PolicyFileError(file: file, line: line, message: message)
    }

    func line(of node: Node) -> Int { node.mark?.line ?? 0 }

    /// The document's top-level mapping.
    func document(_ text: String) throws(PolicyFileError) -> PolicyMapping {
        let root = try YAMLText.compose(text, file: file, resolver: .basic)
        guard let root else { throw fail(1, "the file is empty") }
        return try mapping(root, what: "the file")
    }

    func mapping(_ node: Node, what: String) throws(PolicyFileError) -> PolicyMapping {
        guard case .mapping(let map) = node else {
            throw fail(line(of: node), "\(what) should be a set of `key: value` lines")
        }
        var pairs: [(key: String, keyLine: Int, value: Node)] = []
        var seen: Set<String> = []
        for (key, value) in map {
            guard case .scalar(let k) = key else { throw fail(line(of: key), "a key must be a plain word") }
            let keyLine = key.mark?.line ?? line(of: node)
            guard seen.insert(k.string).inserted else {
                throw fail(keyLine, "`\(k.string)` appears twice in \(what)")
            }
            pairs.append((k.string, keyLine, value))
        }
        return PolicyMapping(reader: self, line: line(of: node), what: what, pairs: pairs)
    }

    /// A non-empty list.
    func list(_ node: Node, what: String) throws(PolicyFileError) -> [Node] {
        guard case .sequence(let seq) = node else {
            throw fail(line(of: node), "`\(what)` should be a list (lines starting with `- `)")
        }
        guard !seq.isEmpty else { throw fail(line(of: node), "`\(what)` is empty: it needs at least one entry") }
        return Array(seq)
    }

    func string(_ node: Node, what: String) throws(PolicyFileError) -> String {
        guard case .scalar(let s) = node else { throw fail(line(of: node), "`\(what)` should be a single value") }
        let text = s.string.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, !(s.style == .plain && ["~", "null", "Null", "NULL"].contains(text)) else {
            throw fail(line(of: node), "`\(what)` has no value")
        }
        return text
    }

    func date(_ node: Node, what: String) throws(PolicyFileError) -> CivilDate {
        let text = try string(node, what: what)
        guard let date = CivilDate(iso: text) else {
            throw fail(line(of: node), "`\(what)` is not a real date written YYYY-MM-DD: \(text)")
        }
        return date
    }

    func bool(_ node: Node, what: String) throws(PolicyFileError) -> Bool {
        switch try string(node, what: what) {
        case "true", "yes": return true
        case "false", "no": return false
        case let other: throw fail(line(of: node), "`\(what)` should be true or false, not \(other)")
        }
    }

    func int(_ node: Node, what: String, range: ClosedRange<Int>) throws(PolicyFileError) -> Int {
        let text = try string(node, what: what)
        guard let n = Int(text), range.contains(n) else {
            throw fail(line(of: node), "`\(what)` should be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }

    /// An amount of yuan such as `100`, `1680.00` or `157.5`: at most two decimals, never negative.
    func money(_ node: Node, what: String) throws(PolicyFileError) -> Money {
        let text = try string(node, what: what)
        guard let fen = PolicyReader.fen(text) else {
            throw fail(line(of: node), "`\(what)` should be an amount in yuan like 100.00, not \(text)")
        }
        return Money(fen: fen)
    }

    /// A percentage such as `2` or `2.8` (of a base), as hundredths of a percent (basis points).
    func percent(_ node: Node, what: String) throws(PolicyFileError) -> Int {
        let text = try string(node, what: what)
        guard let bp = PolicyReader.fen(text), bp > 0, bp <= 10_000 else {
            throw fail(line(of: node), "`\(what)` should be a percentage like 2 or 2.8, not \(text)")
        }
        return Int(bp)
    }

    /// `123.45` → 12345; digits with at most two decimals.
    static func fen(_ text: String) -> Int64? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 9,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        var fen = Int64(parts[0])! * 100
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count) else { return nil }
            fen += Int64(decimals)! * (decimals.count == 1 ? 10 : 1)
        }
        return fen
    }

    /// `{zh: ..., en: ...}`, both required.
    func text(_ node: Node, what: String) throws(PolicyFileError) -> LocalizedText {
        let map = try mapping(node, what: "`\(what)`")
        try map.allowOnly(["zh", "en"])
        return LocalizedText(
            zh: try string(try map.required("zh"), what: "\(what).zh"),
            en: try string(try map.required("en"), what: "\(what).en"))
    }

    func certainty(_ node: Node) throws(PolicyFileError) -> Certainty {
        let text = try string(node, what: "certainty")
        guard let c = Certainty(rawValue: text) else {
            throw fail(line(of: node), "`certainty` should be national, regional, secondary, common or uncertain, not \(text)")
        }
        return c
    }

    func kinClass(_ node: Node) throws(PolicyFileError) -> KinClass {
        let text = try string(node, what: "near_relatives")
        guard let k = KinClass(yamlName: text) else {
            let known = KinClass.allCases.map(\.yamlName).joined(separator: ", ")
            throw fail(line(of: node), "`\(text)` is not a near-relative class; use one of: \(known)")
        }
        return k
    }

    /// A region prefix: 2, 4 or 6 digits starting with a mainland province code.
    func regionPrefix(_ node: Node, what: String) throws(PolicyFileError) -> String {
        let text = try string(node, what: what)
        guard [2, 4, 6].contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }),
            let province = Province(code: String(text.prefix(2))), province.isMainland
        else {
            throw fail(
                line(of: node),
                "`\(what)` should be a region code of 2, 4 or 6 digits starting with a province (31, 3303, 440300), not \(text)")
        }
        return text
    }
}

/// One YAML mapping, with the keys it has been asked about, so unknown keys (typos) can be refused.
struct PolicyMapping {
    let reader: PolicyReader
    /// The line where the mapping starts.
    let line: Int
    let what: String
    let pairs: [(key: String, keyLine: Int, value: Node)]

    func allowOnly(_ keys: Set<String>) throws(PolicyFileError) {
        for pair in pairs where !keys.contains(pair.key) {
            let known = keys.sorted().joined(separator: ", ")
            throw reader.fail(pair.keyLine, "unknown key `\(pair.key)` in \(what) (a typo?); known keys: \(known)")
        }
    }

    func optional(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }

    func required(_ key: String) throws(PolicyFileError) -> Node {
        guard let node = optional(key) else { throw reader.fail(line, "\(what) is missing `\(key)`") }
        return node
    }

    func keyLine(_ key: String) -> Int { pairs.first { $0.key == key }?.keyLine ?? line }
}

extension KinClass {
    /// The word used in policy files: `spouse`, `paternal_grandparent`, …
    var yamlName: String {
        var out = ""
        for ch in rawValue {
            if ch.isUppercase {
                out += "_" + ch.lowercased()
            } else {
                out.append(ch)
            }
        }
        return out
    }

    init?(yamlName: String) {
        guard let k = KinClass.allCases.first(where: { $0.yamlName == yamlName }) else { return nil }
        self = k
    }
}
