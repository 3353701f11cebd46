extension RegionCatalog {
    /// The words a place is found by: its name (and the name without 市/县/区…), pinyin, initials,
    /// English name, code, and the same for what it belongs to joined to its own (`江苏无锡`, `jswx`).
    public func searchKeys(_ place: Place) -> [String] {
        var keys = [place.name, RegionCatalog.stem(place.name), place.pinyin, place.initials, place.english.lowercased(), place.code.code]
        for above in ancestors(of: place) {
            keys.append(RegionCatalog.stem(above.name) + RegionCatalog.stem(place.name))
            keys.append(above.initials.prefix(2) + place.initials)
        }
        return keys
    }

    /// How a place is ranked among equally good matches: cities first (and the municipalities, which
    /// stand at province level), then provinces, then counties.
    public static func rank(_ place: Place) -> Int {
        switch place.level {
        case .prefecture: return 0
        case .province: return ["11", "12", "31", "50"].contains(place.code.provinceCode) ? 0 : 1
        case .county: return 2
        }
    }

    /// The places matching what was typed, best first (Chinese characters, pinyin, initials, English,
    /// or the first digits of a code); every place for an empty query. At most `limit` when given.
    public func search(_ query: String, limit: Int? = nil) -> [Place] {
        let keys = places.map(searchKeys)
        let found = TypeAhead.matches(query, keys: keys, rank: places.map(RegionCatalog.rank)).map { places[$0] }
        return limit.map { Array(found.prefix($0)) } ?? found
    }

    /// Real codes closest to a code that is not in the list: first those sharing the longest start
    /// (330399 → the places of 3303, 温州), then the nearest in number.
    public func nearest(to text: String, count: Int = 3) -> [Place] {
        let digits = String(TypeAhead.normalised(text).filter { $0.isASCII && $0.isNumber }.prefix(6))
        guard !digits.isEmpty, !places.isEmpty else { return [] }
        let value = Int(digits.padding(toLength: 6, withPad: "0")) ?? 0
        func shared(_ place: Place) -> Int { zip(place.code.code, digits).prefix { $0 == $1 }.count }
        return places.sorted {
            let (a, b) = (shared($0), shared($1))
            if a != b { return a > b }
            let (da, db) = (abs((Int($0.code.code) ?? 0) - value), abs((Int($1.code.code) ?? 0) - value))
            if da != db { return da < db }
            return $0.level.rawValue < $1.level.rawValue
        }.prefix(count).map { $0 }
    }

    /// A name without the word for its kind: `无锡市` → `无锡`, `昌平区` → `昌平`.
    static func stem(_ name: String) -> String {
        for suffix in ["特别行政区", "自治区", "自治州", "自治县", "地区", "省", "市", "区", "县", "盟", "旗"]
        where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}

extension String {
    fileprivate func padding(toLength length: Int, withPad pad: Character) -> String {
        count >= length ? String(prefix(length)) : self + String(repeating: pad, count: length - count)
    }
}
