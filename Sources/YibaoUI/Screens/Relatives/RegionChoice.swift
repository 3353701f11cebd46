import YibaoCore

/// One option of the region field: a common insured region, or "other" (type the 6-digit code).
struct RegionChoice: Hashable, Sendable {
    var name: LocalizedText
    /// Nil for "other".
    var code: RegionCode?

    /// The option's words in the list: `北京 110000`, or `其他（输入6位代码）`.
    var label: LocalizedText {
        guard let code else { return name }
        return .init(zh: "\(name.zh) \(code.code)", en: "\(name.en) \(code.code)")
    }

    static let other = RegionChoice(
        name: .init(zh: "其他（输入6位代码）", en: "Other (type the 6-digit code)"), code: nil)

    /// Common insured regions, the big cities first.
    static let common: [RegionChoice] = [
        ("北京", "Beijing", "110000"), ("上海", "Shanghai", "310000"), ("天津", "Tianjin", "120000"),
        ("重庆", "Chongqing", "500000"), ("广州", "Guangzhou", "440100"), ("深圳", "Shenzhen", "440300"),
        ("杭州", "Hangzhou", "330100"), ("温州", "Wenzhou", "330300"), ("宁波", "Ningbo", "330200"),
        ("南京", "Nanjing", "320100"), ("苏州", "Suzhou", "320500"), ("武汉", "Wuhan", "420100"),
        ("成都", "Chengdu", "510100"), ("西安", "Xi'an", "610100"), ("长沙", "Changsha", "430100"),
        ("郑州", "Zhengzhou", "410100"), ("济南", "Jinan", "370100"), ("青岛", "Qingdao", "370200"),
        ("临沂", "Linyi", "371300"), ("沈阳", "Shenyang", "210100"), ("哈尔滨", "Harbin", "230100"),
        ("石家庄", "Shijiazhuang", "130100"), ("合肥", "Hefei", "340100"), ("福州", "Fuzhou", "350100"),
        ("厦门", "Xiamen", "350200"), ("南昌", "Nanchang", "360100"), ("南宁", "Nanning", "450100"),
        ("海口", "Haikou", "460100"), ("昆明", "Kunming", "530100"), ("贵阳", "Guiyang", "520100"),
    ].compactMap { zh, en, code in
        RegionCode(code).map { RegionChoice(name: .init(zh: zh, en: en), code: $0) }
    }

    /// The options for a form: the owner's own region first when it is not a common one, the common
    /// regions, then "other".
    static func options(ownerRegion: RegionCode?) -> [RegionChoice] {
        var list = common
        if let own = ownerRegion, !list.contains(where: { $0.code == own }) {
            list.insert(RegionChoice(name: own.province.name, code: own), at: 0)
        }
        return list + [other]
    }

    /// Words for a region code anywhere: the common name when there is one, else the province.
    static func words(_ code: RegionCode) -> LocalizedText {
        if let known = common.first(where: { $0.code == code }) { return known.name }
        let province = code.province.name
        return .init(zh: "\(province.zh)（\(code.code)）", en: "\(province.en) (\(code.code))")
    }
}
