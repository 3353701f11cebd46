import YibaoCore

/// The one region picker, used wherever a region is chosen (the set-up form and the relative form):
/// every province, prefecture and county of the catalog, the common cities first, narrowing as one
/// types Chinese characters, pinyin initials (`wx` → 无锡) or the digits of a code.
struct RegionField: Sendable {
    /// The region of each option; nil for "(please choose)".
    let codes: [RegionCode?]

    /// Common insured regions, listed first (the big cities, then other large ones).
    static let commonCodes: [String] = [
        "110000", "310000", "120000", "500000", "440100", "440300", "330100", "330300", "330200", "320100",
        "320500", "320200", "420100", "510100", "610100", "430100", "410100", "370100", "370200", "371300",
        "210100", "230100", "130100", "340100", "350100", "350200", "360100", "450100", "460100", "530100",
        "520100",
    ]

    /// What may be typed, shown at the top of the open list.
    static let prompt = LocalizedText(
        zh: "打汉字、拼音首字母或代码（如 wx 无锡）", en: "Type Chinese, pinyin initials or a code (wx: Wuxi)")

    /// The field and the codes behind its options. `preferred` (the owner's region) comes first;
    /// `unchosen` puts "(please choose)" before everything and selects it.
    static func make(
        id: String, label: LocalizedText, catalog: RegionCatalog, preferred: RegionCode?, selected: RegionCode?,
        unchosen: Bool, note: LocalizedText?
    ) -> (field: FormField, picker: RegionField) {
        var order: [RegionCode] = []
        var seen = Set<String>()
        func add(_ code: RegionCode) { if seen.insert(code.code).inserted { order.append(code) } }
        if let preferred { add(preferred) }
        for text in commonCodes { if let code = RegionCode(text), catalog.contains(code) { add(code) } }
        for place in catalog.places { add(place.code) }

        var options: [LocalizedText] = []
        var keys: [[String]] = []
        var rank: [Int] = []
        var codes: [RegionCode?] = []
        if unchosen {
            options.append(.init(zh: "（请选择）", en: "(please choose)"))
            keys.append([])
            rank.append(9)
            codes.append(nil)
        }
        for code in order {
            let place = catalog.place(code)
            options.append(place.map(catalog.label) ?? catalog.describe(code))
            keys.append(place.map(catalog.searchKeys) ?? [code.code])
            rank.append(place.map(RegionCatalog.rank) ?? 0)
            codes.append(code)
        }
        var field = FormField.choice(
            id, label, options: options, selected: selected.flatMap { s in codes.firstIndex { $0 == s } } ?? 0,
            note: note)
        field.search = ChoiceSearch(keys: keys, rank: rank, prompt: prompt)
        return (field, RegionField(codes: codes))
    }

    /// The region of an option, if it is one.
    func code(at index: Int) -> RegionCode? { codes.indices.contains(index) ? codes[index] : nil }
}
