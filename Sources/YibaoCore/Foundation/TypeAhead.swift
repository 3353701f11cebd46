/// Narrowing a list as someone types: a query against each entry's search keys (its name in Chinese,
/// its pinyin and pinyin initials, English words, digits), best matches first. Pure and deterministic.
///
/// A key equal to the query or starting with it matches first, then (for a query of Chinese
/// characters, or of three or more letters or digits) a key containing it. Among those, the entries'
/// own rank decides (a city before a county), then an exact match, then their order.
public enum TypeAhead {
    /// How well an entry matched; smaller is better.
    public enum Quality: Int, Comparable, Sendable {
        case exact, prefix, contains
        public static func < (a: Quality, b: Quality) -> Bool { a.rawValue < b.rawValue }
    }

    /// The query as keys are compared: lower case, without spaces, full-width letters and digits made
    /// ASCII (`ＷＸ３` → `wx3`), apostrophes dropped.
    public static func normalised(_ query: String) -> String {
        var out = ""
        for scalar in query.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "'" || scalar == "’" { continue }
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                out.unicodeScalars.append(ascii)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out.lowercased()
    }

    /// How well `keys` match an already normalised query; nil when they do not.
    public static func quality(of keys: [String], query: String) -> Quality? {
        guard !query.isEmpty else { return .prefix }
        let allowsContains = query.unicodeScalars.contains { $0.value > 0x2E7F } || query.count >= 3
        var best: Quality?
        for key in keys {
            let found: Quality?
            if key == query {
                found = .exact
            } else if key.hasPrefix(query) {
                found = .prefix
            } else if allowsContains, key.contains(query) {
                found = .contains
            } else {
                found = nil
            }
            if let found, best.map({ found < $0 }) ?? true { best = found }
            if best == .exact { break }
        }
        return best
    }

    /// The indices of the entries matching `query`, best first: at the start before inside, then `rank`
    /// (smaller first), then exact before prefix, then index. `keys[i]` are entry i's keys, already lower case.
    public static func matches(_ query: String, keys: [[String]], rank: [Int] = []) -> [Int] {
        let q = normalised(query)
        var found: [(quality: Quality, rank: Int, index: Int)] = []
        for (index, entryKeys) in keys.enumerated() {
            guard let quality = quality(of: entryKeys, query: q) else { continue }
            found.append((quality, rank.indices.contains(index) ? rank[index] : 0, index))
        }
        // An exact match and a match at the start count alike before the rank (a county whose initials are
        // exactly `wx`, 魏县, does not come before 无锡市); a match inside a word comes after both.
        func order(_ f: (quality: Quality, rank: Int, index: Int)) -> (Int, Int, Int, Int) {
            (f.quality == .contains ? 1 : 0, f.rank, f.quality.rawValue, f.index)
        }
        found.sort { order($0) < order($1) }
        return found.map(\.index)
    }
}
