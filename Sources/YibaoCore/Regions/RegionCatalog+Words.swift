extension RegionCatalog {
    /// A place in words with what it belongs to: `江苏省无锡市` / `Wuxi, Jiangsu`; `北京市朝阳区` /
    /// `Chaoyang District, Beijing`. For a code not in the list, its province and the code.
    public func words(_ code: RegionCode) -> LocalizedText {
        guard let place = place(code) else {
            let province = code.province.name
            return .init(zh: "\(province.zh)（\(code.code)）", en: "\(province.en) (\(code.code))")
        }
        let chain = ancestors(of: place) + [place]
        return .init(
            zh: chain.map(\.name).joined(), en: chain.reversed().map(\.english).joined(separator: ", "))
    }

    /// The place's own name: `无锡市` / `Wuxi`; for a code not in the list, `words(_:)`.
    public func name(_ code: RegionCode) -> LocalizedText {
        guard let place = place(code) else { return words(code) }
        return .init(zh: place.name, en: place.english)
    }

    /// A place as a picker lists it: its name, what it belongs to, its code: `无锡市（江苏省）320200`.
    public func label(_ place: Place) -> LocalizedText {
        let chain = ancestors(of: place)
        guard !chain.isEmpty else { return .init(zh: "\(place.name) \(place.code)", en: "\(place.english) \(place.code)") }
        return .init(
            zh: "\(place.name)（\(chain.map(\.name).joined())）\(place.code)",
            en: "\(place.english) (\(chain.reversed().map(\.english).joined(separator: ", "))) \(place.code)")
    }

    /// A code with its place in words, for the command line and confirmations: `320200 江苏省无锡市`.
    public func describe(_ code: RegionCode) -> LocalizedText {
        let w = words(code)
        guard place(code) != nil else { return .init(zh: w.zh, en: w.en) }
        return .init(zh: "\(w.zh)（\(code.code)）", en: "\(w.en) (\(code.code))")
    }
}
