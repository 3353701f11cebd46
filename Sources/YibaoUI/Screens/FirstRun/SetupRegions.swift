import YibaoCore

/// The insured regions (统筹区) the set-up form offers by name, each shown with its code, and the
/// option to type any other code.
enum SetupRegions {
    /// Common regions: the four municipalities, then large cities. Every code is a valid `RegionCode`.
    static let common: [(name: LocalizedText, code: String)] = [
        (.init(zh: "北京", en: "Beijing"), "110000"),
        (.init(zh: "上海", en: "Shanghai"), "310000"),
        (.init(zh: "天津", en: "Tianjin"), "120000"),
        (.init(zh: "重庆", en: "Chongqing"), "500000"),
        (.init(zh: "广州", en: "Guangzhou"), "440100"),
        (.init(zh: "深圳", en: "Shenzhen"), "440300"),
        (.init(zh: "杭州", en: "Hangzhou"), "330100"),
        (.init(zh: "温州", en: "Wenzhou"), "330300"),
        (.init(zh: "南京", en: "Nanjing"), "320100"),
        (.init(zh: "苏州", en: "Suzhou"), "320500"),
        (.init(zh: "武汉", en: "Wuhan"), "420100"),
        (.init(zh: "成都", en: "Chengdu"), "510100"),
        (.init(zh: "西安", en: "Xi'an"), "610100"),
        (.init(zh: "长沙", en: "Changsha"), "430100"),
        (.init(zh: "郑州", en: "Zhengzhou"), "410100"),
        (.init(zh: "济南", en: "Jinan"), "370100"),
        (.init(zh: "青岛", en: "Qingdao"), "370200"),
        (.init(zh: "沈阳", en: "Shenyang"), "210100"),
        (.init(zh: "哈尔滨", en: "Harbin"), "230100"),
        (.init(zh: "福州", en: "Fuzhou"), "350100"),
        (.init(zh: "厦门", en: "Xiamen"), "350200"),
        (.init(zh: "合肥", en: "Hefei"), "340100"),
        (.init(zh: "昆明", en: "Kunming"), "530100"),
        (.init(zh: "石家庄", en: "Shijiazhuang"), "130100"),
    ]

    /// The choice field's options: "please choose", the common regions with their codes, "other".
    static var options: [LocalizedText] {
        [.init(zh: "（请选择）", en: "(please choose)")]
            + common.map { LocalizedText(zh: "\($0.name.zh) \($0.code)", en: "\($0.name.en) \($0.code)") }
            + [.init(zh: "其他地区（输入代码）", en: "Other (type the code)")]
    }

    /// The option index meaning "not chosen yet".
    static let unchosen = 0
    /// The option index meaning "I will type the code".
    static var other: Int { common.count + 1 }

    /// The region of a chosen common option, if it is one.
    static func region(atOption index: Int) -> RegionCode? {
        guard index >= 1, index <= common.count else { return nil }
        return RegionCode(common[index - 1].code)
    }

    /// How a region is said in a sentence: `北京（110000）`, or just the code for one not listed.
    static func describe(_ region: RegionCode) -> LocalizedText {
        guard let known = common.first(where: { $0.code == region.code }) else {
            return .init(zh: "地区代码 \(region.code)", en: "region code \(region.code)")
        }
        return .init(zh: "\(known.name.zh)（\(region.code)）", en: "\(known.name.en) (\(region.code))")
    }
}
